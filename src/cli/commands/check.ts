import { checkConformity, conformityReportToMarkdown, type ConformityFinding, type ConformityReport } from "isms-kit";
import { formatSourceLocation, locatePointer, type IsmsSourceMap } from "isms-kit/source";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { githubAnnotation } from "../_lib/githubAnnotation";
import { loadIsmsSources } from "../_lib/loadIsms";
import { nextSteps } from "../_lib/nextSteps";
import type { Style, StyleName } from "../_lib/style";
import { plural, wrap } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

const SEVERITIES = [
  ["major", "Major nonconformities", ["bold", "red"]],
  ["minor", "Minor nonconformities", ["yellow"]],
  ["ofi", "Opportunities for improvement", ["cyan"]],
] as const satisfies readonly (readonly [ConformityFinding["severity"], string, readonly StyleName[]])[];

/** The severities `--fail-on` takes, most severe first. */
export const FAIL_ON = ["major", "minor", "ofi"] as const;
/** The least severe finding that makes `check` exit with 1. */
export type FailOn = (typeof FAIL_ON)[number];

/** Where a finding is raised: its clause, its control (`A.5.22`), or both. */
function where(finding: ConformityFinding): string {
  const control = finding.controlId === undefined ? undefined : `A.${finding.controlId}`;
  return [finding.clause, control].filter(Boolean).join(" ") || "—";
}

/** Whether a report has findings at `failOn` or more severe (by default major or minor: nonconformities): `check` then exits with 1. */
export function hasNonconformities(report: ConformityReport, failOn: FailOn = "minor"): boolean {
  const { major, minor, ofi } = report.counts;
  return failOn === "major" ? major > 0 : failOn === "minor" ? major + minor > 0 : major + minor + ofi > 0;
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

/** Where the data of a finding is: `isms/risks.yaml:142:7` for each of its refs that the source map places (the first four). */
export function locateFinding(finding: ConformityFinding, sourceMap: IsmsSourceMap | undefined): string[] {
  const refs = finding.refs.filter((r) => r !== "");
  if (sourceMap === undefined) return refs;
  const places = refs.map((ref) => {
    const location = locatePointer(sourceMap, ref);
    return location === undefined ? ref : `${formatSourceLocation(location)} ${ref}`;
  });
  return places;
}

/** The report as text for a terminal: headline, readiness, the findings by severity with their hints and places, then the next steps. */
export function conformityReportToText(report: ConformityReport, style: Style, width: number, sourceMap?: IsmsSourceMap): string {
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
      const places = locateFinding(f, sourceMap);
      if (places.length > 0) {
        const shown = places.slice(0, 4).join(", ") + (places.length > 4 ? ` … and ${places.length - 4} more` : "");
        lines.push(...wrap(shown, textWidth).map((l) => pad + style("dim", l)));
      }
    }
  }
  const steps = nextSteps(report.findings);
  if (steps.length > 0 && !report.readiness.stage2.ready) {
    lines.push("", style("bold", "Next steps, in the order an organisation takes them:"));
    steps.forEach((step, i) => {
      const counts = plural(step.findings.length, "finding");
      const first = step.findings[0]!;
      lines.push(
        ...wrap(`${i + 1}. ${step.title} (${counts}; in ${step.where})`, w - 2).map((l, j) => (j === 0 ? `  ${l}` : `     ${l}`)),
        ...wrap(`first: ${first.hint}`, w - 5).map((l) => `     ${style("dim", l)}`),
      );
    });
  }
  lines.push("", style("dim", `${report.findings.length === 0 ? "No findings." : plural(report.findings.length, "finding") + ";"} ${report.rules.length} rules run, ${report.rules.filter((r) => r.status === "not-assessable").length} not assessable on this data. Details: --format md or --format json.`));
  return `${lines.join("\n")}\n`;
}

/** The report as GitHub Actions annotations: majors as errors, minors as warnings, opportunities for improvement as notices. */
export function conformityReportToAnnotations(report: ConformityReport, sourceMap: IsmsSourceMap | undefined, rootFile: string | undefined): string {
  const level = { major: "error", minor: "warning", ofi: "notice" } as const;
  return report.findings
    .map((f) => {
      const ref = f.refs.find((r) => r !== "");
      const location = ref === undefined || sourceMap === undefined ? undefined : locatePointer(sourceMap, ref);
      return githubAnnotation(level[f.severity], `${f.severity === "ofi" ? "OFI" : `${f.severity} nonconformity`} ${where(f)} (${f.ruleId})`, `${f.message} → ${f.hint}`, location, rootFile);
    })
    .join("");
}

/** `isms-kit check <file>`: the conformity report; exit 1 on nonconformities. */
export const check: Command = {
  name: "check",
  description:
    "Checks the ISMS against ISO/IEC 27001:2022 clauses 4 to 10 and the Annex A controls the way a certification auditor would, on the --as-of day: every finding graded major, minor or opportunity for improvement, with the file:line:column and JSON Pointer of the data concerned and a hint on how to resolve it, whether the ISMS is ready for a stage 1 and a stage 2 audit and for the next audit of its certification cycle, and the next steps in the order an organisation takes them. Exits with 1 when there are nonconformities (major or minor findings; --fail-on sets the threshold), so a CI job can gate on it. --format github prints the findings as GitHub Actions annotations, so a pull request shows each on its line.",
  arguments: [{ name: "file", required: true, description: "the ISMS document: a JSON or YAML file, a folder (isms.yaml and isms/), or - for standard input" }],
  options: [
    asOfOption,
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<text|md|json|github>",
      choices: ["text", "md", "json", "github"],
      description: "text (default, for a terminal), md (Markdown, for a wiki or a pull request), json (the whole report) or github (GitHub Actions annotations)",
    },
    {
      name: "fail-on",
      type: "string",
      valueName: "<major|minor|ofi>",
      choices: FAIL_ON,
      description: "exit with 1 when there is a finding this severe or more: major, minor (default: any nonconformity) or ofi (any finding at all)",
    },
  ],
  exitCodes: [
    [EXIT.ok, "no finding at the --fail-on severity or above (by default: no nonconformity)"],
    [EXIT.nonconformities, "a finding at the --fail-on severity or above (by default: a major or minor finding)"],
    [EXIT.invalid, "the file cannot be read, is not JSON or YAML, or not a valid document; bad usage"],
  ],
  examples: [
    "isms-kit check examples/saas-company.isms.json",
    "isms-kit check . --format github --fail-on major",
    "isms-kit check isms.json --format md > conformity.md || echo 'nonconformities found'",
    "isms-kit check isms.json --as-of 2027-01-15 --format json | jq '.readiness.stage1'",
  ],
  run({ args, options, io, out, data, style, width }) {
    const file = args["file"] ?? "-";
    const asOf = readAsOf(options["as-of"], io.today, "check");
    const failOn = (options["fail-on"] as FailOn | undefined) ?? "minor";
    const { isms, sourceMapFor } = loadIsmsSources(file, io);
    const report = checkConformity(isms, { asOf });
    // The places of the findings' data, for the formats that show them.
    const placed = () => sourceMapFor(report.findings.flatMap((f) => f.refs));
    if (options["format"] === "json") data(toJson(report));
    else if (options["format"] === "md") data(conformityReportToMarkdown(report, { isms }));
    else if (options["format"] === "github") {
      const sourceMap = placed();
      out(conformityReportToAnnotations(report, sourceMap, sourceMap.files[0]));
    } else out(conformityReportToText(report, style, width, placed()));
    return hasNonconformities(report, failOn) ? EXIT.nonconformities : EXIT.ok;
  },
};
