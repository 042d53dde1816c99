import { readDate } from "./cells";
import { columnLetter } from "./columnMapping";
import type { EntityIndex } from "./entityIndex";
import type { ImportProblem, SpreadsheetImport } from "../SpreadsheetImport";

/** How a row's problems are collected: errors leave the row out, warnings keep it. */
export interface RowReport<Field extends string> {
  /** The errors found in the row so far. */
  readonly errors: ImportProblem[];
  /** Records a problem at the column of `field`. */
  readonly report: (field: Field, code: ImportProblem["code"], message: string, severity?: ImportProblem["severity"]) => void;
}

/** A collector of one row's problems, each placed at its row number, column letter and header. */
export function rowReport<Field extends string>(
  rowNumber: number,
  index: ReadonlyMap<Field, number>,
  header: readonly string[],
  warnings: ImportProblem[],
): RowReport<Field> {
  const errors: ImportProblem[] = [];
  const report: RowReport<Field>["report"] = (field, code, message, severity = "error") => {
    const column = index.get(field);
    (severity === "error" ? errors : warnings).push({
      row: rowNumber,
      ...(column === undefined ? {} : { column: columnLetter(column), header: header[column] ?? "" }),
      field,
      severity,
      code,
      message,
    });
  };
  return { errors, report };
}

/** Reads date cells into their fields: empty clears a field, anything but a date that exists is an error. */
export function readDates<Field extends string>(
  fields: readonly Field[],
  cell: (field: Field) => string | undefined,
  set: (field: Field, value: string | undefined) => void,
  report: RowReport<Field>["report"],
): void {
  for (const field of fields) {
    const text = cell(field);
    if (text === undefined) continue;
    if (text === "") {
      set(field, undefined);
      continue;
    }
    const value = readDate(text);
    if (value === undefined) report(field, "invalid_value", `expected a date YYYY-MM-DD that exists; found "${text}"`);
    else set(field, value);
  }
}

/** The result of an import: the problems in sheet order, and the counts. */
export function importResult<Fragment>(
  fragment: Fragment,
  sheet: string,
  headerRow: number,
  columns: SpreadsheetImport<Fragment>["columns"],
  problems: ImportProblem[],
  read: number,
  imported: number,
): SpreadsheetImport<Fragment> {
  const sorted = [...problems].sort((a, b) => a.row - b.row || (a.column ?? "").localeCompare(b.column ?? ""));
  return { fragment, sheet, headerRow: headerRow + 1, columns, problems: sorted, rows: { read, imported, skipped: read - imported } };
}

/** The person an owner cell names (found by id or name, or made and reported as a warning); undefined for an empty cell. */
export function readOwner(text: string, people: EntityIndex, report: RowReport<"owner">["report"]): string | undefined {
  if (text === "") return undefined;
  const found = people.resolve(text);
  if (found.created) report("owner", "created_entity", `no person named "${text}" in the ISMS; added one with id "${found.id}"`, "warning");
  return found.id;
}
