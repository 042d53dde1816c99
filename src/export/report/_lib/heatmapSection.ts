import { riskHeatmapToSvg } from "../../riskHeatmapToSvg";
import { html, trustedHtml } from "../../_lib/html";
import type { AuditPackSection } from "./AuditPackData";

/** The inherent and residual heat maps, side by side on screen, with the acceptance line of the document's method. */
export const heatmapSection: AuditPackSection = {
  id: "heat-maps",
  title: "Risk heat maps",
  newPage: true,
  render: ({ register, isms, asOf }) => {
    if (register === undefined) return html`<p>The document has no risk method, so there is no heat map.</p>`;
    const { matrix } = register.method;
    const map = (rating: "inherent" | "residual") =>
      // riskHeatmapToSvg escapes every text it draws; the SVG is this library's own markup.
      trustedHtml(
        riskHeatmapToSvg(register, matrix, {
          rating,
          title: `${rating === "inherent" ? "Inherent" : "Residual"} risk — ${isms.organization.name}, ${asOf}`,
          idPrefix: `pack-heatmap-${rating}`,
        }),
      );
    return html`<p>Each cell counts the risks rated at that likelihood and impact on the ${matrix.name ?? matrix.id} method; on screen, hover a cell for its risks.</p>
<div class="heatmaps">
<figure>${map("inherent")}</figure>
<figure>${map("residual")}</figure>
</div>`;
  },
};
