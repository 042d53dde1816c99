import type { ConformityFinding } from "../../../conformity/ConformityFinding";
import { html, type Html } from "../../_lib/html";
import type { AuditPackData, AuditPackSection } from "./AuditPackData";
import { badge, plural, pointerCode, prose } from "./parts";

const SEVERITIES = [
  ["major", "Major nonconformities", "bad"],
  ["minor", "Minor nonconformities", "warn"],
  ["ofi", "Opportunities for improvement", "neutral"],
] as const;

function where(f: ConformityFinding): string {
  const control = f.controlId === undefined ? undefined : `A.${f.controlId}`;
  if (f.clause !== undefined) return control === undefined ? `Clause ${f.clause}` : `Clause ${f.clause} · ${control}`;
  return control ?? "—";
}

function finding(f: ConformityFinding, data: AuditPackData, ruleTitles: ReadonlyMap<string, string>, tone: "bad" | "warn" | "neutral", label: string): Html {
  return html`<article class="finding" id="finding-${f.id.replace(/[^A-Za-z0-9_-]+/g, "-")}" data-severity="${f.severity}">
<h4>${badge(label, tone)} <span class="where">${where(f)}</span> ${ruleTitles.get(f.ruleId) ?? f.ruleId}</h4>
<p class="message">${prose(f.message)}</p>
${
  f.refs.length === 0
    ? ""
    : html`<p class="label">Concerns</p><ul class="refs">${f.refs.map((ref) => html`<li>${data.label(ref)} ${pointerCode(ref)}</li>`)}</ul>`
}
<p class="fix"><span class="label">To resolve:</span> ${prose(f.hint)}</p>
<p class="muted small">Rule ${html`<code>${f.ruleId}</code>`} · first examined at stage ${f.stage} · finding ${html`<code>${f.id}</code>`}</p>
</article>`;
}

/** Every finding, by severity, each with the entities it concerns by name, their JSON Pointers and the fix. */
export const findingsSection: AuditPackSection = {
  id: "findings",
  title: "Findings",
  newPage: true,
  render: (data) => {
    const ruleTitles = new Map(data.report.rules.map((r) => [r.ruleId, r.title]));
    return html`<p>${data.report.findings.length === 0 ? "No findings." : `${plural(data.report.findings.length, "finding")}, graded as a certification body would grade them (ISO/IEC 17021-1), in the order of the standard.`}</p>
<div id="findings-list" class="findings">
${SEVERITIES.map(([severity, heading, tone]) => {
  const found = data.report.findings.filter((f) => f.severity === severity);
  const label = severity === "ofi" ? "OFI" : severity === "major" ? "Major" : "Minor";
  return html`<section class="severity-group" data-severity="${severity}" aria-labelledby="findings-${severity}">
<h3 id="findings-${severity}">${heading} (${found.length})</h3>
${found.length === 0 ? html`<p class="muted">None.</p>` : found.map((f) => finding(f, data, ruleTitles, tone, label))}
</section>
`;
})}</div>`;
  },
};
