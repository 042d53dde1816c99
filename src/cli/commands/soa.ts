import { buildStatementOfApplicability, soaToCsv, soaToMarkdown, soaToXlsx, type StatementOfApplicability } from "isms-kit";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import { loadIsms } from "../_lib/loadIsms";
import { formatBytes } from "../_lib/text";
import { toJson, writeFile } from "../_lib/writeOutput";

const FORMATS = ["csv", "md", "json", "xlsx"] as const;
type SoaFormat = (typeof FORMATS)[number];

/** The Statement of Applicability in one of the CLI's formats. */
export function renderSoa(soa: StatementOfApplicability, format: SoaFormat): string | Uint8Array {
  switch (format) {
    case "csv":
      return soaToCsv(soa);
    case "md":
      return soaToMarkdown(soa);
    case "json":
      return toJson(soa);
    case "xlsx":
      return soaToXlsx(soa);
  }
}

/** One line on the decisions: `95 controls: 92 applicable (91 implemented), 3 excluded, 0 undecided`. */
export function describeSoa(soa: StatementOfApplicability): string {
  const s = soa.summary;
  const problems = s.rowsWithProblems > 0 ? `; ${s.rowsWithProblems} row${s.rowsWithProblems === 1 ? "" : "s"} with problems` : "";
  return `${s.total} controls: ${s.applicable} applicable (${s.implemented} implemented, ${s.partiallyImplemented} partially), ${s.excluded} excluded, ${s.undecided} undecided${problems}`;
}

/** `--format`, else the extension of `--out`, else csv. */
function pickFormat(format: unknown, out: unknown): SoaFormat {
  if (typeof format === "string") return format as SoaFormat;
  const extension = typeof out === "string" ? /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase() : undefined;
  if (extension === "markdown") return "md";
  return FORMATS.find((f) => f === extension) ?? "csv";
}

/** `isms-kit soa <file>`: the Statement of Applicability. */
export const soa: Command = {
  name: "soa",
  description:
    "Builds the Statement of Applicability (ISO/IEC 27001:2022 6.1.3 d): one row per Annex A control — all 93, decided or not — then your own controls, each with the decision, the reasons for inclusion (declared, and derived from risk treatment and requirements), the justification, implementation status, owner, and the risks, requirements and evidence behind it. Without --format the format follows the extension of --out, else CSV. Excel (xlsx) is binary: write it with --out, or pipe it.",
  arguments: [{ name: "file", required: true, description: "the ISMS document (JSON), or - for standard input" }],
  options: [
    {
      name: "format",
      short: "f",
      type: "string",
      valueName: "<csv|md|json|xlsx>",
      choices: FORMATS,
      description: "csv (RFC 4180, formula-safe), md (Markdown), json (rows, metadata and summary) or xlsx (Excel workbook)",
    },
    { name: "out", short: "o", type: "string", valueName: "<file>", description: "write to this file instead of stdout" },
  ],
  exitCodes: [
    [EXIT.ok, "the Statement of Applicability was written"],
    [EXIT.invalid, "the file cannot be read, is not JSON or not a valid document; xlsx asked for on a terminal; bad usage"],
  ],
  examples: [
    "isms-kit soa examples/saas-company.isms.json --out soa.xlsx",
    "isms-kit soa examples/saas-company.isms.json --format md > soa.md",
  ],
  run({ args, options, io, out, data }) {
    const file = args["file"] ?? "-";
    const format = pickFormat(options["format"], options["out"]);
    const target = options["out"];
    if (format === "xlsx" && typeof target !== "string" && io.stdout.isTTY) {
      throw new CliError("soa: an xlsx workbook is binary; write it to a file with --out soa.xlsx (or pipe it)");
    }
    const statement = buildStatementOfApplicability(loadIsms(file, io));
    const content = renderSoa(statement, format);
    if (typeof target === "string") {
      out(`wrote ${target} (${formatBytes(writeFile(target, content, io))}): ${describeSoa(statement)}\n`);
    } else {
      data(content);
    }
    return EXIT.ok;
  },
};
