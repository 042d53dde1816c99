import {
  buildStatementOfApplicability,
  checkConformity,
  conformityReportToMarkdown,
  riskHeatmapToSvg,
  riskRegisterToCsv,
  safeParseIsms,
  summarizeTreatmentPlans,
  type Isms,
} from "isms-kit";
import { assessRegister } from "../_lib/assessRegister";
import { asOfOption, readAsOf } from "../_lib/asOf";
import { EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { exampleAsOf, exampleDocument, exampleName } from "../_lib/example";
import { invalidDocument, loadIsms } from "../_lib/loadIsms";
import { loadOscal } from "../_lib/loadOscal";
import { renderTable } from "../_lib/renderTable";
import { definitionList, formatBytes, plural } from "../_lib/text";
import { toJson, writeFiles } from "../_lib/writeOutput";
import { describeCounts, describeReadiness } from "./check";
import { oscalKindNames, toOscal, type OscalKind } from "./oscal";
import { describeAcceptanceCriteria, describeLevels } from "./risks";
import { renderAuditPack } from "./report";
import { describeSoa, renderSoa } from "./soa";
import { CliError } from "../_lib/CliError";
import { printPdf } from "../_lib/printPdf";

/** One file the demo writes: its name, what it is, and its content. */
interface DemoFile {
  readonly name: string;
  readonly what: string;
  readonly content: string | Uint8Array;
}

/** `isms-kit demo`: the whole library on an example, in one command. */
export const demo: Command = {
  name: "demo",
  description: `Runs an ISMS document through the whole library and writes what each part produces to a folder: the Statement of Applicability (CSV, Excel, Markdown), the risk register (CSV, JSON) and its heat maps (SVG), the conformity report (Markdown, JSON), the audit pack (report.html, and report.pdf when a local Chromium and the package playwright-core are found), and the OSCAL catalog, profile, assessment results and POA&M. Then it prints what it wrote and a summary. Without <file> it uses the built-in example, Northwind Cloud (${exampleName}), judged as of ${exampleAsOf}, the day its story is told from, so the output is the same on every run; with <file> the default --as-of is today. Nonconformities do not change the exit code: use 'isms-kit check' to gate on them.`,
  arguments: [{ name: "file", required: false, description: "an ISMS document (JSON) to use instead of the built-in example; - for standard input" }],
  options: [
    { name: "out", short: "o", type: "string", valueName: "<dir>", description: "the folder to write to (default: out, in the current directory); created if needed, files in it replaced" },
    { ...asOfOption, description: `the day to judge the document on (default: ${exampleAsOf} for the built-in example, today for <file>)` },
    { name: "no-pdf", type: "boolean", description: "do not print report.pdf, even when a browser is found" },
  ],
  exitCodes: [
    [EXIT.ok, "every file was written"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; a file cannot be written; bad usage"],
  ],
  examples: ["isms-kit demo", "isms-kit demo --out /tmp/isms-demo", "isms-kit demo my-isms.json --out reports/2026-q4"],
  async run({ args, options, io, out, style, width }) {
    const file = args["file"];
    let isms: Isms;
    if (file === undefined) {
      const result = safeParseIsms(exampleDocument);
      if (!result.success) throw invalidDocument(exampleName, result.error.issues);
      isms = result.data;
    } else {
      isms = loadIsms(file, io);
    }
    const asOf = readAsOf(options["as-of"], file === undefined ? () => exampleAsOf : io.today, "demo");
    const dir = typeof options["out"] === "string" ? options["out"] : "out";

    const register = assessRegister(isms, file ?? exampleName, asOf, undefined, "demo");
    const matrix = register.method.matrix;
    const statement = buildStatementOfApplicability(isms);
    const report = checkConformity(isms, { asOf });
    const plans = summarizeTreatmentPlans(isms, { asOf });

    const files: DemoFile[] = [
      { name: "soa.csv", what: "Statement of Applicability (CSV)", content: renderSoa(statement, "csv") },
      { name: "soa.xlsx", what: "Statement of Applicability (Excel)", content: renderSoa(statement, "xlsx") },
      { name: "soa.md", what: "Statement of Applicability (Markdown)", content: renderSoa(statement, "md") },
      { name: "risk-register.csv", what: "risk register (CSV)", content: riskRegisterToCsv(register, { people: isms.people }) },
      { name: "risk-register.json", what: "risk register (JSON)", content: toJson(register) },
      {
        name: "heatmap.svg",
        what: "residual risk heat map (SVG)",
        content: riskHeatmapToSvg(register, matrix, { rating: "residual", title: `Residual risk — ${isms.organization.name}, ${asOf}` }),
      },
      {
        name: "heatmap-inherent.svg",
        what: "inherent risk heat map (SVG)",
        content: riskHeatmapToSvg(register, matrix, { rating: "inherent", title: `Inherent risk — ${isms.organization.name}, ${asOf}` }),
      },
      { name: "conformity-report.md", what: "conformity report (Markdown)", content: conformityReportToMarkdown(report, { isms }) },
      { name: "conformity-report.json", what: "conformity report (JSON)", content: toJson(report) },
    ];
    const html = renderAuditPack({ isms, file: file ?? exampleName, asOf, command: "demo" });
    files.push({ name: "report.html", what: "audit pack (HTML, self-contained)", content: html });
    let pdfNote: string | undefined;
    if (options["no-pdf"] !== true) {
      try {
        files.push({ name: "report.pdf", what: "audit pack (PDF, landscape)", content: await printPdf(html, { paper: "a4", env: io.env, command: "demo" }) });
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        pdfNote = `report.pdf not written: ${error.message.replace(/^demo: /, "")}`;
      }
    }
    const oscal = await loadOscal();
    for (const kind of ["catalog", "profile", "assessment-results", "poam"] as const satisfies readonly OscalKind[]) {
      files.push({ name: `oscal-${kind}.json`, what: oscalKindNames[kind], content: toJson(toOscal(oscal, kind, isms, asOf)) });
    }

    // Every file or none: a file that cannot be written leaves the folder as it was.
    const paths = files.map((f) => `${dir.replace(/[\\/]+$/, "")}/${f.name}`);
    const sizes = writeFiles(files.map((f, k) => ({ path: paths[k]!, content: f.content })), io);
    const written = files.map((f, k) => ({ path: paths[k]!, what: f.what, size: sizes[k]! }));

    const source = file === undefined ? `the built-in example (${exampleName})` : file === "-" ? "standard input" : file;
    out(`${style("bold", `isms-kit demo: ${isms.organization.name}`)}, from ${source}, as of ${asOf}\n\n`);
    out(`Wrote ${plural(written.length, "file")} to ${dir}/:\n`);
    out(
      renderTable(
        [{ header: "File" }, { header: "Size", align: "right" }, { header: "What", flex: true, min: 10 }],
        written.map((w) => [w.path, formatBytes(w.size), w.what]),
        { width, style, indent: 2, header: false },
      ),
    );
    const t = plans.totals;
    const summary: [string, string][] = [
      ["Organisation", `${isms.organization.name}: ${plural(isms.risks.length, "risk")}, ${plural(isms.controls.length, "control record")}, ${plural(isms.evidence.length, "evidence record")}`],
      ["Risks", `residual ${describeLevels(register, register.summary.byLevel.residual, style)}; ${describeAcceptanceCriteria(register)}`],
      ["SoA", describeSoa(statement)],
      ["Treatment", `${plural(t.plans, "plan")}, ${t.done} of ${plural(t.actions, "action")} done, ${t.overdue} overdue, ${t.risksWithoutPlan} open risks without a plan`],
      ["Findings", describeCounts(report, style)],
      ["Stage 1", describeReadiness(report, "stage1", style)],
      ["Stage 2", describeReadiness(report, "stage2", style)],
      ["Next audit", describeReadiness(report, "next", style)],
    ];
    if (pdfNote !== undefined) out(`  ${style("dim", pdfNote)}\n`);
    out(`\n${style("bold", "Summary")}\n`);
    out(`${definitionList(summary, width, (label) => style("bold", label)).join("\n")}\n`);
    const next = file === undefined ? "run it on your own document with 'isms-kit demo my-isms.json'" : `gate CI on 'isms-kit check ${file}'`;
    out(`\nNext: open ${dir}/report.html in a browser, or ${next}.\n`);
    return EXIT.ok;
  },
};
