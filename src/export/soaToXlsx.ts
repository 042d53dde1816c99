import { columnWidths, metadataLines, readColumns } from "./_lib/soaCells";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
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
  /** The paper the sheets are set up to print on: `"a4"` (default) or `"letter"`. */
  readonly paper?: "a4" | "letter";
}

/**
 * Writes a Statement of Applicability as an Excel workbook (.xlsx, Office Open XML): a sheet
 * "Statement of Applicability" with a bold, frozen header row, an auto filter, columns as wide as
 * their content (up to a maximum each) and wrapped text in rows as tall as it needs, holding the
 * cells of {@link soaToTable}; and a sheet "About" with the version, date, approver and summary
 * counts. Cells are text (inline strings), so nothing in them is ever run as a formula. Characters
 * XML cannot hold (control characters) are dropped and line breaks are written as LF, as
 * spreadsheet programs expect.
 *
 * Both sheets are ready to print: the table landscape, one page wide with the header row repeated
 * on every page, the About sheet on one page, each with the sheet's name and "Page N of M" in the
 * footer. The workbook's document properties hold the title, organisation, version, approval and
 * date of the Statement of Applicability.
 *
 * The bytes are deterministic: the same Statement of Applicability gives the same file, whatever
 * the clock or the time zone.
 *
 * @param soa - from {@link buildStatementOfApplicability}
 * @param options - `columns`, `about` (true), `paper` (`"a4"`)
 * @returns the bytes of the .xlsx file
 * @throws {@link ArgumentError} when `soa` is not a Statement of Applicability, for an unknown column,
 *   an unknown paper, or a cell longer than Excel's limit of 32,767 characters
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
  const paper = given.paper ?? "a4";
  if (paper !== "a4" && paper !== "letter") {
    throw argumentError("soaToXlsx", ["options", "paper"], "invalid_value", `expected "a4" or "letter"; found ${describeValue(paper)}`);
  }
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
      print: { paper, orientation: "landscape", onePage: false },
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
      wrap: true,
      print: { paper, orientation: "portrait", onePage: true },
    });
  }
  const m = soa.metadata;
  const approver = m.approvedByName ?? m.approvedById;
  return writeWorkbook(sheets, {
    title: `${m.title} — ${m.organization}`,
    subject: "Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d)",
    creator: m.organization,
    keywords: "ISO/IEC 27001:2022; Statement of Applicability; Annex A",
    description: approver === undefined ? "Not approved." : `Approved by ${approver}${m.approvedOn === undefined ? "" : ` on ${m.approvedOn}`}.`,
    status: approver === undefined ? "Not approved" : "Approved",
    version: m.version,
    date: m.date,
  });
}
