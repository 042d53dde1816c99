import { html } from "../../_lib/html";
import type { AuditPackSection } from "./AuditPackData";
import { badge, table } from "./parts";

const TONES = { conformant: "good", nonconformant: "bad", observations: "warn", "not-assessable": "neutral" } as const;

/** Every clause 4 to 10.2 with its status, and the rules the data could not assess. */
export const clausesSection: AuditPackSection = {
  id: "clauses",
  title: "Clauses and rules",
  newPage: true,
  render: ({ report }) => {
    const skipped = report.rules.filter((r) => r.status === "not-assessable");
    const passed = report.rules.filter((r) => r.status === "passed").length;
    return html`${table(
      "Clauses of ISO/IEC 27001:2022",
      [
        { header: "Clause", width: 8 },
        { header: "Title", width: 52 },
        { header: "Status", width: 20 },
        { header: "Findings", width: 10, numeric: true },
      ],
      report.clauses.map((c) => [c.clause, c.assessable ? c.title : html`<strong>${c.title}</strong>`, badge(c.status, TONES[c.status]), c.findingIds.length]),
    )}
<p>${report.rules.length} rules: ${report.rules.length - skipped.length} assessed (${passed} passed), ${skipped.length} not assessable from the data.</p>
${
  skipped.length === 0
    ? ""
    : table(
        "Rules not assessable from the data",
        [
          { header: "Rule", width: 35 },
          { header: "Why not assessable", width: 65 },
        ],
        skipped.map((r) => [html`<code>${r.ruleId}</code><br>${r.title}`, r.reason ?? ""]),
      )
}`;
  },
};
