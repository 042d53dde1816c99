import { IsmsKitError, type IsmsKitIssue } from "../core/IsmsKitError";

/**
 * What kind of problem a {@link SpreadsheetIssue} reports: bytes that are neither CSV text nor an
 * Excel workbook (`unreadable`), a workbook whose parts are missing or too large (`invalid_workbook`),
 * a sheet that does not exist (`unknown_sheet`), or no row that looks like a header (`no_header`).
 *
 * @category Errors
 * @example
 * ```ts
 * const code: SpreadsheetIssueCode = "unknown_sheet";
 * ```
 */
export type SpreadsheetIssueCode = "unreadable" | "invalid_workbook" | "unknown_sheet" | "no_header";

/**
 * One problem with a spreadsheet as a whole.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: SpreadsheetIssue = { path: ["sheet"], pointer: "/sheet", code: "unknown_sheet", message: 'no sheet "SoA" (sheets: "Sheet1")' };
 * ```
 */
export type SpreadsheetIssue = IsmsKitIssue<SpreadsheetIssueCode>;

/**
 * Thrown when a spreadsheet cannot be read at all — not CSV, a damaged workbook, an unknown sheet, no
 * header row. Problems with single rows and cells are not thrown: the import reports them, every one.
 *
 * @category Errors
 * @example
 * ```ts
 * let codes: string[] = [];
 * try {
 *   readSpreadsheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
 * } catch (error) {
 *   if (!(error instanceof SpreadsheetError)) throw error;
 *   codes = error.issues.map((issue) => issue.code);
 * }
 * codes
 * //=> ["invalid_workbook"]
 * ```
 */
export class SpreadsheetError extends IsmsKitError<SpreadsheetIssueCode> {
  override name = "SpreadsheetError";
}
