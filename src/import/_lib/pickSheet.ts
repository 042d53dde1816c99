import { issue } from "../../core/issue";
import { didYouMeanHint } from "../../core/didYouMean";
import type { Spreadsheet } from "../readSpreadsheet";
import { SpreadsheetError } from "../SpreadsheetError";
import { describeValue } from "../../core/describeValue";

/**
 * The sheet to import: the one named, else the first whose header `map` recognises (a workbook's
 * first sheet may be a cover page). The error of the first sheet is thrown when none is recognised.
 */
export function pickSheet<M>(
  spreadsheet: Spreadsheet,
  name: string | undefined,
  map: (rows: readonly (readonly string[])[]) => M,
  fn: string,
): { sheet: Spreadsheet["sheets"][number]; mapping: M } {
  if (name !== undefined && typeof name !== "string") {
    throw new SpreadsheetError(`Invalid arguments to ${fn}`, [issue(["options", "sheet"], "unknown_sheet", `expected the name of a sheet; found ${describeValue(name)}`)]);
  }
  if (name !== undefined) {
    const sheet = spreadsheet.sheets.find((s) => s.name === name);
    if (!sheet) {
      const names = spreadsheet.sheets.map((s) => s.name);
      throw new SpreadsheetError(`Invalid arguments to ${fn}`, [
        issue(["options", "sheet"], "unknown_sheet", `no sheet ${JSON.stringify(name)}${didYouMeanHint(name, names)} (sheets: ${names.map((n) => JSON.stringify(n)).join(", ")})`),
      ]);
    }
    return { sheet, mapping: map(sheet.rows) };
  }
  let firstError: unknown;
  for (const sheet of spreadsheet.sheets) {
    try {
      return { sheet, mapping: map(sheet.rows) };
    } catch (error) {
      if (!(error instanceof SpreadsheetError)) throw error;
      firstError ??= error;
    }
  }
  throw firstError;
}
