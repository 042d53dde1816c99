import { html } from "../../_lib/html";
import type { AuditPackSection } from "./AuditPackData";
import { badge, levelChip, table } from "./parts";

/** The risk register: every risk with its owner by name, its ratings, whether it meets the criteria, its treatment and acceptance. */
export const riskRegisterSection: AuditPackSection = {
  id: "risk-register",
  title: "Risk register",
  newPage: true,
  render: ({ register, person }) => {
    if (register === undefined) return html`<p>The document has no risk method, so its risks are not scored.</p>`;
    const { matrix, acceptance } = register.method;
    const criteria = acceptance === undefined ? "no acceptance criteria" : `acceptable up to ${matrix.levels.find((l) => l.id === acceptance.maxLevel)?.label ?? acceptance.maxLevel}`;
    return html`<p>${register.entries.length} risks scored on ${matrix.name ?? matrix.id} (${criteria}), as of ${register.asOf}.</p>
${table(
  "Risk register",
  [
    { header: "Risk", width: 6 },
    { header: "Title", width: 17 },
    { header: "Owner", width: 11 },
    { header: "Inherent", width: 7 },
    { header: "Residual", width: 7 },
    { header: "Target", width: 7 },
    { header: "Criteria", width: 7.5 },
    { header: "Treatment", width: 8 },
    { header: "Plan", width: 8.5 },
    { header: "Acceptance", width: 8.5 },
    { header: "Next assessment", width: 8.5 },
    { header: "Flags", width: 10 },
  ],
  register.entries.map((e) => [
    html`<code>${e.riskId}</code>`,
    e.status === "open" ? e.title : html`${e.title} <span class="muted">(${e.status})</span>`,
    e.ownerId === undefined ? badge("no owner", "bad") : person(e.ownerId),
    levelChip(matrix, e.inherent?.level),
    levelChip(matrix, e.residual?.level),
    levelChip(matrix, e.target?.level),
    e.meetsAcceptanceCriteria === undefined ? "—" : e.meetsAcceptanceCriteria ? badge("meets", "good") : badge("exceeds", "bad"),
    e.treatmentOption ?? "—",
    e.plan.status,
    e.acceptance.state === "not-applicable" ? "—" : e.acceptance.state === "accepted" ? badge("accepted", "good") : badge(e.acceptance.state, "warn"),
    e.assessment.overdue ? badge(`${e.assessment.dueOn ?? "never assessed"} overdue`, "bad") : (e.assessment.dueOn ?? "—"),
    e.flags.length === 0 ? "" : html`<ul class="tight">${e.flags.map((f) => html`<li>${f.message}</li>`)}</ul>`,
  ]),
  { id: "risk-register-table", sortable: true },
)}`;
  },
};
