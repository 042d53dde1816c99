import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { safeParseIsms } from "isms-kit";
import {
  importRiskRegister,
  importStatementOfApplicability,
  mergeIsmsFragment,
  type IsmsFragment,
  type RiskRegisterImportField,
  type SoaImportField,
  type SpreadsheetImport,
} from "isms-kit/import";
import { IsmsSourceError, locateIssues, readIsmsSources, writeIsmsSources, type IsmsSources, type SourceFormat } from "isms-kit/source";
import { CliError, EXIT } from "../_lib/CliError";
import type { Command } from "../_lib/Command";
import type { CliIo } from "../_lib/CliIo";
import { invalidDocument, unreadableDocument } from "../_lib/loadIsms";
import { readIsmsFiles } from "../_lib/readIsmsFiles";
import { describeFileError } from "../_lib/readInput";
import type { Style } from "../_lib/style";
import { definitionList, formatBytes, plural } from "../_lib/text";
import { toJson, writeFile } from "../_lib/writeOutput";

const KINDS = ["soa", "risks"] as const;

/** The bytes of a spreadsheet file; `-` reads CSV text from standard input. */
function readSpreadsheetFile(path: string, io: Parameters<Command["run"]>[0]["io"]): string | Uint8Array {
  if (path === "-") return io.readStdin();
  try {
    return new Uint8Array(readFileSync(resolve(io.cwd, path)));
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${describeFileError(error)}`);
  }
}

/** The ISMS to merge into, as written, with its source map. */
function readSources(path: string, io: CliIo): IsmsSources {
  try {
    return readIsmsSources(readIsmsFiles(path, io).files);
  } catch (error) {
    if (error instanceof IsmsSourceError) throw unreadableDocument(path, error.issues);
    throw error;
  }
}

/** The ISMS to merge into, validated (its people, assets and risk method are used to read the sheet). */
function parsed(path: string, sources: IsmsSources) {
  const result = safeParseIsms(sources.input);
  if (!result.success) throw invalidDocument(path, locateIssues(result.error.issues, sources.sourceMap));
  return { isms: result.data };
}

/** `field=header` options as the `columns` option of an import. */
function readColumns(values: unknown): Record<string, string | null> {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  const columns: Record<string, string | null> = {};
  for (const value of list as string[]) {
    const at = value.indexOf("=");
    if (at <= 0) throw new CliError(`import: --column takes field=header (e.g. --column controlId="Annex A ref", or --column notes= to leave a field out); found "${value}"`);
    const header = value.slice(at + 1).trim();
    columns[value.slice(0, at).trim()] = header === "" ? null : header;
  }
  return columns;
}

/** The dry-run report: what was read, how each column was mapped, and every problem by row and column. */
export function importReport(file: string, result: SpreadsheetImport<unknown>, style: Style, width: number): string {
  const { rows } = result;
  const lines = [
    style("bold", `${file}, sheet "${result.sheet}", header on row ${result.headerRow}: ${plural(rows.read, "row")} read, ${rows.imported} imported, ${rows.skipped} left out`),
    "",
    style("bold", "Columns:"),
    ...definitionList(
      result.columns.map((c): [string, string] => [
        `${c.column}  ${c.header || "(no header)"}`,
        c.field === undefined ? style("dim", `ignored: ${c.note ?? ""}`) : `→ ${c.field}${c.how === "given" ? " (given)" : ""}`,
      ]),
      Math.min(width, 120),
    ),
  ];
  const errors = result.problems.filter((p) => p.severity === "error");
  const warnings = result.problems.filter((p) => p.severity === "warning");
  for (const [title, list, colour] of [["Errors (these rows are left out)", errors, "red"], ["Warnings", warnings, "yellow"]] as const) {
    if (list.length === 0) continue;
    lines.push("", style(["bold", colour], `${title} (${list.length}):`));
    for (const p of list) lines.push(`  row ${p.row}${p.column ? `, ${p.column}` : ""}${p.header ? ` (${p.header})` : ""}: ${p.message}`);
  }
  if (result.problems.length === 0) lines.push("", style("green", "No problems: every row can be imported."));
  return `${lines.join("\n")}\n`;
}

/** `isms-kit import <kind> <file>`: an SoA or a risk register from a spreadsheet. */
export const importCommand: Command = {
  name: "import",
  description:
    "Imports a Statement of Applicability (soa) or a risk register (risks) from a spreadsheet — CSV or Excel (.xlsx), in the shape isms-kit writes or the shapes popular ISO 27001 templates use. The columns are found from their headers and can be named with --column; every bad row and cell is reported at once. --dry-run prints only that report. Without --into the result is a document fragment ({ controls } or { risks, people, assets, threats, vulnerabilities }) printed as YAML or JSON; with --into the fragment is merged into that ISMS (records with the same id updated field by field, new ones added), the result validated, and the changed files written back. Nothing is written while a row has an error.",
  arguments: [
    { name: "kind", required: true, description: "what the spreadsheet holds", choices: KINDS },
    { name: "file", required: true, description: "the spreadsheet: a .csv or .xlsx file (- reads CSV from standard input)" },
  ],
  options: [
    { name: "into", short: "i", type: "string", valueName: "<isms>", description: "the ISMS to merge into and write back (a file or a folder); its people, assets and risk method are used to read the sheet" },
    { name: "dry-run", short: "n", type: "boolean", description: "print the report (sheet, header row, column mapping, every problem) and write nothing" },
    { name: "out", short: "o", type: "string", valueName: "<file>", description: "write the fragment to this file instead of stdout (without --into)" },
    { name: "format", short: "f", type: "string", valueName: "<yaml|json>", choices: ["yaml", "json"], description: "the fragment's format (default yaml; json for a .json --out)" },
    { name: "sheet", type: "string", valueName: "<name>", description: "the sheet of a workbook to read (default: the first whose header is recognised)" },
    { name: "column", short: "c", type: "string", multiple: true, valueName: "<field=header>", description: "read a field from this column: a header or a column letter; field= leaves the field out" },
    { name: "method", short: "m", type: "string", valueName: "<preset>", description: "risks: the risk method the ratings are on (default: the --into document's, else 5x5)" },
    { name: "delimiter", type: "string", valueName: "<char>", description: "the CSV field separator (default: detected from the first line: comma, semicolon or tab)" },
  ],
  exitCodes: [
    [EXIT.ok, "every row was imported (or, with --dry-run, can be)"],
    [EXIT.nonconformities, "some rows have errors (listed); nothing was written"],
    [EXIT.invalid, "the file cannot be read, no header is recognised, the merged ISMS would be invalid, or bad usage"],
  ],
  examples: [
    "isms-kit import soa soa.xlsx --dry-run",
    "isms-kit import soa soa.xlsx --into . ",
    "isms-kit import risks register.csv --method 4x4 --column title='Risk scenario' --out risks.yaml",
  ],
  run({ args, options, io, out, style, width }) {
    const kind = args["kind"] as (typeof KINDS)[number];
    const file = args["file"] ?? "-";
    const into = typeof options["into"] === "string" ? options["into"] : undefined;
    const sources = into === undefined ? undefined : readSources(into, io);
    const loaded = sources === undefined ? undefined : parsed(into!, sources);
    const input = readSpreadsheetFile(file, io);
    const common = {
      ...(typeof options["sheet"] === "string" ? { sheet: options["sheet"] } : {}),
      ...(typeof options["delimiter"] === "string" ? { delimiter: options["delimiter"] } : {}),
      ...(loaded === undefined ? {} : { isms: loaded.isms }),
    };
    const columns = readColumns(options["column"]);
    const result: SpreadsheetImport<object> =
      kind === "soa"
        ? importStatementOfApplicability(input, { ...common, columns: columns as Partial<Record<SoaImportField, string | null>> })
        : importRiskRegister(input, {
            ...common,
            columns: columns as Partial<Record<RiskRegisterImportField, string | null>>,
            ...(typeof options["method"] === "string" ? { method: options["method"] } : {}),
          });
    const report = importReport(file === "-" ? "standard input" : file, result, style, width);
    const hasErrors = result.problems.some((p) => p.severity === "error");
    if (options["dry-run"] === true) {
      out(report);
      return hasErrors ? EXIT.nonconformities : EXIT.ok;
    }
    io.stderr.write(report);
    if (hasErrors) {
      io.stderr.write(`\nNothing was written: fix the rows above (or leave them out of the sheet), then import again.\n`);
      return EXIT.nonconformities;
    }
    const fragment = Object.fromEntries(Object.entries(result.fragment as IsmsFragment).filter(([, list]) => list.length > 0)) as IsmsFragment;
    const target = options["out"];
    const format: SourceFormat = options["format"] === "json" || (options["format"] === undefined && typeof target === "string" && target.endsWith(".json")) ? "json" : "yaml";

    if (sources === undefined || into === undefined) {
      const text = format === "json" ? toJson(fragment) : writeIsmsSources(fragment, { format: "yaml", split: false })["isms.yaml"]!;
      if (typeof target === "string") out(`wrote ${target} (${formatBytes(writeFile(target, text, io))})\n`);
      else out(text);
      return EXIT.ok;
    }
    out(mergeInto(into, sources, fragment, io));
    return EXIT.ok;
  },
};

/**
 * Merges a fragment into the ISMS as written (not as parsed, so no defaults are added), validates the
 * result, and writes back the files that hold the collections concerned: a collection's own file
 * (isms/controls.yaml), a new one beside it for a collection the ISMS does not have yet (when the ISMS
 * is a folder), else the root file. Returns what was written.
 */
function mergeInto(into: string, sources: IsmsSources, fragment: IsmsFragment, io: CliIo): string {
  const { input, sourceMap } = sources;
  const merged = mergeIsmsFragment(input as object, fragment) as Record<string, unknown>;
  const checked = safeParseIsms(merged);
  if (!checked.success) throw invalidDocument(`${into} with the import merged`, locateIssues(checked.error.issues, sourceMap));
  const root = sourceMap.files[0]!;
  const folder = `${root.slice(0, Math.max(root.lastIndexOf("/"), root.lastIndexOf("\\")) + 1)}isms/`;
  const partOf = new Map([...sourceMap.parts].filter(([, pointer]) => pointer !== "").map(([name, pointer]) => [pointer.slice(1), name]));
  const isFolder = partOf.size > 0 || /^isms\.(ya?ml|json)$/i.test(root.slice(root.lastIndexOf("/") + 1));
  const render = (name: string, value: unknown) => (/\.json$/i.test(name) ? toJson(value) : writeIsmsSources({ v: value }, { split: ["v"] })["isms/v.yaml"]!);
  const written: string[] = [];
  let rootChanged = false;
  for (const key of Object.keys(fragment)) {
    const own = partOf.get(key) ?? (isFolder && !Object.hasOwn(input as object, key) ? `${folder}${key}.${/\.json$/i.test(root) ? "json" : "yaml"}` : undefined);
    if (own === undefined) {
      rootChanged = true;
      continue;
    }
    writeFile(own, render(own, merged[key]), io);
    written.push(own);
  }
  if (rootChanged) {
    const whole = Object.fromEntries(Object.entries(merged).filter(([key]) => !partOf.has(key) && !written.some((name) => name.startsWith(folder) && name.slice(folder.length).replace(/\.[^.]+$/, "") === key)));
    writeFile(root, /\.json$/i.test(root) ? toJson(whole) : writeIsmsSources(whole, { split: false })["isms.yaml"]!, io);
    written.push(`${root}${/\.json$/i.test(root) ? "" : " (its YAML comments are not kept)"}`);
  }
  return `merged into ${into}: wrote ${written.join(", ")}\n`;
}
