import { columnWidths, metadataLines, readColumns } from "./_lib/soaCells";
import { argumentError, readOptions } from "../core/arguments";
import { cellValue, columnName, MAX_CELL_LENGTH, writeWorkbook, type SheetSpec } from "./_lib/xlsxWorkbook";
import { defaultSoaColumns, type SoaColumn } from "./SoaColumn";
import { tableOf } from "./soaToTable";
import type { StatementOfApplicability } from "../treatment/StatementOfApplicability";

/**
 * Options for {@link soaToXlsx}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: SoaToXlsxOptions = { columns: ["controlId", "title", "applicable", "justification"], about: false };
 * ```
 */
export interface SoaToXlsxOptions {
  /** The columns, in order; {@link defaultSoaColumns} when left out. */
  readonly columns?: readonly SoaColumn[];
  /** Add a second sheet, "About", with the metadata and the summary counts. On by default. */
  readonly about?: boolean;
}

/**
 * Writes a Statement of Applicability as an Excel workbook (.xlsx, Office Open XML): a sheet
 * "Statement of Applicability" with a bold, frozen header row, an auto filter, sized columns and
 * wrapped text, holding the cells of {@link soaToTable}; and a sheet "About" with the version,
 * date, approver and summary counts. Cells are text (inline strings), so nothing in them is ever
 * run as a formula. Characters XML cannot hold (control characters) are dropped and line breaks are
 * written as LF, as spreadsheet programs expect.
 *
 * The bytes are deterministic: the same Statement of Applicability gives the same file, whatever
 * the clock or the time zone.
 *
 * @param soa - from {@link buildStatementOfApplicability}
 * @param options - `columns`, `about` (true)
 * @returns the bytes of the .xlsx file
 * @throws {@link ArgumentError} when `soa` is not a Statement of Applicability, for an unknown column,
 *   or a cell longer than Excel's limit of 32,767 characters
 * @category Treatment
 * @example
 * ```ts
 * const soa = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }));
 * const bytes = soaToXlsx(soa);
 * [bytes[0], bytes[1]];
 * //=> [0x50, 0x4b]
 * ```
 */
export function soaToXlsx(soa: StatementOfApplicability, options?: SoaToXlsxOptions): Uint8Array {
  const given = readOptions(options, "soaToXlsx");
  const table = tableOf(soa, given.columns, "soaToXlsx");
  const columns = readColumns(given.columns, "soaToXlsx", defaultSoaColumns);
  table.rows.forEach((row, r) =>
    row.forEach((text, c) => {
      const length = cellValue(text).length;
      if (length > MAX_CELL_LENGTH) {
        throw argumentError(
          "soaToXlsx",
          ["soa", "rows", r],
          "too_big",
          `the cell ${columnName(c)}${r + 2} (${soa.rows[r]?.controlId}, ${table.header[c]}) has ${length} characters; Excel holds at most ${MAX_CELL_LENGTH}`,
        );
      }
    }),
  );
  const sheets: SheetSpec[] = [
    {
      name: "Statement of Applicability",
      widths: columns.map((column) => columnWidths[column]),
      rows: [table.header, ...table.rows],
      header: true,
      wrap: true,
    },
  ];
  if (given.about !== false) {
    const s = soa.summary;
    const counts: [string, number | undefined][] = [
      ["Controls", s?.total],
      ["Applicable", s?.applicable],
      ["Excluded", s?.excluded],
      ["Not decided", s?.undecided],
      ["Implemented", s?.implemented],
      ["Partially implemented", s?.partiallyImplemented],
      ["Planned", s?.planned],
      ["Not implemented", s?.notImplemented],
    ];
    sheets.push({
      name: "About",
      widths: [24, 60],
      rows: [
        ...metadataLines(soa),
        ...counts.flatMap(([label, value]): [string, number][] => (typeof value === "number" && Number.isFinite(value) ? [[label, value]] : [])),
      ],
      header: false,
      wrap: false,
    });
  }
  return writeWorkbook(sheets);
}
