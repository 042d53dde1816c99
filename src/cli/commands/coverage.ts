import { assessFrameworkCoverage, frameworkCoverageToCsv, frameworkCoverageToMarkdown, type FrameworkCoverage, type FrameworkCoverageFinding } from "isms-kit";
import { getMappedFramework } from "isms-kit/mappings";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import { renderTable } from "../_lib/renderTable";
import type { Style, StyleName } from "../_lib/style";
import { wrap } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

/** The names `--framework` takes, and the framework each stands for. */
const FRAMEWORKS = { nis2: "nis2", gdpr: "gdpr", dora: "dora", soc2: "soc2", csf2: "nist-csf-2.0" } as const;
const FORMATS = ["table", "md", "csv", "json"] as const;

/** At most `n` ids, then how many more. */
function some(ids: readonly string[], n: number): string {
  return ids.length <= n ? ids.join(", ") : `${ids.slice(0, n).join(", ")} … and ${ids.length - n} more`;
}

/** The coverage for a terminal: headline, headings, what to fix in the ISMS, then the findings to act on one by one. */
export function frameworkCoverageToText(coverage: FrameworkCoverage, style: Style, width: number): string {
  const w = Math.min(width, 120);
  const { counts, findingCounts } = coverage;
  const label = coverage.framework.shortName;
  const lines = [
    style("bold", `${label} coverage of ${coverage.organization} through ISO/IEC 27001:2022, as of ${coverage.asOf}`),
    `${counts.total} requirements: ${style(counts.covered > 0 ? "green" : [], `${counts.covered} covered`)} · ${counts.partly} partly · ${style(counts.notCovered > 0 ? "red" : "green", `${counts.notCovered} not covered`)}` +
      (counts.notAddressed > 0 ? ` (${counts.notAddressed} not addressed by ISO/IEC 27001)` : ""),
    `Findings: ${style(findingCounts.major > 0 ? ["bold", "red"] : "green", `${findingCounts.major} major`)} · ${style(findingCounts.minor > 0 ? "yellow" : "green", `${findingCounts.minor} minor`)} · ${findingCounts.ofi} to check beyond ISO/IEC 27001`,
    "",
  ];
  const groups = coverage.groups.filter((g) => g.overview);
  lines.push(
    renderTable(
      [
        { header: "Heading" },
        { header: "Title", flex: true, min: 16, ideal: 50 },
        { header: "Covered", align: "right" },
        { header: "Partly", align: "right" },
        { header: "Not", align: "right" },
        { header: "Total", align: "right" },
      ],
      groups.map((g) => [
        g.parentId === undefined ? { text: g.id, style: "bold" } : `  ${g.id}`,
        g.title,
        String(g.covered),
        String(g.partly),
        { text: String(g.notCovered), style: g.notCovered > 0 ? "red" : undefined },
        String(g.total),
      ]),
      { width: w, style },
    ).replace(/\n$/, ""),
  );

  if (coverage.openIsoRequirements.length > 0) {
    lines.push("", style("bold", `Fix in the ISMS first: ${coverage.openIsoRequirements.length} ISO/IEC 27001 requirements are open`));
    lines.push(
      renderTable(
        [
          { header: "ISO/IEC 27001" },
          { header: "Title", flex: true, min: 12, ideal: 36, drop: 1 },
          { header: "Why open", flex: true, min: 16, ideal: 40 },
          { header: "Requirements waiting on it", flex: true, min: 20, ideal: 50 },
        ],
        coverage.openIsoRequirements.map((o) => [
          { text: o.kind === "clause" ? `clause ${o.id}` : o.id, style: o.state === "not-met" ? "red" : "yellow" },
          o.title,
          o.reason,
          `${o.requirementIds.length}: ${some(o.requirementIds, 6)}`,
        ]),
        { width: w, style, indent: 2 },
      ).replace(/\n$/, ""),
    );
  }

  const notCovered = new Set(coverage.requirements.filter((r) => r.status === "not-covered" && r.notAddressed === undefined).map((r) => r.findingId));
  const uncovered = coverage.findings.filter((f) => notCovered.has(f.id));
  if (uncovered.length > 0) {
    lines.push("", style(["bold", "red"], `Not covered (${uncovered.length})`));
    lines.push(...findingLines(uncovered, label, style, w, "red", true));
  }
  const outside = coverage.requirements.filter((r) => r.notAddressed !== undefined);
  if (outside.length > 0) {
    lines.push("", style(["bold", "yellow"], `Not addressed by ISO/IEC 27001 (${outside.length}): show these outside the ISMS, and keep the evidence with it`));
    const findings = coverage.findings.filter((f) => outside.some((r) => r.findingId === f.id));
    lines.push(...findingLines(findings, label, style, w, "yellow", false));
  }
  lines.push(
    "",
    style(
      "dim",
      `${findingCounts.ofi} requirements have every ISO/IEC 27001 requirement they map to met but ask for more: check them (--format md or csv lists them). ` +
        "Every finding with how to resolve it: --format md; one row per requirement: --format csv; all the data: --format json.",
    ),
  );
  return `${lines.join("\n")}\n`;
}

/** Findings as an indented list: the requirement, the message wrapped, and (when `hints`) the hint. */
function findingLines(findings: readonly FrameworkCoverageFinding[], label: string, style: Style, width: number, colour: StyleName, hints: boolean): string[] {
  const indent = Math.max(...findings.map((f) => f.requirementId.length)) + 4;
  const pad = " ".repeat(indent);
  const textWidth = Math.max(30, width - indent);
  const lines: string[] = [];
  for (const f of findings) {
    const message = wrap(f.message.replace(`${label} ${f.requirementId} `, ""), textWidth);
    lines.push(`  ${style(colour, f.requirementId.padEnd(indent - 2))}${message[0] ?? ""}`, ...message.slice(1).map((l) => pad + l));
    if (hints) lines.push(...wrap(`→ ${f.hint}`, textWidth).map((l) => pad + style("dim", l)));
  }
  return lines;
}

/** `isms-kit coverage <file> --framework <name>`: how much of another framework the ISMS covers; exit 1 on gaps. */
export const coverage: Command = {
  name: "coverage",
  description:
    "Reads the ISMS through the framework's mapping onto ISO/IEC 27001:2022 and says, for each requirement of the framework, whether it is covered (an ISO/IEC 27001 clause or control that asks for all of it is met), partly covered, or not — with the clauses and controls behind it, their conformity on the --as-of day, and what is missing, graded like the findings of `check`: major (nothing it maps to is met), minor (open in the ISMS, or not addressed by ISO/IEC 27001 and to be shown outside it), and requirements to check beyond ISO/IEC 27001. Exits with 1 when there are major or minor findings, so a CI job can gate on it.",
  arguments: [{ name: "file", required: true, description: "the ISMS document (JSON), or - for standard input" }],
  options: [
    {
      name: "framework",
      type: "string",
      valueName: "<nis2|gdpr|dora|soc2|csf2>",
      choices: Object.keys(FRAMEWORKS),
      description:
        "the framework: nis2 (Directive (EU) 2022/2555 Art. 20, 21, 23 and the Annex of Implementing Regulation (EU) 2024/2690), gdpr (its security articles), dora (Regulation (EU) 2022/2554 Chapters II and III), soc2 (Trust Services Criteria 2017) or csf2 (NIST CSF 2.0); required",
    },
    asOfOption,
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<table|md|csv|json>",
      choices: FORMATS,
      description: "table (default, for a terminal), md (Markdown: every finding and every requirement), csv (one row per requirement) or json (the whole coverage)",
    },
  ],
  exitCodes: [
    [EXIT.ok, "no major or minor finding (there may be requirements to check beyond ISO/IEC 27001)"],
    [EXIT.nonconformities, "gaps: at least one major or minor finding"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; no or an unknown --framework; bad usage"],
  ],
  examples: [
    "isms-kit coverage examples/saas-company.isms.json --framework nis2",
    "isms-kit coverage isms.json --framework gdpr --format md > gdpr-coverage.md",
    "isms-kit coverage isms.json --framework soc2 --format csv > soc2.csv",
    "isms-kit coverage isms.json --framework dora --format json | jq '.counts'",
  ],
  run({ args, options, io, out, style, width }) {
    const name = options["framework"];
    if (typeof name !== "string") {
      throw new CliError(`coverage: --framework is required: one of ${Object.keys(FRAMEWORKS).join(", ")} (see 'isms-kit coverage --help')`);
    }
    const asOf = readAsOf(options["as-of"], io.today, "coverage");
    const isms = loadIsms(args["file"] ?? "-", io);
    const result = assessFrameworkCoverage(isms, getMappedFramework(FRAMEWORKS[name as keyof typeof FRAMEWORKS]), { asOf });
    const format = options["format"] ?? "table";
    if (format === "json") out(toJson(result));
    else if (format === "md") out(frameworkCoverageToMarkdown(result));
    else if (format === "csv") out(frameworkCoverageToCsv(result));
    else out(frameworkCoverageToText(result, style, width));
    return result.findingCounts.major + result.findingCounts.minor > 0 ? EXIT.nonconformities : EXIT.ok;
  },
};
