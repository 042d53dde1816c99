import { strToU8, zipSync, type Zippable } from "fflate";
import { escapeXml, xmlChars } from "./xml";

/** A link from a cell (row and column from 0) to a place in the workbook, such as `'Risks treated'!A1`. */
export interface CellLink {
  readonly row: number;
  readonly column: number;
  readonly location: string;
}

/** A worksheet to write: a name, column widths, and rows of text cells; the first row may be a header. */
export interface SheetSpec {
  readonly name: string;
  readonly widths: readonly number[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Bold, frozen first row with an auto filter. */
  readonly header: boolean;
  /** Wrap text and align to the top in the cells below the header. */
  readonly wrap: boolean;
  /** Cells that link to another place in the workbook. */
  readonly links?: readonly CellLink[];
}

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_LENGTH = 32_767;

/** Excel's limit on the rows of a sheet. */
export const MAX_ROWS = 1_048_576;

/**
 * A cell's text as the cell will hold it, cut to Excel's limit when longer: the start of the text,
 * then a note that says how long it was and where the whole text is.
 */
export function fitCell(text: string): string {
  const value = cellValue(text);
  if (value.length <= MAX_CELL_LENGTH) return value;
  const note = ` … [cut: ${value.length.toLocaleString("en-US")} characters in all; the CSV and Markdown exports hold the whole text]`;
  let end = MAX_CELL_LENGTH - note.length;
  // Never split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(value[end - 1] ?? "")) end--;
  return value.slice(0, end) + note;
}

/** A sheet's name in a reference (`'Risks treated'!A1`): quoted, its quotes doubled. */
export function sheetReference(name: string, cell = "A1"): string {
  return `'${name.replace(/'/g, "''")}'!${cell}`;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
/** A fixed local time, so identical input zips to identical bytes on any machine. */
const FIXED_MTIME = () => new Date(2000, 0, 1, 0, 0, 0);

/** Text as a spreadsheet cell holds it: characters illegal in XML removed, line breaks as LF. */
export function cellValue(text: string): string {
  return xmlChars(text).replace(/\r\n?/g, "\n");
}

/** Escapes cell text for XML, cut to Excel's limit; `_xHHHH_` sequences get their underscore escaped so Excel keeps them literally. */
function escapeCell(text: string): string {
  return escapeXml(fitCell(text)).replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

/** The column letters of a zero-based index: 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetXml(sheet: SheetSpec): string {
  const columns = Math.max(1, sheet.widths.length, ...sheet.rows.map((row) => row.length));
  const last = `${columnName(columns - 1)}${Math.max(1, sheet.rows.length)}`;
  const view = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = sheet.widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("");
  const rows = sheet.rows
    .map((row, r) => {
      const style = sheet.header && r === 0 ? 1 : sheet.wrap ? 2 : 0;
      const cells = row
        .map((text, c) => {
          if (text === "") return "";
          const ref = `${columnName(c)}${r + 1}`;
          if (typeof text === "number") return `<c r="${ref}"${style === 0 ? "" : ` s="${style}"`}><v>${text}</v></c>`;
          return `<c r="${ref}" t="inlineStr"${style === 0 ? "" : ` s="${style}"`}><is><t xml:space="preserve">${escapeCell(text)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  const links = (sheet.links ?? [])
    .map((link) => `<hyperlink ref="${columnName(link.column)}${link.row + 1}" location="${escapeXml(link.location)}" display="${escapeXml(link.location)}"/>`)
    .join("");
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:${last}"/>${view}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows}</sheetData>` +
    `${sheet.header && sheet.rows.length > 0 ? `<autoFilter ref="A1:${last}"/>` : ""}${links ? `<hyperlinks>${links}</hyperlinks>` : ""}</worksheet>`
  );
}

const STYLES =
  `${XML_HEAD}<styleSheet xmlns="${MAIN}">` +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

/** Writes a minimal, valid OOXML workbook (.xlsx) with inline strings, zipped deterministically. */
export function writeWorkbook(sheets: readonly SheetSpec[]): Uint8Array {
  const definedNames = sheets.flatMap((sheet, i) =>
    sheet.header && sheet.rows.length > 0
      ? [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(sheetReference(sheet.name, `$A$1:$${columnName(Math.max(1, sheet.widths.length) - 1)}$${sheet.rows.length}`))}</definedName>`,
          `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(sheetReference(sheet.name, "$1:$1"))}</definedName>`,
        ]
      : [],
  );
  const workbook =
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
    sheets.map((sheet, i) => `<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
    `</sheets>${definedNames.length > 0 ? `<definedNames>${definedNames.join("")}</definedNames>` : ""}</workbook>`;
  const workbookRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`;
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets
      .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join("") +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

  const entry = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(xml), { mtime: FIXED_MTIME() }];
  const files: Zippable = {
    "[Content_Types].xml": entry(contentTypes),
    "_rels/.rels": entry(rootRels),
    "xl/workbook.xml": entry(workbook),
    "xl/_rels/workbook.xml.rels": entry(workbookRels),
    "xl/styles.xml": entry(STYLES),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = entry(sheetXml(sheet));
  });
  return zipSync(files, { level: 6, mtime: FIXED_MTIME() });
}
