import { columnWidths, metadataLines, readColumns } from "./_lib/soaCells";
import { argumentError, readOptions } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { cellValue, MAX_CELL_LENGTH, MAX_ROWS, sheetReference, writeWorkbook, type CellLink, type SheetSpec } from "./_lib/xlsxWorkbook";
import { defaultSoaColumns, type SoaColumn } from "./SoaColumn";
import { tableOf } from "./soaToTable";
import type { SoaRow } from "../treatment/SoaRow";
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

/** The columns that list ids (or problems), with what one of them is called in a count. */
const LIST_COLUMNS: Partial<Record<SoaColumn, { readonly singular: string; readonly plural: string }>> = {
  riskIds: { singular: "risk", plural: "risks" },
  requirementIds: { singular: "requirement", plural: "requirements" },
  documentIds: { singular: "document", plural: "documents" },
  evidenceIds: { singular: "evidence record", plural: "evidence records" },
  relatedControlIds: { singular: "control", plural: "controls" },
  problems: { singular: "problem", plural: "problems" },
};

/** The items of a list column of a row. */
function listItems(row: SoaRow, column: SoaColumn): readonly string[] {
  return column === "problems" ? row.problems.map((problem) => problem.message) : (row[column as keyof SoaRow] as readonly string[]);
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
 * A cell holds at most 32,767 characters in Excel, and a large organisation's lists pass that (the
 * risks a control treats, its evidence). Such a list is written as a count (`1,500 risks: listed on
 * the sheet "Risks treated"`) that links to a sheet of its own, named after the column, with one
 * row per control and item; a text longer than a cell (a justification, say) is cut, and the cell
 * says so and how long the text was. The other exports hold every text whole.
 *
 * The bytes are deterministic: the same Statement of Applicability gives the same file, whatever
 * the clock or the time zone.
 *
 * @param soa - from {@link buildStatementOfApplicability}
 * @param options - `columns`, `about` (true), `paper` (`"a4"`)
 * @returns the bytes of the .xlsx file
 * @throws {@link ArgumentError} when `soa` is not a Statement of Applicability, for an unknown column,
 *   or an unknown paper
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
  const rows = table.rows.map((row) => [...row]);
  const links: CellLink[] = [];
  const listSheets: SheetSpec[] = [];
  columns.forEach((column, c) => {
    const noun = LIST_COLUMNS[column];
    if (noun === undefined) return;
    const long = soa.rows.flatMap((row, r) => (cellValue(rows[r]![c]!).length > MAX_CELL_LENGTH ? [{ row, r }] : []));
    if (long.length === 0) return;
    // Every item of the lists too long for a cell, one per row, on as many sheets as Excel's row limit needs.
    const label = table.header[c]!;
    const items = long.flatMap(({ row }) => listItems(row, column).map((item) => [row.controlId, item]));
    const perSheet = MAX_ROWS - 1;
    const names = Array.from({ length: Math.ceil(items.length / perSheet) }, (_, k) => (k === 0 ? label : `${label} (${k + 1})`));
    names.forEach((name, k) =>
      listSheets.push({
        name,
        widths: [12, 60],
        rows: [["Control", label], ...items.slice(k * perSheet, (k + 1) * perSheet)],
        header: true,
        wrap: false,
        print: { paper, orientation: "portrait", onePage: false },
      }),
    );
    for (const { row, r } of long) {
      const count = listItems(row, column).length;
      rows[r]![c] = `${count.toLocaleString("en-US")} ${count === 1 ? noun.singular : noun.plural}: listed on the sheet ${JSON.stringify(names[0])}${names.length > 1 ? ` and the ${names.length - 1} after it` : ""}`;
      links.push({ row: r + 1, column: c, location: sheetReference(names[0]!) });
    }
  });
  const sheets: SheetSpec[] = [
    {
      name: "Statement of Applicability",
      widths: columns.map((column) => columnWidths[column]),
      rows: [table.header, ...rows],
      header: true,
      wrap: true,
      links,
      print: { paper, orientation: "landscape", onePage: false },
    },
    ...listSheets,
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
