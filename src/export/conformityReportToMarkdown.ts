import type { ConformityFinding } from "../conformity/ConformityFinding";
import type { ConformityReport, ControlConformityStatus } from "../conformity/ConformityReport";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import type { Isms } from "../model/IsmsSchema";
import { entityLabel, peopleNames } from "./_lib/entityLabel";
import { isConformityReport } from "./_lib/isConformityReport";
import { markdownCode, markdownText, oneLine } from "./_lib/markdown";

const SEVERITY_HEADINGS = [
  ["major", "Major nonconformities"],
  ["minor", "Minor nonconformities"],
  ["ofi", "Opportunities for improvement"],
] as const;

const CONTROL_STATUSES: readonly ControlConformityStatus[] = [
  "implemented",
  "implemented-without-evidence",
  "partially-implemented",
  "planned",
  "not-implemented",
  "undecided",
  "not-applicable",
];

/** Text from the document or a rule, escaped: one line, no Markdown or HTML of its own. */
const text = (value: string) => markdownText(value);
/** An id in a table cell or in running text, as code. */
const code = (value: string) => markdownCode(value, { table: true });

const NEXT_AUDIT: Record<ConformityReport["readiness"]["next"]["audit"], string> = {
  stage1: "stage 1",
  stage2: "stage 2",
  surveillance1: "surveillance audit 1",
  surveillance2: "surveillance audit 2",
  recertification: "recertification audit",
};

function where(f: ConformityFinding): string {
  if (f.clause !== undefined) return f.controlId !== undefined ? `${f.clause} (A.${text(f.controlId)})` : f.clause;
  return f.controlId !== undefined ? `A.${text(f.controlId)}` : "—";
}

/** A control as the report names it: `A.5.1`, or the organisation's own id. */
const controlName = (c: { custom: boolean; controlId: string }) => text(c.custom ? c.controlId : `A.${c.controlId}`);

/**
 * Options of {@link conformityReportToMarkdown}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: ConformityReportToMarkdownOptions = { isms: parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }) };
 * ```
 */
export interface ConformityReportToMarkdownOptions {
  /** The document the report was made from: the data each finding concerns is then named, not only pointed at. */
  readonly isms?: Isms | undefined;
}

/**
 * Renders a {@link ConformityReport} as Markdown an auditor or a manager can read as it is: a
 * headline with the counts and the readiness for stage 1, stage 2 and the next audit of the
 * certification cycle (with what blocks it, by requirement), a table of every clause, the
 * findings grouped by severity (clause, message, data concerned, how to resolve it), a summary of the
 * controls (those without a decision, and a table of those needing attention: applicable but not
 * fully implemented, or with findings), and the rules the data could not assess. The same report
 * always gives the same text. Given the document the report was made from (`isms`), the data each
 * finding concerns is named as a reader knows it — `document "Access Control Policy" (doc-acp)`,
 * `risk "Laptop theft" (risk-06) › acceptance` — with its JSON Pointer beside it; without it, by
 * pointer alone.
 *
 * @param report - a report from {@link checkConformity}
 * @param options - `isms`: the document the report was made from, to name the data findings concern
 * @returns the Markdown text, ending with a newline
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const markdown = conformityReportToMarkdown(report);
 * markdown.split("\n")[0]
 * //=> "# ISO/IEC 27001:2022 conformity report — Acme"
 * markdown.includes("## Major nonconformities")
 * //=> true
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, risks: [{ id: "r-1", title: "Laptop theft" }] });
 * conformityReportToMarkdown(checkConformity(isms, { asOf: "2026-06-30" }), { isms }).includes('risk "Laptop theft" (r-1) (`/risks/0`)')
 * //=> true
 * ```
 */
export function conformityReportToMarkdown(report: ConformityReport, options?: ConformityReportToMarkdownOptions): string {
  if (!isConformityReport(report)) {
    throw argumentError("conformityReportToMarkdown", ["report"], "invalid_type", `expected a conformity report from checkConformity; found ${describeValue(report)}`);
  }
  const { isms } = readOptions(options, "conformityReportToMarkdown");
  if (isms !== undefined && (isms === null || typeof isms !== "object" || !Array.isArray((isms as { people?: unknown }).people))) {
    throw argumentError("conformityReportToMarkdown", ["options", "isms"], "invalid_type", `expected the ISMS the report was made from (parseIsms); found ${describeValue(isms)}`);
  }
  const people = isms === undefined ? undefined : peopleNames(isms);
  const dataName = (ref: string): string =>
    isms === undefined ? code(ref === "" ? "(document)" : ref) : `${text(entityLabel(isms, ref, people))}${ref === "" ? "" : ` (${code(ref)})`}`;
  const out: string[] = [];
  const { counts, readiness } = report;
  out.push(`# ISO/IEC 27001:2022 conformity report — ${text(report.organization)}`, "");
  out.push(`As of ${report.asOf}. ${counts.total === 0 ? "No findings." : `${counts.major} major, ${counts.minor} minor, ${counts.ofi} opportunities for improvement.`}`, "");
  out.push("| Audit | Ready | Why |", "| --- | --- | --- |");
  out.push(`| Stage 1 (documented ISMS) | ${readiness.stage1.ready ? "yes" : "**no**"} | ${text(readiness.stage1.summary)} |`);
  out.push(`| Stage 2 (implementation) | ${readiness.stage2.ready ? "yes" : "**no**"} | ${text(readiness.stage2.summary)} |`);
  out.push(`| Next: ${NEXT_AUDIT[readiness.next.audit]} | ${readiness.next.ready ? "yes" : "**no**"} | ${text(readiness.next.summary)} |`, "");
  if (readiness.next.blockers.length > 0) {
    out.push(`Blocking the next audit (${NEXT_AUDIT[readiness.next.audit]}):`, "");
    for (const b of readiness.next.blockers) out.push(`- **${text(b.requirement)}** — ${text(b.reason)} (${b.findingIds.map(code).join(", ")})`);
    out.push("");
  }

  out.push("## Clauses", "", "| Clause | Title | Status | Findings |", "| --- | --- | --- | --- |");
  for (const c of report.clauses) {
    const title = c.assessable ? text(c.title) : `**${text(c.title)}**`;
    out.push(`| ${c.clause} | ${title} | ${c.status} | ${c.findingIds.length === 0 ? "—" : c.findingIds.length} |`);
  }
  out.push("");

  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const findings = report.findings.filter((f) => f.severity === severity);
    out.push(`## ${heading} (${findings.length})`, "");
    if (findings.length === 0) {
      out.push("None.", "");
      continue;
    }
    for (const f of findings) {
      out.push(`- **${where(f)}** — ${text(f.message)} (${code(f.id)}, stage ${f.stage})`);
      if (f.escalation !== undefined) out.push(`  - Graded ${f.severity}, not ${f.escalation.from}: ${text(f.escalation.reason)}`);
      if (f.refs.length > 0) {
        const shown = f.refs.slice(0, 10).map(dataName);
        out.push(`  - Data: ${shown.join(", ")}${f.refs.length > 10 ? ` and ${f.refs.length - 10} more` : ""}`);
      }
      // The hint is the rule's own text (it may format names as `code`), kept on its line.
      out.push(`  - To resolve: ${oneLine(f.hint)}`);
    }
    out.push("");
  }

  out.push("## Controls", "", "| Status | Controls |", "| --- | --- |");
  for (const status of CONTROL_STATUSES) {
    const n = report.controls.filter((c) => c.status === status).length;
    if (n > 0) out.push(`| ${status} | ${n} |`);
  }
  out.push("");
  const undecided = report.controls.filter((c) => c.status === "undecided");
  if (undecided.length > 0) {
    out.push(`Without an applicability decision: ${undecided.map(controlName).join(", ")}.`, "");
  }
  const attention = report.controls.filter((c) => c.status !== "undecided" && (c.findingIds.length > 0 || (c.applicable === true && c.status !== "implemented")));
  if (attention.length > 0) {
    out.push("Controls needing attention:", "", "| Control | Title | Status | Evidence (valid / expired) | Findings |", "| --- | --- | --- | --- | --- |");
    for (const c of attention) {
      out.push(`| ${controlName(c)} | ${text(c.title)} | ${c.status} | ${c.validEvidence} / ${c.expiredEvidence} | ${c.findingIds.length === 0 ? "—" : c.findingIds.map(code).join(", ")} |`);
    }
    out.push("");
  }

  const skipped = report.rules.filter((r) => r.status === "not-assessable");
  const ran = report.rules.length - skipped.length;
  out.push("## Rules", "", `${report.rules.length} rules: ${ran} assessed (${report.rules.filter((r) => r.status === "passed").length} passed), ${skipped.length} not assessable from the data.`, "");
  if (skipped.length > 0) {
    out.push("| Rule | Why not assessable |", "| --- | --- |");
    for (const r of skipped) out.push(`| ${code(r.ruleId)} | ${text(r.reason ?? "")} |`);
    out.push("");
  }
  return out.join("\n");
}
