import { cellText, columnLabels, readColumns, requireSoa } from "./_lib/soaCells";
import { readOptions } from "../core/arguments";
import { defaultSoaColumns, type SoaColumn } from "./SoaColumn";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";

/**
 * Options for {@link soaToTable} and the export functions.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: SoaTableOptions = { columns: ["controlId", "title", "applicable", "justification"] };
 * ```
 */
export interface SoaTableOptions {
  /** The columns, in order; {@link defaultSoaColumns} when left out. */
  readonly columns?: readonly SoaColumn[];
}

/**
 * A Statement of Applicability as a table of text cells: a header and one row per control.
 *
 * @category Treatment
 * @example
 * ```ts
 * const table: SoaTable = { header: ["Control", "Applicable"], rows: [["5.1", "Yes"]] };
 * ```
 */
export interface SoaTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/**
 * Turns a Statement of Applicability into a table of text cells — the cells {@link soaToCsv},
 * {@link soaToMarkdown} and {@link soaToXlsx} write, so every export holds the same content.
 * Decisions read `Yes`, `No` or `Not decided`; reasons and statuses are written out (`Risk
 * treatment`, `Partially implemented`); lists of ids are joined with `, `; the owner is shown by
 * name when known. Text is kept as it is (no escaping).
 *
 * @param soa - from {@link buildStatementOfApplicability}
 * @param options - `columns` to choose and order the columns
 * @returns the header and one row of cells per SoA row
 * @throws {@link ArgumentError} when `soa` is not a Statement of Applicability or for an unknown column
 * @category Treatment
 * @example
 * ```ts
 * const soa = buildStatementOfApplicability(parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   controls: [{ id: "5.1", applicable: true, reasons: ["best-practice", "contractual"], implementationStatus: "partially-implemented" }],
 * }));
 * const table = soaToTable(soa, { columns: ["controlId", "applicable", "reasons", "implementationStatus"] });
 * table.header
 * //=> ["Control", "Applicable", "Reasons for inclusion", "Implementation status"]
 * table.rows[0]
 * //=> ["5.1", "Yes", "Contractual, Best practice", "Partially implemented"]
 * table.rows[1]
 * //=> ["5.2", "Not decided", "", ""]
 * ```
 */
export function soaToTable(soa: StatementOfApplicability, options?: SoaTableOptions): SoaTable {
  return tableOf(soa, readOptions(options, "soaToTable").columns, "soaToTable");
}

/** The table of an SoA for the export function `fn`, which errors name. */
export function tableOf(soa: StatementOfApplicability, columnsOption: unknown, fn: string): SoaTable {
  requireSoa(soa, fn);
  const columns = readColumns(columnsOption, fn, defaultSoaColumns);
  return {
    header: columns.map((column) => columnLabels[column]),
    rows: soa.rows.map((row) => columns.map((column) => cellText(row, column))),
  };
}
