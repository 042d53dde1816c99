import { argumentError } from "../../core/arguments";
import { didYouMeanHint } from "../../core/didYouMean";
import { describeValue, listValues } from "../../core/describeValue";
import { issue } from "../../core/issue";
import { SpreadsheetError } from "../SpreadsheetError";
import type { ImportColumn } from "../SpreadsheetImport";

/** How a field of an import is found: the headers that name it (normalised), best first. */
export interface FieldSpec<Field extends string> {
  readonly field: Field;
  readonly headers: readonly string[];
  /** Words that, all contained in a header, name the field when no header matches exactly. */
  readonly keywords?: readonly (readonly string[])[];
  /**
   * What the field's cells look like: a column whose cells mostly match is taken for the field before
   * any other (a "Control" column holding `A.5.1` is the control id, one holding titles is not).
   */
  readonly cells?: RegExp;
}

/** Whether most of the first 50 filled cells below the header match a pattern. */
function cellsMatch(rows: readonly (readonly string[])[], headerRow: number, column: number, pattern: RegExp): boolean {
  let filled = 0;
  let matched = 0;
  for (let r = headerRow + 1; r < rows.length && filled < 50; r++) {
    const text = (rows[r]?.[column] ?? "").trim();
    if (text === "") continue;
    filled++;
    if (pattern.test(text)) matched++;
  }
  return filled > 0 && matched * 2 > filled;
}

/** A header as it is compared: lower case, letters and digits only, remarks in brackets left out (`Likelihood (1-5)` → `likelihood`). */
export function normalizeHeader(header: string): string {
  const bare = header.replace(/\([^)]*\)|\[[^\]]*\]/g, "");
  return (/[A-Za-z0-9]/.test(bare) ? bare : header)
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** The letters of a zero-based column index: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The zero-based index of column letters, or -1. */
function letterIndex(letters: string): number {
  if (!/^[A-Z]{1,3}$/.test(letters)) return -1;
  let index = 0;
  for (const char of letters) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** Where each field is in a sheet, and how every column was read. */
export interface ColumnMapping<Field extends string> {
  readonly headerRow: number;
  readonly index: ReadonlyMap<Field, number>;
  readonly columns: ImportColumn[];
}

/** How many rows from the top may come before the header (titles, metadata lines, instructions). */
const HEADER_SEARCH_ROWS = 30;

/**
 * Finds the header row (the row among the first 30 whose cells name the most fields, at least two)
 * and maps each field to a column: the `given` columns first (a header or a column letter; `null`
 * leaves a field out), then the best header match for each remaining field, each column used once.
 * `ignored` headers name columns that are known but not imported (derived values).
 */
export function mapColumns<Field extends string>(
  rows: readonly (readonly string[])[],
  specs: readonly FieldSpec<Field>[],
  given: Readonly<Record<string, string | null>> | undefined,
  ignored: Readonly<Record<string, string>>,
  fn: string,
): ColumnMapping<Field> {
  const fields = specs.map((s) => s.field as string);
  for (const key of Object.keys(given ?? {})) {
    if (!fields.includes(key)) {
      throw argumentError(fn, ["options", "columns", key], "unrecognized_keys", `unknown field "${key}"${didYouMeanHint(key, fields)} (fields: ${listValues(fields, 40)})`);
    }
    const value = given![key];
    if (value !== null && typeof value !== "string") {
      throw argumentError(fn, ["options", "columns", key], "invalid_type", `expected a header, a column letter or null; found ${describeValue(value)}`);
    }
  }
  const score = (header: string, spec: FieldSpec<Field>): number => {
    const h = normalizeHeader(header);
    if (h === "") return Number.POSITIVE_INFINITY;
    const exact = spec.headers.indexOf(h);
    if (exact >= 0) return exact;
    if (spec.keywords?.some((words) => words.every((w) => h.includes(w)))) return 100;
    return Number.POSITIVE_INFINITY;
  };

  let headerRow = -1;
  let best = 1;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, r) => {
    const named = new Set<string>();
    for (const cell of row) for (const spec of specs) if (score(cell, spec) < Number.POSITIVE_INFINITY) named.add(spec.field);
    const givenHeaders = Object.values(given ?? {}).filter((v): v is string => typeof v === "string" && row.some((cell) => normalizeHeader(cell) === normalizeHeader(v)));
    const count = named.size + givenHeaders.length;
    if (count > best) {
      best = count;
      headerRow = r;
    }
  });
  if (headerRow < 0) {
    throw new SpreadsheetError("Unrecognised spreadsheet", [
      issue([], "no_header", `no row in the first ${HEADER_SEARCH_ROWS} names two or more of the columns the import knows (${listValues(fields, 12)}); name the columns with the columns option`),
    ]);
  }
  const header = rows[headerRow] ?? [];
  const index = new Map<Field, number>();
  const how = new Map<number, ImportColumn["how"]>();
  const taken = new Set<number>();

  for (const spec of specs) {
    const wanted = given?.[spec.field];
    if (wanted === undefined) continue;
    if (wanted === null) {
      index.delete(spec.field);
      continue;
    }
    let column = header.findIndex((cell) => normalizeHeader(cell) === normalizeHeader(wanted));
    if (column < 0) column = letterIndex(wanted.trim().toUpperCase());
    if (column < 0) {
      throw argumentError(fn, ["options", "columns", spec.field], "invalid_value", `no column with the header "${wanted}"${didYouMeanHint(wanted, header.filter(Boolean))} (headers: ${listValues(header.filter(Boolean), 30)}); give a header or a column letter`);
    }
    index.set(spec.field, column);
    how.set(column, "given");
    taken.add(column);
  }
  const candidates: { field: Field; column: number; score: number; order: number }[] = [];
  specs.forEach((spec, order) => {
    if (given?.[spec.field] !== undefined) return;
    header.forEach((cell, column) => {
      let s = score(cell, spec);
      if (spec.cells !== undefined && cellsMatch(rows, headerRow, column, spec.cells)) s = s < Number.POSITIVE_INFINITY ? -1 : 50;
      if (s < Number.POSITIVE_INFINITY) candidates.push({ field: spec.field, column, score: s, order });
    });
  });
  candidates.sort((a, b) => a.score - b.score || a.order - b.order || a.column - b.column);
  for (const c of candidates) {
    if (index.has(c.field) || taken.has(c.column)) continue;
    index.set(c.field, c.column);
    how.set(c.column, "detected");
    taken.add(c.column);
  }

  const fieldOf = new Map([...index].map(([field, column]) => [column, field]));
  const columns: ImportColumn[] = [];
  header.forEach((cell, column) => {
    if (cell.trim() === "" && !fieldOf.has(column)) return;
    const field = fieldOf.get(column);
    if (field !== undefined) {
      columns.push({ column: columnLetter(column), header: cell, field, how: how.get(column) ?? "detected" });
      return;
    }
    const note = ignored[normalizeHeader(cell)] ?? "no field of the import has this header; name it in the columns option to use it";
    columns.push({ column: columnLetter(column), header: cell, how: "ignored", note });
  });
  return { headerRow, index, columns };
}
