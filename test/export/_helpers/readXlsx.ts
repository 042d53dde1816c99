import ExcelJS from "exceljs";

/** Decodes the `_xHHHH_` escapes of OOXML strings (ECMA-376 ST_Xstring), as Excel does on reading. */
function decodeOoxml(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of a cell as exceljs reads it: strings as given, numbers as digits, empty as "". */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return decodeOoxml(value);
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "richText" in value) return decodeOoxml(value.richText.map((run) => run.text).join(""));
  return String(value);
}

export interface ReadSheet {
  name: string;
  rows: string[][];
  workbook: ExcelJS.Workbook;
}

/** Opens .xlsx bytes with exceljs and returns each sheet's cells as text, `width` columns per row. */
export async function readXlsx(bytes: Uint8Array, widths: readonly number[] = []): Promise<ReadSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook.worksheets.map((sheet, s) => {
    const width = widths[s] ?? sheet.columnCount;
    const rows: string[][] = [];
    for (let r = 1; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      rows.push(Array.from({ length: width }, (_, c) => cellText(row.getCell(c + 1).value)));
    }
    return { name: sheet.name, rows, workbook };
  });
}
