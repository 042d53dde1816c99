import { argumentError, readOptions } from "../core/arguments";
import { describeValue, listValues } from "../core/describeValue";
import { didYouMeanHint } from "../core/didYouMean";
import { issue } from "../core/issue";
import { formatJsonPath, type JsonPath } from "../core/jsonPointer";
import { cellText } from "./_lib/cells";
import { cellValue } from "./_lib/cellValue";
import { columnLetter, mapColumns, normalizeHeader, type FieldSpec } from "./_lib/columnMapping";
import { pickSheet } from "./_lib/pickSheet";
import { finishRecordImport, type Place, type PreparedRow } from "./_lib/recordImport";
import { recordFields, type RecordField } from "./_lib/recordFields";
import { RECORD_KINDS, type RecordKindSpec } from "./_lib/recordKinds";
import type { IsmsFragment } from "./mergeIsmsFragment";
import type { OperationalRecordKind } from "./OperationalRecordKind";
import { readSpreadsheet, type SpreadsheetInput } from "./readSpreadsheet";
import { SpreadsheetError } from "./SpreadsheetError";
import type { ImportColumn, ImportProblem, SpreadsheetImport } from "./SpreadsheetImport";

/**
 * The formats {@link importRecords} reads: CSV, an Excel workbook, or JSON lines (one record a
 * line, as the document writes it). Machine formats have their own imports: {@link importSarif},
 * {@link importCycloneDx}.
 *
 * @category Interop
 * @example
 * ```ts
 * const format: RecordFormat = "jsonl";
 * ```
 */
export type RecordFormat = "csv" | "xlsx" | "jsonl";

/**
 * Options of {@link importRecords}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ImportRecordsOptions = { columns: { username: "UPN", mfa: "MFA registered" }, delimiter: ";" };
 * ```
 */
export interface ImportRecordsOptions {
  /** The input's format; detected when left out (a workbook by its bytes, JSON lines by a first `{`, else CSV). */
  readonly format?: RecordFormat;
  /** The sheet of a workbook to read; by default the first whose header the import recognises. */
  readonly sheet?: string;
  /** Columns by field (nested fields dotted: `cvss.score`), overriding what is detected: a header, a column letter, or `null` to leave the field out. */
  readonly columns?: Readonly<Record<string, string | null>>;
  /** The CSV field separator; detected when left out. */
  readonly delimiter?: string;
  /**
   * The ISMS the records go into, as written or as parsed. With it, references are checked (a row
   * naming a system the ISMS lacks is an error), names and e-mail addresses are read as the ids of
   * the records (people, systems, assets …) that have them, rows update the records with their ids,
   * and records kept inside another (log reviews, notifications …) are added to it — which needs it.
   */
  readonly isms?: object;
}

/**
 * The result of an import of records: the fragment, the dry-run report (sheet, header row, how each
 * column was read, every problem by row and column, the counts), the kind and format read, and `ok`.
 * An import is all or nothing: while any row has an error, `ok` is false and the fragment is empty.
 *
 * @category Interop
 * @example
 * ```ts
 * const result: RecordImport = importRecords("timeSources", "Name,Reference\nCloud time,Provider NTP\n");
 * [result.ok, result.fragment]
 * //=> [true, { timeSources: [{ name: "Cloud time", reference: "Provider NTP", id: "ts-0001" }] }]
 * ```
 */
export interface RecordImport extends SpreadsheetImport<IsmsFragment> {
  readonly kind: OperationalRecordKind;
  readonly format: RecordFormat | "sarif" | "cyclonedx";
  /** No row has an error, so the fragment holds every record. */
  readonly ok: boolean;
}

const FN = "importRecords";
const KINDS = Object.keys(RECORD_KINDS) as OperationalRecordKind[];

/** The spec of a kind, or an ArgumentError naming the kinds. */
export function recordKindSpec(kind: unknown, fn: string): RecordKindSpec {
  if (typeof kind !== "string" || !Object.hasOwn(RECORD_KINDS, kind)) {
    throw argumentError(fn, ["kind"], "invalid_value", `expected a kind of operational record (${listValues(KINDS, 30)}); found ${describeValue(kind)}${typeof kind === "string" ? didYouMeanHint(kind, KINDS) : ""}`);
  }
  return RECORD_KINDS[kind as OperationalRecordKind];
}

/** The headers that name a field, best first: its own name, the kind's aliases, then its name without `Id`, `On`, `At` … */
function headersOf(field: RecordField | { name: string }, aliases: readonly string[]): string[] {
  const own = normalizeHeader(field.name);
  const out = [own, ...aliases];
  const variants: [RegExp, string[]][] = [
    [/ids$/, ["s", ""]],
    [/id$/, [""]],
    [/on$/, ["", "date"]],
    [/at$/, ["", "time", "datetime"]],
    [/minutes$/, [""]],
    [/days$/, [""]],
    [/bits$/, [""]],
  ];
  for (const [suffix, ends] of variants) {
    if (!suffix.test(own)) continue;
    const base = own.replace(suffix, "");
    if (base === "") continue;
    for (const end of ends) out.push(base + end);
    if (suffix.source === "on$") out.push(`date${base}`);
  }
  return [...new Set(out)];
}

/** The column specs of a kind: its fields (a child kind's parent first), each with its headers. */
function columnSpecs(spec: RecordKindSpec, fields: readonly RecordField[]): FieldSpec<string>[] {
  const aliases = (name: string) => (spec.aliases as Readonly<Record<string, readonly string[]>> | undefined)?.[name] ?? [];
  const specs: FieldSpec<string>[] = [];
  if (spec.child) specs.push({ field: spec.child.key, headers: headersOf({ name: spec.child.key }, aliases(spec.child.key)) });
  for (const field of fields) {
    specs.push({
      field: field.name,
      headers: headersOf(field, aliases(field.name)),
      ...(field.type.kind === "dateTime" ? { cells: /\d{1,2}:\d{2}/ } : {}),
    });
  }
  return specs;
}

function setPath(record: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let holder = record;
  for (const key of path.slice(0, -1)) {
    const next = holder[key];
    holder = (next !== null && typeof next === "object" ? next : (holder[key] = {})) as Record<string, unknown>;
  }
  holder[path[path.length - 1]!] = value;
}

function detectFormat(input: SpreadsheetInput): RecordFormat {
  if (input instanceof Uint8Array && input[0] === 0x50 && input[1] === 0x4b) return "xlsx";
  const head = typeof input === "string" ? input.slice(0, 200) : new TextDecoder().decode(input.subarray(0, 200));
  return /^\uFEFF?\s*\{/.test(head) ? "jsonl" : "csv";
}

/** The lines of JSON lines text, each a record; a line that is not a JSON object is a problem of its own. */
function readJsonLines(input: SpreadsheetInput, problems: ImportProblem[]): PreparedRow[] {
  let text: string;
  if (typeof input === "string") text = input;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw new SpreadsheetError("Unreadable JSON lines", [issue([], "unreadable", "not UTF-8 text; JSON lines are UTF-8, one JSON object a line")]);
    }
  }
  const rows: PreparedRow[] = [];
  const locate = (path: JsonPath) => ({ place: { field: formatJsonPath(path) } as Place, rest: [] as JsonPath });
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        problems.push({ row: i + 1, field: "(line)", severity: "error", code: "invalid_value", message: `not JSON: ${(error as Error).message}` });
        rows.push({ row: i + 1, record: {}, failed: new Set(["*"]), locate });
        return;
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        problems.push({ row: i + 1, field: "(line)", severity: "error", code: "invalid_value", message: `expected a JSON object (one record); found ${describeValue(value)}` });
        rows.push({ row: i + 1, record: {}, failed: new Set(["*"]), locate });
        return;
      }
      rows.push({ row: i + 1, record: value as Record<string, unknown>, failed: new Set(), locate });
    });
  return rows;
}

/**
 * Imports operational records in bulk — incidents, vulnerabilities, accounts, joiner/mover/leaver
 * events, access reviews, log sources and log reviews, backup jobs and restore tests, … (every kind of
 * {@link operationalRecordKinds}) — from CSV, an Excel workbook or JSON lines, as a fragment to merge
 * into an ISMS with {@link mergeIsmsFragment}.
 *
 * A sheet's columns are found from their headers (the field's name in any case and spacing —
 * `Identified on`, `identified_on` — its name without `Id`/`On`/`At`, or a header common in exports:
 * `CVE ID`, `First seen`, `Host`, `Last login`, `MFA enabled` …) and can be named in
 * `options.columns`; nested fields are dotted columns (`cvss.score`, `exception.expiresOn`), lists
 * are separated by commas or semicolons, lists of records (an incident's notifications) are JSON
 * cells. Cells are read for their field: dates as `YYYY-MM-DD` or `DD.MM.YYYY`, date-times with their
 * offset (`2026-03-04 09:12+01:00`; without one a time names no instant and is refused), yes/no, enum
 * values in any case (`Penetration test`). A JSON line is a record as the document writes it.
 *
 * Every problem is reported by row (line) and column (field) at once, and the import is all or
 * nothing: while any row has an error, `ok` is false and the fragment is empty. Rows without an id get
 * one (with a warning); a row whose id the ISMS has updates that record, field by field.
 *
 * @param kind - the kind of record the rows hold
 * @param input - CSV or JSON lines text, or the bytes of a CSV, JSON lines or XLSX file
 * @param options - format, sheet, column mapping, delimiter, and the ISMS the records go into
 * @returns the fragment, the report and `ok`
 * @throws {@link SpreadsheetError} when the input cannot be read at all, the sheet does not exist, or no header row is found
 * @throws {@link index!ArgumentError} for an unknown kind, field or column, an invalid option, or a kind kept inside another without `options.isms`
 * @category Interop
 * @example
 * ```ts
 * const isms = { people: [{ id: "p-ada", name: "Ada Lovelace", email: "ada@example.com" }], systems: [{ id: "sys-gh", name: "GitHub" }] };
 * const csv = "Account ID,System,User,Person,Privilege,MFA enabled,Last login\nacc-1,GitHub,ada,ada@example.com,Privileged,yes,2026-11-20\nacc-2,GitLab,bot,,standard,maybe,\n";
 * const result = importRecords("accounts", csv, { isms });
 * result.ok
 * //=> false
 * result.problems.map((p) => `row ${p.row} ${p.header}: ${p.message}`)
 * //=> ['row 3 System: no system with id "GitLab" (did you mean "GitHub", sys-gh?)', 'row 3 MFA enabled: expected yes or no (true, false, x …); found "maybe"']
 * importRecords("accounts", csv.replace("maybe", "no").replace("GitLab", "GitHub"), { isms }).fragment
 * //=> { accounts: [{ id: "acc-1", systemId: "sys-gh", username: "ada", personId: "p-ada", privilege: "privileged", mfa: true, lastUsedOn: "2026-11-20" }, { id: "acc-2", systemId: "sys-gh", username: "bot", privilege: "standard", mfa: false }] }
 * ```
 */
export function importRecords(kind: OperationalRecordKind, input: SpreadsheetInput, options?: ImportRecordsOptions): RecordImport {
  const spec = recordKindSpec(kind, FN);
  const given = readOptions(options, FN);
  const isms = given.isms;
  if (isms !== undefined && (isms === null || typeof isms !== "object" || Array.isArray(isms))) {
    throw argumentError(FN, ["options", "isms"], "invalid_type", `expected an ISMS document; found ${describeValue(isms)}`);
  }
  if (spec.child !== undefined && isms === undefined) {
    throw argumentError(FN, ["options", "isms"], "invalid_type", `${spec.noun}s are kept in their ${spec.child.noun}: give the ISMS they go into (options.isms), so that they can be added to it`);
  }
  if (given.format !== undefined && !["csv", "xlsx", "jsonl"].includes(given.format)) {
    throw argumentError(FN, ["options", "format"], "invalid_value", `expected csv, xlsx or jsonl; found ${describeValue(given.format)}`);
  }
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw argumentError(FN, ["input"], "invalid_type", `expected CSV or JSON lines text, or the bytes of a CSV, JSON lines or XLSX file; found ${describeValue(input)}`);
  }
  const format = given.format ?? detectFormat(input);
  const problems: ImportProblem[] = [];
  const fields = recordFields(spec.schema);

  let rows: PreparedRow[];
  let sheetName = "JSON lines";
  let headerRow = 0;
  let columns: ImportColumn[] = [];
  if (format === "jsonl") {
    rows = readJsonLines(input, problems);
    for (const row of rows) spec.complete?.(row.record, () => undefined);
  }
  else {
    const spreadsheet = readSpreadsheet(input, given.delimiter === undefined ? {} : { delimiter: given.delimiter });
    const specs = columnSpecs(spec, fields);
    const { sheet, mapping } = pickSheet(spreadsheet, given.sheet, (sheetRows) => mapColumns(sheetRows, specs, given.columns, {}, FN), FN);
    sheetName = sheet.name;
    headerRow = mapping.headerRow + 1;
    columns = mapping.columns;
    const header = sheet.rows[mapping.headerRow] ?? [];
    const byName = new Map<string, RecordField>(fields.map((f) => [f.name, f]));
    const order = new Map(specs.map((s, i) => [s.field, i]));
    const mapped = [...mapping.index].sort(([a], [b]) => order.get(a)! - order.get(b)!);
    const placeOf = (name: string): Place => {
      const column = mapping.index.get(name);
      return column === undefined ? { field: name } : { column: columnLetter(column), header: header[column] ?? "", field: name };
    };
    const locate = (path: JsonPath) => {
      for (let n = path.length; n > 0; n--) {
        const name = path.slice(0, n).join(".");
        if (mapping.index.has(name)) return { place: placeOf(name), rest: path.slice(n) };
      }
      const strings = path.findIndex((segment) => typeof segment === "number");
      return { place: { field: formatJsonPath(strings < 0 ? path : path.slice(0, strings)) }, rest: strings < 0 ? [] : path.slice(strings) };
    };
    rows = [];
    for (let r = mapping.headerRow + 1; r < sheet.rows.length; r++) {
      const cells = sheet.rows[r] ?? [];
      if (mapped.every(([, c]) => cellText(cells[c]) === "")) continue;
      const record: Record<string, unknown> = {};
      const failed = new Set<string>();
      for (const [name, column] of mapped) {
        const field = byName.get(name);
        const text = cellText(cells[column]);
        const read = cellValue(text, field?.type ?? { kind: "text" });
        if ("error" in read) {
          failed.add(name);
          const place = placeOf(name);
          problems.push({ row: r + 1, column: place.column!, header: place.header!, field: name, severity: "error", code: "invalid_value", message: read.error });
        } else if ("value" in read) setPath(record, field?.path ?? [name], read.value);
      }
      spec.complete?.(record, (name) => (mapping.index.has(name) ? header[mapping.index.get(name)!] : undefined));
      rows.push({ row: r + 1, record, failed, locate });
    }
  }

  const result = finishRecordImport(spec, rows, isms as Record<string, unknown> | undefined, problems);
  const sheetImport = format !== "jsonl";
  const sorted = [...result.problems]
    .map((p) =>
      sheetImport && p.code === "missing_value" && p.column === undefined && p.field !== undefined && p.field !== "id"
        ? { ...p, message: `${p.message}; no column holds ${p.field} (name one with columns: { "${p.field}": "…" })` }
        : p,
    )
    .sort((a, b) => a.row - b.row || (a.column ?? "").localeCompare(b.column ?? ""));
  return {
    kind,
    format,
    ok: result.ok,
    fragment: result.fragment,
    sheet: sheetName,
    headerRow,
    columns,
    problems: sorted,
    rows: { read: rows.length, imported: result.imported, skipped: rows.length - result.imported },
  };
}
