import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { issue } from "../core/issue";
import { readCsv } from "./_lib/readCsv";
import { readXlsx, WorkbookProblem } from "./_lib/readXlsx";
import { SpreadsheetError } from "./SpreadsheetError";

/**
 * A spreadsheet to import: CSV text, or the bytes of a CSV file (UTF-8) or of an Excel workbook
 * (.xlsx), told apart by their first bytes.
 *
 * @category Interop
 * @example
 * ```ts
 * const input: SpreadsheetInput = "Control,Applicable\nA.5.1,Yes\n";
 * ```
 */
export type SpreadsheetInput = string | Uint8Array;

/**
 * A spreadsheet read: its sheets, each with its name and its rows of cell texts. A CSV is one sheet
 * named "CSV".
 *
 * @category Interop
 * @example
 * ```ts
 * const table: Spreadsheet = readSpreadsheet("a,b\n1,2\n");
 * table.sheets[0]?.rows
 * //=> [["a", "b"], ["1", "2"]]
 * ```
 */
export interface Spreadsheet {
  readonly format: "csv" | "xlsx";
  readonly sheets: readonly { readonly name: string; readonly rows: readonly (readonly string[])[] }[];
}

/**
 * Options of {@link readSpreadsheet}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: ReadSpreadsheetOptions = { delimiter: ";" };
 * ```
 */
export interface ReadSpreadsheetOptions {
  /** The CSV field separator; detected from the first line (`,`, `;` or tab) when left out. */
  readonly delimiter?: string;
}

/** The largest spreadsheet read: 64 MB, far above any register or SoA. */
const MAX_BYTES = 64_000_000;

/**
 * Reads a CSV text or an Excel workbook into rows of cell texts, the way the imports see it: every
 * cell as text (dates in a date format as `YYYY-MM-DD`, booleans as TRUE/FALSE). The XLSX reader is
 * isms-kit's own, on the fflate unzip the XLSX writer already uses (no spreadsheet library in the
 * bundle); it reads values, not formatting or formulas (a formula's last computed value is used).
 *
 * @param input - CSV text, or the bytes of a CSV or XLSX file
 * @param options - the CSV delimiter
 * @returns the sheets and their rows
 * @throws {@link SpreadsheetError} when the bytes are neither UTF-8 text nor a readable workbook
 * @throws {@link index!ArgumentError} when `input` is neither text nor bytes, or the delimiter is invalid
 * @category Interop
 * @example
 * ```ts
 * readSpreadsheet("Control;Applicable\r\nA.5.1;Yes\r\n").sheets[0]?.rows
 * //=> [["Control", "Applicable"], ["A.5.1", "Yes"]]
 * ```
 */
export function readSpreadsheet(input: SpreadsheetInput, options?: ReadSpreadsheetOptions): Spreadsheet {
  const given = readOptions(options, "readSpreadsheet");
  const delimiter = given.delimiter;
  if (delimiter !== undefined && (typeof delimiter !== "string" || [...delimiter].length !== 1 || /["\r\n]/.test(delimiter))) {
    throw argumentError("readSpreadsheet", ["options", "delimiter"], "invalid_value", `expected one character other than a double quote, CR or LF; found ${describeValue(delimiter)}`);
  }
  if (typeof input === "string") return { format: "csv", sheets: [{ name: "CSV", rows: readCsv(input, delimiter) }] };
  if (!(input instanceof Uint8Array)) {
    throw argumentError("readSpreadsheet", ["input"], "invalid_type", `expected CSV text or the bytes of a CSV or XLSX file; found ${describeValue(input)}`);
  }
  const fail = (code: "unreadable" | "invalid_workbook", message: string) => new SpreadsheetError("Unreadable spreadsheet", [issue([], code, message)]);
  if (input.byteLength > MAX_BYTES) throw fail("unreadable", `the file has ${input.byteLength} bytes; at most ${MAX_BYTES} are read`);
  if (input[0] === 0x50 && input[1] === 0x4b) {
    try {
      return { format: "xlsx", sheets: readXlsx(input) };
    } catch (error) {
      if (error instanceof WorkbookProblem) throw fail("invalid_workbook", error.message);
      throw error;
    }
  }
  if (input[0] === 0xd0 && input[1] === 0xcf) throw fail("unreadable", "an old Excel .xls workbook; save it as .xlsx or .csv");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    throw fail("unreadable", "neither an Excel workbook (.xlsx) nor UTF-8 text; save it as .xlsx, or as CSV in UTF-8");
  }
  return { format: "csv", sheets: [{ name: "CSV", rows: readCsv(text, delimiter) }] };
}
