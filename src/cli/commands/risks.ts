import { riskRegisterToCsv, type RiskRegister, type RiskRegisterEntry, type RiskScore } from "isms-kit";
import { assessRegister } from "../_lib/assessRegister";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { levelStyle } from "../_lib/levelStyle";
import { loadIsms } from "../_lib/loadIsms";
import { readRiskMethod } from "../_lib/readRiskMethod";
import { renderTable, type TableCell } from "../_lib/renderTable";
import type { Style } from "../_lib/style";
import { plural } from "../_lib/text";
import { toJson } from "../_lib/writeOutput";

/** Risks per level, lowest first, each in its level's colour: `low 18 · medium 4 · high 0 · critical 0`. */
export function describeLevels(register: RiskRegister, counts: Readonly<Record<string, number>>, style: Style): string {
  const levels = register.method.matrix.levels;
  return levels.map((level, i) => style(levelStyle(i, levels.length), `${level.id} ${counts[level.id] ?? 0}`)).join(" · ");
}

/** How many risks meet the acceptance criteria: `18 meet the acceptance criteria (at most low), 4 exceed them`. */
export function describeAcceptanceCriteria(register: RiskRegister): string {
  const { summary, method } = register;
  return method.acceptance
    ? `${summary.meetingAcceptanceCriteria} meet the acceptance criteria (at most ${method.acceptance.maxLevel}), ${summary.exceedingAcceptanceCriteria} exceed them`
    : "no risk acceptance criteria";
}

/** A few lines summing up the register: counts per level, acceptance, overdue assessments, flags. */
export function summarizeRegister(register: RiskRegister, style: Style): string[] {
  const { summary, method } = register;
  const acceptance = Object.entries(summary.acceptance)
    .filter(([state, count]) => count > 0 && state !== "not-applicable")
    .map(([state, count]) => `${state} ${count}`)
    .join(", ");
  return [
    `${plural(summary.total, "risk")} (${summary.open} open), method ${method.matrix.id}, as of ${register.asOf}`,
    `Inherent: ${describeLevels(register, summary.byLevel.inherent, style)}`,
    `Residual: ${describeLevels(register, summary.byLevel.residual, style)}`,
    `${describeAcceptanceCriteria(register)}; owner acceptance: ${acceptance || "none recorded"}`,
    `${plural(summary.overdueAssessments, "assessment")} overdue, ${plural(summary.flagged, "risk")} flagged${summary.unrated > 0 ? `, ${summary.unrated} unrated` : ""}`,
  ];
}

/** `isms-kit risks <file>`: the risk register. */
export const risks: Command = {
  name: "risks",
  description:
    "Prints the risk register (ISO/IEC 27001:2022 6.1.2, 8.2): every risk scored on the document's risk method — inherent, residual and target level — with its owner, treatment option, plan status, whether it meets the risk acceptance criteria, the owner's acceptance (missing, accepted, expired, stale) and whether its reassessment is overdue on the --as-of day. --method scores with another method instead: a preset or a JSON file holding a risk matrix.",
  arguments: [{ name: "file", required: true, description: "the ISMS document (JSON), or - for standard input" }],
  options: [
    {
      name: "method",
      short: "m",
      type: "string",
      valueName: "<preset|file>",
      description: "score with this method instead of the document's: a preset (3x3, 4x4, 5x5, nist-800-30 …) or a JSON file with a risk matrix { id, likelihood, impact, levels, grid }",
    },
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<table|json|csv>",
      choices: ["table", "json", "csv"],
      description: "table (default), json (the whole register) or csv (one record per risk)",
    },
    asOfOption,
  ],
  exitCodes: [
    [EXIT.ok, "the register was printed"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; the method is unknown, invalid, or the ratings do not fit it; bad usage"],
  ],
  examples: [
    "isms-kit risks examples/saas-company.isms.json",
    "isms-kit risks examples/saas-company.isms.json --method nist-800-30 --format csv > risks.csv",
    "isms-kit risks my-isms.json --method our-matrix.json --as-of 2026-12-31 --format json",
  ],
  run({ args, options, io, out, data, style, width }) {
    const file = args["file"] ?? "-";
    const asOf = readAsOf(options["as-of"], io.today, "risks");
    const method = typeof options["method"] === "string" ? readRiskMethod(options["method"], io, "risks") : undefined;
    const isms = loadIsms(file, io);
    const register = assessRegister(isms, file, asOf, method, "risks");

    if (options["format"] === "json") {
      data(toJson(register));
      return EXIT.ok;
    }
    if (options["format"] === "csv") {
      data(riskRegisterToCsv(register, { people: isms.people }));
      return EXIT.ok;
    }
    const names = new Map(isms.people.map((p) => [p.id, p.name]));
    const levels = register.method.matrix.levels;
    const level = (score: RiskScore | undefined): TableCell =>
      score === undefined ? { text: "—", style: "dim" } : { text: score.level, style: levelStyle(score.levelIndex, levels.length) };
    const acceptance = (e: RiskRegisterEntry): TableCell => {
      const state = e.acceptance.state;
      if (state === "not-applicable") return { text: "—", style: "dim" };
      return { text: state, style: state === "accepted" ? "green" : "yellow" };
    };
    out(
      renderTable(
        [
          { header: "Risk" },
          { header: "Title", flex: true, min: 16, ideal: 28 },
          { header: "Owner", flex: true, min: 8, ideal: 14, drop: 3 },
          { header: "Inherent" },
          { header: "Residual" },
          { header: "Treatment", drop: 2 },
          { header: "Acceptance", drop: 5 },
          { header: "Next review", drop: 4 },
          { header: "Flags", align: "right", drop: 1 },
        ],
        register.entries.map((e) => [
          { text: e.riskId, style: "bold" },
          e.status === "open" ? e.title : `${e.title} (${e.status})`,
          e.ownerId === undefined ? { text: "—", style: "red" } : (names.get(e.ownerId) ?? e.ownerId),
          level(e.inherent),
          level(e.residual),
          e.treatmentOption ?? { text: "—", style: "dim" },
          acceptance(e),
          e.assessment.overdue ? { text: `${e.assessment.dueOn ?? "never assessed"} overdue`, style: "red" } : (e.assessment.dueOn ?? "—"),
          e.flags.length === 0 ? "" : { text: String(e.flags.length), style: "yellow" },
        ]),
        { width, style },
      ),
    );
    out(`\n${summarizeRegister(register, style).join("\n")}\n`);
    return EXIT.ok;
  },
};
