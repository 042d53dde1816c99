import { csvRecord } from "./_lib/csv";
import { metadataLines } from "./_lib/soaCells";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import type { SoaColumn } from "./SoaColumn";
import { tableOf } from "./soaToTable";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";

/**
 * Options for {@link soaToCsv}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: SoaToCsvOptions = { bom: true, delimiter: ";", metadata: true };
 * ```
 */
export interface SoaToCsvOptions {
  /** The columns, in order; {@link defaultSoaColumns} when left out. */
  readonly columns?: readonly SoaColumn[];
  /** Start with a UTF-8 byte order mark, so Excel reads accents and other non-ASCII text right. Off by default. */
  readonly bom?: boolean;
  /** The field separator: `","` (default), or `";"` for Excel in locales with a decimal comma, or `"\t"`. */
  readonly delimiter?: string;
  /** Write the metadata (title, organisation, version, date, approver) as label–value lines and an empty line before the header. Off by default. */
  readonly metadata?: boolean;
  /**
   * Guard against CSV (formula) injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a
   * carriage return gets a leading `'`, so a spreadsheet program shows it as text instead of
   * running it as a formula. On by default; `false` writes cells exactly as they are.
   */
  readonly formulaSafe?: boolean;
}

/**
 * Writes a Statement of Applicability as CSV (RFC 4180): a header row, then one record per row of
 * {@link soaToTable}; records end with CRLF; a field that contains the delimiter, a double quote, a
 * CR or an LF is put in double quotes, with its double quotes doubled. Line breaks in
 * justifications stay inside their quoted field, so the file opens correctly in spreadsheet
 * programs. Optionally starts with a byte order mark and the metadata lines.
 *
 * **CSV injection**: by default a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
 * return is written with a leading `'` so spreadsheet programs do not run it as a formula
 * (`-based on the risk assessment` becomes `'-based on the risk assessment`). Pass
 * `formulaSafe: false` when the file is read by a program, not a person.
 *
 * @param soa - from {@link buildStatementOfApplicability}
 * @param options - `columns`, `bom`, `delimiter`, `metadata`, `formulaSafe`
 * @returns the CSV text
 * @throws {@link ArgumentError} when `soa` is not a Statement of Applicability, for an unknown column,
 *   or a delimiter that is not one character other than a double quote, CR or LF
 * @category Treatment
 * @example
 * ```ts
 * const soa = buildStatementOfApplicability(parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   controls: [{ id: "7.1", applicable: false, justification: 'No premises; "flex" desks only' }],
 * }));
 * const csv = soaToCsv(soa, { columns: ["controlId", "applicable", "justification"] });
 * csv.split("\r\n").slice(0, 3)
 * //=> ["Control,Applicable,Justification", "5.1,Not decided,", "5.2,Not decided,"]
 * csv.split("\r\n").find((line) => line.startsWith("7.1,"))
 * //=> '7.1,No,"No premises; ""flex"" desks only"'
 * soaToCsv(soa, { columns: ["controlId"], bom: true }).startsWith("\uFEFFControl\r\n5.1\r\n")
 * //=> true
 * ```
 */
export function soaToCsv(soa: StatementOfApplicability, options?: SoaToCsvOptions): string {
  const given = readOptions(options, "soaToCsv");
  const delimiter = given.delimiter ?? ",";
  if (typeof delimiter !== "string" || [...delimiter].length !== 1 || /["\r\n]/.test(delimiter)) {
    throw argumentError("soaToCsv", ["options", "delimiter"], "invalid_value", `expected one character other than a double quote, CR or LF; found ${describeValue(delimiter)}`);
  }
  const formulaSafe = given.formulaSafe !== false;
  const table = tableOf(soa, given.columns, "soaToCsv");

  const format = { delimiter, formulaSafe };
  const record = (cells: readonly string[]) => csvRecord(cells, format);

  let out = given.bom === true ? "\uFEFF" : "";
  if (given.metadata === true) {
    for (const line of metadataLines(soa)) out += record(line);
    out += "\r\n";
  }
  out += record(table.header);
  for (const row of table.rows) out += record(row);
  return out;
}
