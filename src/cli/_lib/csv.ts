const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a double quote, CR or LF, its quotes
 * doubled; and, like `soaToCsv`, a leading `'` when it starts like a spreadsheet formula.
 */
export function csvField(value: string | number | boolean | undefined | null): string {
  let text = value === undefined || value === null ? "" : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: a header row and the rows, each record ending with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  return [header, ...rows].map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
