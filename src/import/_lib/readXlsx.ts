import { strFromU8, unzipSync } from "fflate/browser";

/** The largest part of a workbook read, unpacked: far above any ISMS spreadsheet, far below a zip bomb. */
const MAX_PART_BYTES = 64_000_000;

/** A worksheet read: its name and its rows of cell texts (empty cells as ""). */
export interface Sheet {
  readonly name: string;
  readonly rows: string[][];
}

/** Why a workbook could not be read. */
export class WorkbookProblem extends Error {}

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text decoded: entities, character references, and Excel's `_xHHHH_` escapes. */
function decodeXml(text: string): string {
  return text
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
      if (name.startsWith("#x")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The value of an attribute of an XML start tag. */
function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeXml(match[1]!) : undefined;
}

/** The text of every `<t>` in an element (rich text runs joined), phonetic runs left out. */
function textOf(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let out = "";
  for (const match of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXml(match[1] ?? "");
  return out;
}

/** The zero-based column index of a cell reference: `B7` → 1. */
function columnIndex(ref: string): number {
  let index = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** A spreadsheet serial day as an ISO date (1900 system, with Excel's phantom 1900-02-29; or 1904). */
function serialToIsoDate(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0) - (serial < 60 && !date1904 ? -1 : 0);
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Reads the worksheets of an Excel workbook (.xlsx, Office Open XML): each sheet's name and rows of
 * cell texts — shared and inline strings, numbers as written, booleans as TRUE/FALSE, dates (numbers
 * in a date format) as `YYYY-MM-DD`, a formula's cached result. Built on fflate's unzip, which the
 * XLSX writer already uses; only the parts a table needs are unpacked, each at most 64 MB.
 */
export function readXlsx(bytes: Uint8Array): Sheet[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES) throw new WorkbookProblem(`the part ${file.name} unpacks to ${file.originalSize} bytes, more than a spreadsheet to import should`);
        return /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/.test(file.name);
      },
    });
  } catch (error) {
    if (error instanceof WorkbookProblem) throw error;
    throw new WorkbookProblem(`not a readable Excel workbook (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = (name: string) => (parts[name] === undefined ? undefined : strFromU8(parts[name]!));
  const workbook = text("xl/workbook.xml");
  if (workbook === undefined) throw new WorkbookProblem("not an Excel workbook: it has no xl/workbook.xml (is it an .xls or .ods file? save it as .xlsx or .csv)");
  const date1904 = /<workbookPr\b[^>]*\sdate1904="(1|true)"/.test(workbook);
  const relations = new Map<string, string>();
  for (const match of (text("xl/_rels/workbook.xml.rels") ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(match[0], "Id");
    const target = attribute(match[0], "Target");
    if (id !== undefined && target !== undefined) relations.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const shared = [...(text("xl/sharedStrings.xml") ?? "").matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => textOf(m[1] ?? ""));
  const styles = text("xl/styles.xml") ?? "";
  const customDates = new Set<number>();
  for (const match of styles.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attribute(match[0], "numFmtId"));
    const code = (attribute(match[0], "formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
    if (/[dmy]/i.test(code) && !/[h]/i.test(code.replace(/[dmy]/gi, ""))) customDates.add(id);
  }
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  const dateStyles = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => {
    const id = Number(attribute(m[0], "numFmtId") ?? "0");
    return DATE_FORMATS.has(id) || customDates.has(id);
  });

  const sheets: Sheet[] = [];
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], "name") ?? `Sheet${sheets.length + 1}`;
    const target = relations.get(attribute(match[0], "r:id") ?? "");
    const xml = target === undefined ? undefined : text(target);
    if (xml === undefined) continue;
    const rows: string[][] = [];
    for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
      const rowNumber = Number(attribute(rowMatch[0], "r") ?? rows.length + 1);
      const cells: string[] = [];
      let next = 0;
      for (const cell of (rowMatch[2] ?? "").matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const tag = `<c${cell[1]}>`;
        const ref = attribute(tag, "r");
        const index = ref === undefined ? next : columnIndex(ref);
        next = index + 1;
        const type = attribute(tag, "t") ?? "n";
        const body = cell[2] ?? "";
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value = "";
        if (type === "s") value = shared[Number(v)] ?? "";
        else if (type === "inlineStr") value = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
        else if (type === "b") value = v === "1" ? "TRUE" : v === "0" ? "FALSE" : "";
        else if (type === "str" || type === "e") value = decodeXml(v ?? "");
        else if (v !== undefined && v !== "") {
          const number = Number(v);
          value = dateStyles[Number(attribute(tag, "s") ?? "0")] === true && Number.isFinite(number) ? serialToIsoDate(number, date1904) : v;
        }
        if (index >= 0 && index < 16_384) cells[index] = value;
      }
      if (rowNumber >= 1 && rowNumber <= 1_048_576) rows[rowNumber - 1] = Array.from(cells, (c) => c ?? "");
    }
    sheets.push({ name, rows: Array.from(rows, (r) => r ?? []) });
  }
  if (sheets.length === 0) throw new WorkbookProblem("the workbook has no worksheet");
  return sheets;
}
