import { safeParseIsms } from "isms-kit";
import {
  importCycloneDx,
  importRecords,
  importRiskRegister,
  importSarif,
  importStatementOfApplicability,
  mergeIsmsFragment,
  operationalRecordKinds,
  type IsmsFragment,
  type OperationalRecordKind,
  type RecordFormat,
  type RecordImport,
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
import { readBytes } from "../_lib/readInput";
import type { Style } from "../_lib/style";
import { toTerminal } from "../_lib/terminalText";
import { definitionList, formatBytes } from "../_lib/text";
import { toJson, writeFile } from "../_lib/writeOutput";

/** A record kind as the command line names it: `access-events` for `accessEvents`. */
const kebab = (kind: string) => kind.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const RECORD_KINDS = new Map<string, OperationalRecordKind>(operationalRecordKinds.map((k) => [kebab(k.kind), k.kind]));
const KINDS = ["soa", "risks", ...RECORD_KINDS.keys()] as const;
const INPUT_FORMATS = ["csv", "xlsx", "jsonl", "sarif", "cyclonedx"] as const;
type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format of an input file: as given, else from its name, else from its first bytes (SARIF and CycloneDX by their marks). */
function inputFormat(given: unknown, file: string, input: string | Uint8Array): InputFormat | undefined {
  if (typeof given === "string") return given as InputFormat;
  const name = file.toLowerCase();
  if (/\.sarif(\.json)?$/.test(name)) return "sarif";
  if (/\.(cdx|bom)\.json$/.test(name)) return "cyclonedx";
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  const head = (typeof input === "string" ? input.slice(0, 4096) : new TextDecoder().decode(input.subarray(0, 4096))).replace(/^\uFEFF/, "");
  if (/^\s*\{/.test(head) && /"bomFormat"\s*:\s*"CycloneDX"/.test(head)) return "cyclonedx";
  if (/^\s*\{/.test(head) && /"runs"\s*:/.test(head) && /"version"\s*:\s*"2\.1\.0"/.test(head)) return "sarif";
  return undefined;
}

/** The bytes of a spreadsheet file; `-` reads CSV text from standard input (a device or too much input is a CliError, as for any file). */
function readSpreadsheetFile(path: string, io: Parameters<Command["run"]>[0]["io"]): string | Uint8Array {
  return readBytes(path, io);
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

/** Text from the file (a header, a sheet's name, a message quoting a cell) kept on its line, with every control character shown as an escape. */
const fromFile = (text: string) => toTerminal(text, { lineBreaks: false });

/** The dry-run report: what was read, how each column was mapped, and every problem by row and column. */
export function importReport(file: string, result: SpreadsheetImport<unknown> | RecordImport, style: Style, width: number): string {
  const { rows } = result;
  const format = "format" in result ? result.format : "csv";
  const allOrNothing = "ok" in result;
  const unit = format === "jsonl" ? "line" : format === "sarif" ? "result" : format === "cyclonedx" ? "vulnerability" : "row";
  const units = unit === "vulnerability" ? "vulnerabilities" : `${unit}s`;
  const sheet = fromFile(result.sheet);
  const source = format === "jsonl" || format === "sarif" || format === "cyclonedx" ? `${file}, ${sheet}` : `${file}, sheet "${sheet}", header on row ${result.headerRow}`;
  const counts = allOrNothing && !result.ok ? `${rows.read} ${rows.read === 1 ? unit : units} read, nothing imported` : `${rows.read} ${rows.read === 1 ? unit : units} read, ${rows.imported} imported, ${rows.skipped} left out`;
  const lines = [style("bold", `${source}: ${counts}`)];
  if (result.columns.length > 0) {
    lines.push(
      "",
      style("bold", "Columns:"),
      ...definitionList(
        result.columns.map((c): [string, string] => [
          `${c.column}  ${fromFile(c.header) || "(no header)"}`,
          c.field === undefined ? style("dim", `ignored: ${c.note ?? ""}`) : `→ ${c.field}${c.how === "given" ? " (given)" : ""}`,
        ]),
        Math.min(width, 120),
      ),
    );
  }
  const errors = result.problems.filter((p) => p.severity === "error");
  const warnings = result.problems.filter((p) => p.severity === "warning");
  const errorTitle = allOrNothing ? "Errors (nothing is imported until every one is fixed)" : "Errors (these rows are left out)";
  for (const [title, list, colour] of [[errorTitle, errors, "red"], ["Warnings", warnings, "yellow"]] as const) {
    if (list.length === 0) continue;
    lines.push("", style(["bold", colour], `${title} (${list.length}):`));
    for (const p of list) {
      const where = p.row > 0 ? `${unit} ${p.row}${p.column ? `, ${p.column}` : ""}${p.header ? ` (${p.header})` : ""}` : "";
      const field = p.column === undefined && p.field !== undefined ? `${where === "" ? "" : ", "}${p.field}` : "";
      lines.push(fromFile(`  ${where}${field}: ${p.message}`));
    }
  }
  if (result.problems.length === 0) lines.push("", style("green", `No problems: every ${unit} can be imported.`));
  return `${lines.join("\n")}\n`;
}

/** `isms-kit import <kind> <file>`: an SoA, a risk register or operational records from a spreadsheet, JSON lines or a scan. */
export const importCommand: Command = {
  name: "import",
  description:
    "Imports a Statement of Applicability (soa), a risk register (risks), or operational records in bulk — incidents, vulnerabilities, accounts, access-events, access-reviews, log-reviews, restore-tests and every other kind listed below — from a spreadsheet (CSV or Excel .xlsx), from JSON lines (.jsonl, one record a line as the document writes it), or, for vulnerabilities, from a code scan in SARIF 2.1.0 (.sarif) or the vulnerabilities of a CycloneDX BOM (.cdx.json). The columns are found from their headers and can be named with --column; every bad row and cell is reported at once. --dry-run prints only that report. Without --into the result is a document fragment printed as YAML or JSON; with --into the fragment is merged into that ISMS (records with the same id updated field by field, new ones added; log reviews, notifications, compliance results, security tests, attestations and threat-intelligence actions added to the record they belong to, which needs --into), the result validated, and the changed files written back. Nothing is written while a row has an error; operational records are imported all or nothing.",
  arguments: [
    { name: "kind", required: true, description: "what the file holds", choices: KINDS },
    { name: "file", required: true, description: "the file: .csv, .xlsx, .jsonl, .sarif or .cdx.json (- reads CSV or JSON lines from standard input)" },
  ],
  options: [
    { name: "into", short: "i", type: "string", valueName: "<isms>", description: "the ISMS to merge into and write back (a file or a folder); its people, systems, assets and risk method are used to read the file, and references are checked against it" },
    { name: "dry-run", short: "n", type: "boolean", description: "print the report (sheet, header row, column mapping, every problem) and write nothing" },
    { name: "out", short: "o", type: "string", valueName: "<file>", description: "write the fragment to this file instead of stdout (without --into)" },
    { name: "format", short: "f", type: "string", valueName: "<yaml|json>", choices: ["yaml", "json"], description: "the fragment's format (default yaml; json for a .json --out)" },
    { name: "input-format", type: "string", valueName: "<format>", choices: INPUT_FORMATS, description: "the file's format: csv, xlsx, jsonl, sarif or cyclonedx (default: from its name and first bytes)" },
    { name: "sheet", type: "string", valueName: "<name>", description: "the sheet of a workbook to read (default: the first whose header is recognised)" },
    { name: "column", short: "c", type: "string", multiple: true, valueName: "<field=header>", description: "read a field from this column: a header or a column letter; field= leaves the field out (nested fields dotted: cvss.score=\"CVSS v3\")" },
    { name: "method", short: "m", type: "string", valueName: "<preset>", description: "risks: the risk method the ratings are on (default: the --into document's, else 5x5)" },
    { name: "delimiter", type: "string", valueName: "<char>", description: "the CSV field separator (default: detected from the first line: comma, semicolon or tab)" },
    { name: "asset", type: "string", multiple: true, valueName: "<id>", description: "sarif, cyclonedx: link every vulnerability found to this asset (repeat for more)" },
    { name: "risk", type: "string", multiple: true, valueName: "<id>", description: "sarif, cyclonedx: link every vulnerability found to this risk (repeat for more)" },
    { name: "discovered-on", type: "string", valueName: "<YYYY-MM-DD>", description: "sarif, cyclonedx: the day the scan found them (default: the scan's date in the file)" },
    { name: "all-results", type: "boolean", description: "sarif: import the results of every rule, not only of security rules" },
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
    "isms-kit import accounts okta-users.csv --into . --dry-run",
    "isms-kit import log-reviews reviews.jsonl --into .",
    "isms-kit import vulnerabilities codeql.sarif --asset a-portal --into .",
    "isms-kit import vulnerabilities trivy.cdx.json --asset a-api --discovered-on 2026-11-03 --into .",
  ],
  run({ args, options, io, out, style, width }) {
    const kind = args["kind"] as (typeof KINDS)[number];
    const file = args["file"] ?? "-";
    const into = typeof options["into"] === "string" ? options["into"] : undefined;
    const sources = into === undefined ? undefined : readSources(into, io);
    const loaded = sources === undefined ? undefined : parsed(into!, sources);
    const input = readSpreadsheetFile(file, io);
    const recordKind = RECORD_KINDS.get(kind);
    const format = inputFormat(options["input-format"], file, input);
    const many = (name: string) => (options[name] === undefined ? undefined : [options[name]].flat().map(String));
    if (recordKind === undefined && format !== undefined && format !== "csv" && format !== "xlsx") {
      throw new CliError(`import: ${kind} is read from a spreadsheet (CSV or .xlsx); found ${format}`);
    }
    if ((format === "sarif" || format === "cyclonedx") && recordKind !== "vulnerabilities") {
      throw new CliError(`import: a ${format === "sarif" ? "SARIF log" : "CycloneDX BOM"} holds vulnerabilities: 'isms-kit import vulnerabilities ${file}'`);
    }
    if (recordKind !== undefined && operationalRecordKinds.find((k) => k.kind === recordKind)?.parent !== undefined && sources === undefined) {
      const info = operationalRecordKinds.find((k) => k.kind === recordKind)!;
      throw new CliError(`import: ${kind} are kept in their ${info.parent!.noun}: give the ISMS they go into with --into`);
    }
    const common = {
      ...(typeof options["sheet"] === "string" ? { sheet: options["sheet"] } : {}),
      ...(typeof options["delimiter"] === "string" ? { delimiter: options["delimiter"] } : {}),
      ...(loaded === undefined ? {} : { isms: loaded.isms }),
    };
    const columns = readColumns(options["column"]);
    let result: SpreadsheetImport<object>;
    if (format === "sarif" || format === "cyclonedx") {
      const scan = {
        ...(many("asset") === undefined ? {} : { assetIds: many("asset")! }),
        ...(many("risk") === undefined ? {} : { riskIds: many("risk")! }),
        ...(typeof options["discovered-on"] === "string" ? { identifiedOn: options["discovered-on"] } : {}),
        ...(options["all-results"] === true ? { allResults: true } : {}),
        ...(sources === undefined ? {} : { isms: sources.input as object }),
      };
      result = format === "sarif" ? importSarif(input, scan) : importCycloneDx(input, scan);
    } else if (recordKind !== undefined) {
      result = importRecords(recordKind, input, {
        ...common,
        ...(sources === undefined ? {} : { isms: sources.input as object }),
        ...(format === undefined ? {} : { format: format as RecordFormat }),
        columns,
      });
    } else {
      result =
        kind === "soa"
          ? importStatementOfApplicability(input, { ...common, columns: columns as Partial<Record<SoaImportField, string | null>> })
          : importRiskRegister(input, {
              ...common,
              columns: columns as Partial<Record<RiskRegisterImportField, string | null>>,
              ...(typeof options["method"] === "string" ? { method: options["method"] } : {}),
            });
    }
    const report = importReport(file === "-" ? "standard input" : file, result, style, width);
    const hasErrors = result.problems.some((p) => p.severity === "error");
    if (options["dry-run"] === true) {
      out(report);
      return hasErrors ? EXIT.nonconformities : EXIT.ok;
    }
    io.stderr.write(toTerminal(report, { lineBreaks: true }));
    if (hasErrors) {
      io.stderr.write(`\nNothing was written: fix the ${recordKind === undefined ? "rows above (or leave them out of the sheet)" : "problems above"}, then import again.\n`);
      return EXIT.nonconformities;
    }
    const fragment = Object.fromEntries(Object.entries(result.fragment as IsmsFragment).filter(([, list]) => list.length > 0)) as IsmsFragment;
    const target = options["out"];
    const outFormat: SourceFormat = options["format"] === "json" || (options["format"] === undefined && typeof target === "string" && target.endsWith(".json")) ? "json" : "yaml";

    if (sources === undefined || into === undefined) {
      const text = outFormat === "json" ? toJson(fragment) : writeIsmsSources(fragment, { format: "yaml", split: false })["isms.yaml"]!;
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
  for (const key of new Set(Object.keys(fragment).map((k) => k.split("/")[0]!))) {
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
