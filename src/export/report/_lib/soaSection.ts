import { columnWidths } from "../../_lib/soaCells";
import { tableOf } from "../../soaToTable";
import { html } from "../../_lib/html";
import type { AuditPackSection } from "./AuditPackData";
import { table } from "./parts";

/** The Statement of Applicability: the cells every export of it holds, in the pack's columns. */
export const soaSection: AuditPackSection = {
  id: "statement-of-applicability",
  title: "Statement of Applicability",
  newPage: true,
  render: ({ soa, soaColumns }) => {
    const cells = tableOf(soa, soaColumns, "auditPackToHtml");
    const m = soa.metadata;
    const approval = m.approvedByName ?? m.approvedById;
    return html`<p>${m.title}${m.version === undefined ? "" : `, version ${m.version}`}${m.date === undefined ? "" : ` of ${m.date}`}${approval === undefined ? ", not approved" : `, approved by ${approval}${m.approvedOn === undefined ? "" : ` on ${m.approvedOn}`}`}. ${soa.summary.total} controls: ${soa.summary.applicable} applicable, ${soa.summary.excluded} excluded, ${soa.summary.undecided} not decided.</p>
${table(
  "Statement of Applicability",
  // Spreadsheet widths (the justification a little narrower), widened where a word of the bold
  // header would not fit: a bold character is about 1.6 times the width unit on a printed page.
  soaColumns.map((column, i) => {
    const header = cells.header[i] ?? column;
    return { header, width: Math.max(column === "justification" ? 56 : columnWidths[column], ...header.split(" ").map((word) => Math.ceil(word.length * 1.6) + 2)) };
  }),
  cells.rows.map((row) => row.map((cell) => (cell.includes("\n") ? html`${cell.split("\n").map((line, k) => html`${k > 0 ? html`<br>` : ""}${line}`)}` : cell))),
  { id: "soa-table", sortable: true },
)}`;
  },
};
