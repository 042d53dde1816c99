import type { FrameworkCoverage, FrameworkCoverageFinding, RequirementCoverage } from "../conformity/FrameworkCoverage";
import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { isFrameworkCoverage } from "./_lib/isFrameworkCoverage";
import { markdownCode, markdownText, oneLine } from "./_lib/markdown";

/** Text from the document or the framework data, escaped: one line, no Markdown or HTML of its own (also in a table cell). */
const cell = (text: string) => markdownText(text);

const SEVERITY_HEADINGS = [
  ["major", "Not covered"],
  ["minor", "Open in the ISMS, or outside ISO/IEC 27001"],
] as const;

function requirementCell(r: RequirementCoverage): string {
  return r.elements.length === 0 ? "—" : r.elements.map((e) => `${e.kind === "clause" ? "clause " : ""}${e.id}${e.state === "met" ? "" : ` (${e.status})`}`).join(", ");
}

/**
 * Renders a {@link FrameworkCoverage} as Markdown a compliance manager can act on: a headline with
 * the counts, a table of the framework's headings, what to fix in the ISMS first (the ISO/IEC
 * 27001:2022 requirements still open, with the requirements waiting on each), the requirements not
 * covered and those open in the ISMS or outside ISO/IEC 27001 with how to resolve each, and a table
 * of every requirement. Requirements whose ISO/IEC 27001 requirements are all met but that ask for
 * more are counted, not listed one by one: the table marks them "check beyond ISO". The same
 * coverage always gives the same text.
 *
 * @param coverage - a coverage from {@link assessFrameworkCoverage}
 * @returns the Markdown text, ending with a newline
 * @category Conformity
 * @example
 * ```ts
 * const coverage = assessFrameworkCoverage(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), getMappedFramework("gdpr"), { asOf: "2026-06-30" });
 * const markdown = frameworkCoverageToMarkdown(coverage);
 * markdown.split("\n")[0]
 * //=> "# GDPR coverage — Acme"
 * markdown.includes("## What to fix in the ISMS first")
 * //=> true
 * ```
 */
export function frameworkCoverageToMarkdown(coverage: FrameworkCoverage): string {
  if (!isFrameworkCoverage(coverage)) {
    throw argumentError("frameworkCoverageToMarkdown", ["coverage"], "invalid_type", `expected a framework coverage from assessFrameworkCoverage; found ${describeValue(coverage)}`);
  }
  const { counts, findingCounts } = coverage;
  const label = cell(coverage.framework.shortName);
  const findings = new Map<string, FrameworkCoverageFinding>(coverage.findings.map((f) => [f.id, f]));
  const out: string[] = [`# ${label} coverage — ${cell(coverage.organization)}`, ""];
  out.push(
    `${cell(coverage.framework.name)}${coverage.framework.version === undefined ? "" : ` (${cell(coverage.framework.version)})`}, read through ISO/IEC 27001:2022 (mapping ${markdownCode(coverage.mappingId)}) as of ${cell(coverage.asOf)}.`,
    "",
    `**${counts.total} requirements: ${counts.covered} covered, ${counts.partly} partly covered, ${counts.notCovered} not covered** (${counts.notAddressed} of them not addressed by ISO/IEC 27001).`,
    `Findings: ${findingCounts.major} major, ${findingCounts.minor} minor, ${findingCounts.ofi} to check beyond ISO/IEC 27001.`,
    "",
  );

  out.push("## By heading", "", "| Heading | Title | Covered | Partly | Not covered | Total |", "| --- | --- | ---: | ---: | ---: | ---: |");
  for (const g of coverage.groups.filter((g) => g.overview)) {
    const id = g.parentId === undefined ? `**${cell(g.id)}**` : cell(g.id);
    out.push(`| ${id} | ${cell(g.title)} | ${g.covered} | ${g.partly} | ${g.notCovered} | ${g.total} |`);
  }
  out.push("");

  out.push("## What to fix in the ISMS first", "");
  if (coverage.openIsoRequirements.length === 0) out.push("Nothing: every ISO/IEC 27001 requirement the framework maps to is met.", "");
  else {
    out.push("| ISO/IEC 27001:2022 | Title | Why open | Requirements waiting on it |", "| --- | --- | --- | --- |");
    for (const o of coverage.openIsoRequirements) {
      const waiting = o.requirementIds.slice(0, 12).join(", ") + (o.requirementIds.length > 12 ? ` and ${o.requirementIds.length - 12} more` : "");
      out.push(`| ${cell(o.kind === "clause" ? `clause ${o.id}` : o.id)} | ${cell(o.title)} | ${cell(o.reason)} | ${o.requirementIds.length}: ${cell(waiting)} |`);
    }
    out.push("");
  }

  for (const [severity, heading] of SEVERITY_HEADINGS) {
    const list = coverage.findings.filter((f) => f.severity === severity);
    out.push(`## ${heading} (${list.length})`, "");
    if (list.length === 0) {
      out.push("None.", "");
      continue;
    }
    for (const f of list) {
      out.push(`- **${cell(f.requirementId)}** — ${cell(f.message)} (${markdownCode(f.id)})`, `  - To resolve: ${oneLine(f.hint)}`);
    }
    out.push("");
  }
  out.push(
    `## Beyond ISO/IEC 27001 (${findingCounts.ofi})`,
    "",
    findingCounts.ofi === 0
      ? "None."
      : `For ${findingCounts.ofi} requirements every ISO/IEC 27001 requirement they map to is met, but the mapping says they ask for more (the table below marks them "check beyond ISO"): check what each asks beyond ISO/IEC 27001 and record how it is met.`,
    "",
  );

  out.push("## Requirements", "", "| Requirement | Title | Status | ISO/IEC 27001:2022 | Finding |", "| --- | --- | --- | --- | --- |");
  for (const r of coverage.requirements) {
    const finding = r.findingId === undefined ? undefined : findings.get(r.findingId);
    const mark = finding === undefined ? "—" : finding.severity === "ofi" ? "check beyond ISO" : finding.severity;
    out.push(`| ${cell(r.id)} | ${cell(r.title)} | ${r.status} | ${cell(requirementCell(r))} | ${mark} |`);
  }
  out.push("");
  return out.join("\n");
}
