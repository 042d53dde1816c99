import type { ManagementReviewEntry } from "../../../conformity/prepareManagementReview";
import { html, type Html } from "../../_lib/html";
import type { AuditPackSection } from "./AuditPackData";
import { pointerCode, table } from "./parts";

function entries(caption: string, list: readonly ManagementReviewEntry[]): Html {
  if (list.length === 0) return html``;
  return table(
    caption,
    [
      { header: "What", width: 34 },
      { header: "Status", width: 12 },
      { header: "Date", width: 10 },
      { header: "Facts", width: 44 },
    ],
    list.map((e) => [html`${e.title}<br><span class="muted small">${e.kind.replace(/-/g, " ")} <code>${e.id}</code></span> ${pointerCode(e.pointer)}`, e.status ?? "—", e.date ?? "—", e.note ?? ""]),
    { className: "review" },
  );
}

/** The inputs a) to g) of the next management review (9.3.2), assembled from the document. */
export const managementReviewSection: AuditPackSection = {
  id: "management-review",
  title: "Management review inputs",
  newPage: true,
  render: (data) => {
    const { review } = data;
    return html`<p>The inputs of ISO/IEC 27001:2022 9.3.2 for the period from ${review.since} to ${review.asOf}${
      review.previousReview === undefined ? " (no management review has been held yet)" : ` (since the review of ${review.previousReview.heldOn})`
    }${review.nextReview === undefined ? "" : `; the next review is planned on ${review.nextReview.plannedOn}`}.</p>
${review.inputs.map(
  (input) => html`<section class="review-input" aria-labelledby="review-${input.item}">
<h3 id="review-${input.item}">${input.item}) ${input.label}</h3>
${
  input.subItems === undefined
    ? html`<p>${input.summary}</p>
${entries(`Input ${input.item}: what to look at`, input.entries)}`
    : input.subItems.map(
        (sub) => html`<h4>${input.item}) ${sub.item}. ${sub.label}</h4>
<p>${sub.summary}</p>
${entries(`Input ${input.item}${sub.item}: what to look at`, sub.entries)}`,
      )
}
</section>
`,
)}`;
  },
};
