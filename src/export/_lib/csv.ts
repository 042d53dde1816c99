/** A cell that starts like a spreadsheet formula (CSV injection): `=`, `+`, `-`, `@`, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** How a CSV is written: the field separator, and whether text cells that start like a formula are defused. */
export interface CsvFormat {
  readonly delimiter: string;
  readonly formulaSafe: boolean;
}

/** RFC 4180 with a comma, formula-safe: what every CSV of isms-kit is unless its options say otherwise. */
export const DEFAULT_CSV_FORMAT: CsvFormat = { delimiter: ",", formulaSafe: true };

/** A CSV cell: text, a number, a yes/no, or empty. */
export type CsvCell = string | number | boolean | undefined | null;

/**
 * One CSV field (RFC 4180): quoted when it holds the delimiter, a double quote, CR or LF, its quotes
 * doubled; with `formulaSafe`, a text that starts like a spreadsheet formula gets a leading `'` so a
 * spreadsheet shows it instead of running it. The one CSV writer of isms-kit.
 */
export function csvField(value: CsvCell, format: CsvFormat = DEFAULT_CSV_FORMAT): string {
  let text = value === undefined || value === null ? "" : String(value);
  if (format.formulaSafe && typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return text.includes(format.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, ending with CRLF. */
export function csvRecord(cells: readonly CsvCell[], format: CsvFormat = DEFAULT_CSV_FORMAT): string {
  return `${cells.map((cell) => csvField(cell, format)).join(format.delimiter)}\r\n`;
}

/** CSV text: a header record and the records. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], format: CsvFormat = DEFAULT_CSV_FORMAT): string {
  return [header, ...rows].map((row) => csvRecord(row, format)).join("");
}
