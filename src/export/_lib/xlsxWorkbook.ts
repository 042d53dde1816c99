import { strToU8, zipSync, type Zippable } from "fflate/browser";
import { escapeXml, xmlChars } from "./xml";

/** A link from a cell (row and column from 0) to a place in the workbook, such as `'Risks treated'!A1`. */
export interface CellLink {
  readonly row: number;
  readonly column: number;
  readonly location: string;
}

/** How a worksheet prints: on A4 or Letter, landscape or portrait, one page wide (and optionally one page tall). */
export interface SheetPrint {
  readonly paper: "a4" | "letter";
  readonly orientation: "landscape" | "portrait";
  /** Fit the whole sheet on one page (else one page wide, as many pages tall as it needs). */
  readonly onePage: boolean;
}

/** A worksheet to write: a name, column widths, and rows of text cells; the first row may be a header. */
export interface SheetSpec {
  readonly name: string;
  /** The widest each column may be, in characters; columns are as wide as their content needs, up to this. */
  readonly widths: readonly number[];
  readonly rows: readonly (readonly (string | number)[])[];
  /** Bold, frozen first row with an auto filter, repeated at the top of every printed page. */
  readonly header: boolean;
  /** Wrap text and align to the top in the cells below the header; rows are as tall as their text. */
  readonly wrap: boolean;
  /** Cells that link to another place in the workbook. */
  readonly links?: readonly CellLink[];
  readonly print: SheetPrint;
}

/** The document properties of a workbook (docProps/core.xml), as File › Properties shows them. */
export interface WorkbookProperties {
  readonly title?: string | undefined;
  readonly subject?: string | undefined;
  readonly creator?: string | undefined;
  readonly description?: string | undefined;
  readonly keywords?: string | undefined;
  readonly version?: string | undefined;
  /** Approved, draft … */
  readonly status?: string | undefined;
  /** The day the content was issued, `YYYY-MM-DD`: created and modified (never the clock). */
  readonly date?: string | undefined;
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

/** The default height of a row of Calibri 11, in points; one line of wrapped text adds as much. */
const LINE_HEIGHT = 15;
/** Excel's limit on a row's height, in points. */
const MAX_ROW_HEIGHT = 409;

/** The lines a greedy word wrap makes of `text` in `width` characters (each paragraph at least one). */
export function wrappedLines(text: string, width: number): number {
  const room = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of cellValue(text).split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(" ")) {
      const length = [...word].length;
      if (line > 0 && line + 1 + length > room) {
        lines++;
        line = 0;
      }
      line += (line > 0 ? 1 : 0) + length;
      while (line > room) {
        lines++;
        line -= room;
      }
    }
  }
  return lines;
}

/**
 * Column widths from the content: as wide as the longest line of the column (bold header counted a
 * little wider) up to the sheet's maximum for it, and never so narrow that a word of the header
 * breaks.
 */
export function fitWidths(sheet: Pick<SheetSpec, "widths" | "rows" | "header">): number[] {
  const columns = Math.max(sheet.widths.length, ...sheet.rows.map((row) => row.length));
  return Array.from({ length: columns }, (_, c) => {
    const max = sheet.widths[c] ?? 40;
    let need = 4;
    let floor = 0;
    sheet.rows.forEach((row, r) => {
      const text = cellValue(String(row[c] ?? ""));
      const bold = sheet.header && r === 0 ? 1.15 : 1;
      for (const line of text.split("\n")) need = Math.max(need, Math.ceil([...line].length * bold) + 2);
      if (sheet.header && r === 0) for (const word of text.split(/\s+/)) floor = Math.max(floor, Math.ceil([...word].length * bold) + 2);
    });
    return Math.max(floor, Math.min(max, need));
  });
}

/** The height a row needs, in points, for its wrapped text in the given widths; undefined for one line. */
function rowHeight(row: readonly (string | number)[], widths: readonly number[], bold: boolean): number | undefined {
  let lines = 1;
  row.forEach((cell, c) => {
    if (typeof cell !== "string" || cell === "") return;
    // A little narrower than the column: fonts differ between Excel and LibreOffice, and bold is wider.
    lines = Math.max(lines, wrappedLines(cell, ((widths[c] ?? 10) - 1) / (bold ? 1.15 : 1.05)));
  });
  return lines <= 1 ? undefined : Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
}

const PAPER_SIZES = { letter: 1, a4: 9 } as const;

function sheetXml(sheet: SheetSpec): string {
  const widths = fitWidths(sheet);
  const columns = Math.max(1, widths.length);
  const last = `${columnName(columns - 1)}${Math.max(1, sheet.rows.length)}`;
  const view = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join("");
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
      const height = sheet.wrap || (sheet.header && r === 0) ? rowHeight(row, widths, sheet.header && r === 0) : undefined;
      return `<row r="${r + 1}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>${cells}</row>`;
    })
    .join("");
  const links = (sheet.links ?? [])
    .map((link) => `<hyperlink ref="${columnName(link.column)}${link.row + 1}" location="${escapeXml(link.location)}" display="${escapeXml(link.location)}"/>`)
    .join("");
  const { paper, orientation, onePage } = sheet.print;
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>${view}` +
    `<sheetFormatPr defaultRowHeight="${LINE_HEIGHT}"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${rows}</sheetData>` +
    `${sheet.header && sheet.rows.length > 0 ? `<autoFilter ref="A1:${last}"/>` : ""}${links ? `<hyperlinks>${links}</hyperlinks>` : ""}` +
    '<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.25" footer="0.3"/>' +
    `<pageSetup paperSize="${PAPER_SIZES[paper]}" orientation="${orientation}" fitToWidth="1" fitToHeight="${onePage ? 1 : 0}"/>` +
    "<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter></worksheet>"
  );
}

/** docProps/core.xml: the document properties, every value escaped; dates as given, never the clock. */
function coreXml(properties: WorkbookProperties): string {
  const text = (tag: string, value: string | undefined) => (value === undefined || value === "" ? "" : `<${tag}>${escapeXml(value)}</${tag}>`);
  const date = properties.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(properties.date) ? `${properties.date}T00:00:00Z` : undefined;
  const when = (tag: string) => (date === undefined ? "" : `<${tag} xsi:type="dcterms:W3CDTF">${date}</${tag}>`);
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    text("dc:title", properties.title) +
    text("dc:subject", properties.subject) +
    text("dc:creator", properties.creator) +
    text("cp:keywords", properties.keywords) +
    text("dc:description", properties.description) +
    text("cp:contentStatus", properties.status) +
    text("cp:version", properties.version) +
    when("dcterms:created") +
    when("dcterms:modified") +
    "</cp:coreProperties>"
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

/** Writes a minimal, valid OOXML workbook (.xlsx) with inline strings and document properties, zipped deterministically. */
export function writeWorkbook(sheets: readonly SheetSpec[], properties: WorkbookProperties = {}): Uint8Array {
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
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
  const rootRels =
    `${XML_HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';

  const entry = (xml: string): [Uint8Array, { mtime: Date }] => [strToU8(xml), { mtime: FIXED_MTIME() }];
  const files: Zippable = {
    "[Content_Types].xml": entry(contentTypes),
    "_rels/.rels": entry(rootRels),
    "docProps/core.xml": entry(coreXml(properties)),
    "xl/workbook.xml": entry(workbook),
    "xl/_rels/workbook.xml.rels": entry(workbookRels),
    "xl/styles.xml": entry(STYLES),
  };
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = entry(sheetXml(sheet));
  });
  return zipSync(files, { level: 6, mtime: FIXED_MTIME() });
}
