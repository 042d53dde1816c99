import { checkConformity, conformityReportToMarkdown, type ConformityFinding, type ConformityReport } from "isms-kit";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import type { Style, StyleName } from "../_lib/style";
import { plural, wrap } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

const SEVERITIES = [
  ["major", "Major nonconformities", ["bold", "red"]],
  ["minor", "Minor nonconformities", ["yellow"]],
  ["ofi", "Opportunities for improvement", ["cyan"]],
] as const satisfies readonly (readonly [ConformityFinding["severity"], string, readonly StyleName[]])[];

/** Where a finding is raised: its clause, its control (`A.5.22`), or both. */
function where(finding: ConformityFinding): string {
  const control = finding.controlId === undefined ? undefined : `A.${finding.controlId}`;
  return [finding.clause, control].filter(Boolean).join(" ") || "—";
}

/** Whether a report has nonconformities (major or minor findings): `check` then exits with 1. */
export function hasNonconformities(report: ConformityReport): boolean {
  return report.counts.major + report.counts.minor > 0;
}

/** The counts as one line: `0 major · 5 minor · 8 opportunities for improvement`. */
export function describeCounts(report: ConformityReport, style: Style): string {
  const { major, minor, ofi } = report.counts;
  return [
    style(major > 0 ? ["bold", "red"] : "green", `${major} major`),
    style(minor > 0 ? "yellow" : "green", `${minor} minor`),
    `${plural(ofi, "opportunity for improvement", "opportunities for improvement")}`,
  ].join(" · ");
}

/** The readiness for an audit stage in one sentence, green when ready and red when not. */
export function describeReadiness(report: ConformityReport, stage: "stage1" | "stage2" | "next", style: Style): string {
  const readiness = report.readiness[stage];
  return style(readiness.ready ? "green" : "red", readiness.summary);
}

/** The report as text for a terminal: headline, readiness, then the findings by severity with their hints. */
export function conformityReportToText(report: ConformityReport, style: Style, width: number): string {
  const w = Math.min(width, 120);
  const lines = [
    style("bold", `Conformity of ${report.organization} with ISO/IEC 27001:2022, as of ${report.asOf}`),
    describeCounts(report, style),
    describeReadiness(report, "stage1", style),
    describeReadiness(report, "stage2", style),
    describeReadiness(report, "next", style),
  ];
  for (const [severity, heading, colour] of SEVERITIES) {
    const findings = report.findings.filter((f) => f.severity === severity);
    if (findings.length === 0) continue;
    lines.push("", style([...colour, "bold"], `${heading} (${findings.length})`));
    const indent = Math.max(...findings.map((f) => where(f).length)) + 4;
    const pad = " ".repeat(indent);
    for (const f of findings) {
      const textWidth = Math.max(30, w - indent);
      const message = wrap(f.message, textWidth);
      lines.push(`  ${style(colour, where(f).padEnd(indent - 2))}${message[0] ?? ""}`, ...message.slice(1).map((l) => pad + l));
      lines.push(...wrap(`→ ${f.hint}`, textWidth).map((l) => pad + style("dim", l)));
      const refs = f.refs.filter((r) => r !== "");
      if (refs.length > 0) {
        const shown = refs.slice(0, 4).join(", ") + (refs.length > 4 ? ` … and ${refs.length - 4} more` : "");
        lines.push(...wrap(shown, textWidth).map((l) => pad + style("dim", l)));
      }
    }
  }
  lines.push("", style("dim", `${report.findings.length === 0 ? "No findings." : plural(report.findings.length, "finding") + ";"} ${report.rules.length} rules run, ${report.rules.filter((r) => r.status === "not-assessable").length} not assessable on this data. Details: --format md or --format json.`));
  return `${lines.join("\n")}\n`;
}

/** `isms-kit check <file>`: the conformity report; exit 1 on nonconformities. */
export const check: Command = {
  name: "check",
  summary: "check conformity clause by clause, as an auditor would (exit 1 on nonconformities)",
  description:
    "Checks the ISMS against ISO/IEC 27001:2022 clauses 4 to 10 and the Annex A controls the way a certification auditor would, on the --as-of day: every finding graded major, minor or opportunity for improvement, with the JSON Pointers of the data concerned and a hint on how to resolve it, and whether the ISMS is ready for a stage 1 and a stage 2 audit and for the next audit of its certification cycle. Exits with 1 when there are nonconformities (major or minor findings), so a CI job can gate on it; opportunities for improvement alone exit with 0.",
  arguments: [{ name: "file", required: true, description: "the ISMS document (JSON), or - for standard input" }],
  options: [
    asOfOption,
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<text|md|json>",
      choices: ["text", "md", "json"],
      description: "text (default, for a terminal), md (Markdown, for a wiki or a pull request) or json (the whole report)",
    },
  ],
  exitCodes: [
    [EXIT.ok, "no nonconformity (there may be opportunities for improvement)"],
    [EXIT.nonconformities, "nonconformities: at least one major or minor finding"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; bad usage"],
  ],
  examples: [
    "isms-kit check examples/saas-company.isms.json",
    "isms-kit check isms.json --format md > conformity.md || echo 'nonconformities found'",
    "isms-kit check isms.json --as-of 2027-01-15 --format json | jq '.readiness.stage1'",
  ],
  run({ args, options, io, out, data, style, width }) {
    const file = args["file"] ?? "-";
    const asOf = readAsOf(options["as-of"], io.today, "check");
    const report = checkConformity(loadIsms(file, io), { asOf });
    if (options["format"] === "json") data(toJson(report));
    else if (options["format"] === "md") data(conformityReportToMarkdown(report));
    else out(conformityReportToText(report, style, width));
    return hasNonconformities(report) ? EXIT.nonconformities : EXIT.ok;
  },
};
