import type { Isms } from "isms-kit";
import { auditPackToHtml } from "isms-kit/report";
import { assessRegister } from "../_lib/assessRegister";
import { asOfOption, isCalendarDay, readAsOf } from "../_lib/asOf";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import { printPdf } from "../_lib/printPdf";
import { formatBytes, plural } from "../_lib/text";
import { writeFile } from "../_lib/writeOutput";

const PAPERS = ["a4", "letter"] as const;

/** What `report` and `demo` need to draw up the audit pack. */
export interface AuditPackRequest {
  readonly isms: Isms;
  /** The file the document came from, for messages. */
  readonly file: string;
  readonly asOf: string;
  readonly since?: string | undefined;
  readonly title?: string | undefined;
  readonly command: string;
}

/** The audit pack as HTML, with a risk method that cannot be used reported as a CliError. */
export function renderAuditPack(request: AuditPackRequest): string {
  const { isms, file, asOf, since, title, command } = request;
  const register = isms.riskMethod === undefined ? undefined : assessRegister(isms, file, asOf, undefined, command);
  return auditPackToHtml(isms, { asOf, since, title, riskRegister: register });
}

/** `isms-kit report <file>`: the audit pack as one HTML page, or as PDF. */
export const report: Command = {
  name: "report",
  description:
    "Draws up the audit pack of the ISMS on the --as-of day as one self-contained HTML page: a summary dashboard (audit readiness, findings by severity and clause, residual risks against the acceptance criteria, treatment progress, evidence freshness), every finding with the entities it concerns by name and the fix, the inherent and residual heat maps, the risk register, the Statement of Applicability, the management review inputs (9.3.2 a–g) and the status of every clause. The page needs no network and opens from a file or an e-mail; printed, it is landscape with repeated table headers and page numbers. With --pdf (or --out ending in .pdf) it is printed to PDF by a locally installed Chromium, Chrome or Edge, driven by the package playwright-core (npm install playwright-core; no browser is downloaded).",
  arguments: [{ name: "file", required: true, description: "the ISMS document (JSON), or - for standard input" }],
  options: [
    asOfOption,
    { name: "since", type: "string", valueName: "<YYYY-MM-DD>", description: "the start of the period the management review inputs cover (default: the last management review, else a year before --as-of)" },
    { name: "out", short: "o", type: "string", valueName: "<file>", description: "write to this file instead of stdout (a .pdf name prints a PDF)" },
    { name: "pdf", type: "boolean", description: "print the page to PDF with a local Chromium (needs playwright-core)" },
    { name: "paper", type: "string", valueName: "<a4|letter>", choices: PAPERS, description: "the paper of the PDF, in landscape (default: a4)" },
    { name: "browser", type: "string", valueName: "<path>", description: "the Chromium, Chrome or Edge executable to print with (default: ISMS_KIT_CHROMIUM, else the usual install paths)" },
    { name: "title", type: "string", valueName: "<text>", description: "the title above the organisation's name (default: ISO/IEC 27001:2022 ISMS audit pack)" },
  ],
  exitCodes: [
    [EXIT.ok, "the report was written"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; no browser or no playwright-core for --pdf; PDF asked for on a terminal; bad usage"],
  ],
  examples: [
    "isms-kit report examples/saas-company.isms.json --out report.html",
    "isms-kit report isms.json --pdf --out audit-pack.pdf --paper letter",
    "isms-kit report isms.json --as-of 2027-01-15 --since 2026-01-21 > pack.html",
  ],
  async run({ args, options, io, out }) {
    const file = args["file"] ?? "-";
    const asOf = readAsOf(options["as-of"], io.today, "report");
    const since = options["since"];
    if (since !== undefined && (typeof since !== "string" || !isCalendarDay(since))) {
      throw new CliError(`report: --since must be a calendar day YYYY-MM-DD that exists; found "${String(since)}" (see 'isms-kit report --help')`);
    }
    if (typeof since === "string" && since > asOf) {
      throw new CliError(`report: --since ${since} is after --as-of ${asOf} (see 'isms-kit report --help')`);
    }
    const target = typeof options["out"] === "string" ? options["out"] : undefined;
    const pdf = options["pdf"] === true || (target !== undefined && /\.pdf$/i.test(target));
    if (pdf && target === undefined && io.stdout.isTTY) {
      throw new CliError("report: a PDF is binary; write it to a file with --out report.pdf (or pipe it)");
    }
    const isms = loadIsms(file, io);
    const title = typeof options["title"] === "string" ? options["title"] : undefined;
    const html = renderAuditPack({ isms, file, asOf, since: typeof since === "string" ? since : undefined, title, command: "report" });
    const paper = options["paper"] === "letter" ? "letter" : "a4";
    const content = pdf ? await printPdf(html, { paper, browser: typeof options["browser"] === "string" ? options["browser"] : undefined, env: io.env, command: "report" }) : html;
    if (target === undefined) {
      out(content);
      return EXIT.ok;
    }
    const size = writeFile(target, content, io);
    out(`wrote ${target} (${formatBytes(size)}): the audit pack of ${isms.organization.name} as of ${asOf}, ${plural(isms.risks.length, "risk")}${pdf ? `, printed on ${paper === "a4" ? "A4" : "Letter"} landscape` : ""}\n`);
    return EXIT.ok;
  },
};
