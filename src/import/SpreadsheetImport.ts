/**
 * How one column of the sheet was read: its letter, its header, and the field it fills — detected from
 * the header (or from its cells), given in the `columns` option, or ignored (a column no field takes,
 * or one whose values are derived and cannot be imported, such as "Risks treated").
 *
 * @category Interop
 * @example
 * ```ts
 * const column: ImportColumn = { column: "D", header: "Applicable?", field: "applicable", how: "detected" };
 * ```
 */
export interface ImportColumn {
  /** The column's letter, `A` … `XFD`. */
  readonly column: string;
  /** The header as the sheet writes it. */
  readonly header: string;
  /** The field it fills; absent when it is ignored. */
  readonly field?: string;
  readonly how: "detected" | "given" | "ignored";
  /** Why the column is ignored. */
  readonly note?: string;
}

/**
 * What kind of problem an {@link ImportProblem} reports: a value that cannot be read or is not
 * allowed, a value missing, an unknown control, an id used twice, an entity made for a name the ISMS
 * lacks, a reference to a record the ISMS does not have, a field the record does not have (JSON
 * lines), or a record that is there already (not added again).
 *
 * @category Interop
 * @example
 * ```ts
 * const code: ImportProblemCode = "invalid_value";
 * ```
 */
export type ImportProblemCode =
  | "invalid_value"
  | "missing_value"
  | "unknown_control"
  | "duplicate_id"
  | "created_entity"
  | "dangling_reference"
  | "unknown_field"
  | "already_recorded";

/**
 * One problem with a row or a cell of an imported sheet: where it is as a spreadsheet names it (row
 * number from 1, column letter and header), what is wrong and what would be right. An `error` leaves
 * its row out of the fragment; a `warning` keeps the row and says what was assumed.
 *
 * @category Interop
 * @example
 * ```ts
 * const problem: ImportProblem = {
 *   row: 7, column: "D", header: "Applicable?", field: "applicable", severity: "error", code: "invalid_value",
 *   message: 'expected yes, no or empty (not decided); found "maybe"',
 * };
 * ```
 */
export interface ImportProblem {
  /** The row, numbered from 1 as a spreadsheet numbers it. */
  readonly row: number;
  readonly column?: string;
  readonly header?: string;
  readonly field?: string;
  readonly severity: "error" | "warning";
  readonly code: ImportProblemCode;
  readonly message: string;
}

/**
 * The result of an import: the document fragment to merge into an ISMS with
 * {@link mergeIsmsFragment}, and the report of a dry run — which sheet and header row were read, how
 * each column was mapped, every problem by row and column, and the counts.
 *
 * @category Interop
 * @example
 * ```ts
 * const result: SpreadsheetImport<SoaFragment> = importStatementOfApplicability("Control,Applicable\nA.5.1,Yes\n");
 * result.rows
 * //=> { read: 1, imported: 1, skipped: 0 }
 * ```
 */
export interface SpreadsheetImport<Fragment> {
  /** The document fragment: the collections the rows fill, ready to merge. */
  readonly fragment: Fragment;
  /** The sheet read. */
  readonly sheet: string;
  /** The header row, numbered from 1. */
  readonly headerRow: number;
  readonly columns: readonly ImportColumn[];
  readonly problems: readonly ImportProblem[];
  /** Data rows read (blank rows and section headings left out), imported, and left out for errors. */
  readonly rows: { readonly read: number; readonly imported: number; readonly skipped: number };
}
