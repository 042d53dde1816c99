import fc from "fast-check";
import { unzipSync, strFromU8 } from "fflate";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { soaToTable } from "../../src/export/soaToTable";
import { soaToXlsx } from "../../src/export/soaToXlsx";
import type { StatementOfApplicability } from "../../src/treatment/StatementOfApplicability";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { doc, loadExample } from "../treatment/_helpers/documents";
import { argumentErrorOf, knownColumns } from "./_helpers/argumentErrorOf";
import { xlsxDigest } from "./_helpers/printXlsxDigest";
import { readXlsx } from "./_helpers/readXlsx";
import { packageXmlErrors } from "./_helpers/xmlErrors";

/** A cell as a spreadsheet holds it: no characters XML forbids, line breaks as LF. */
const asStored = (text: string) =>
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "").replace(/\r\n?/g, "\n");

function expectedCells(soa: StatementOfApplicability): string[][] {
  const table = soaToTable(soa);
  return [table.header, ...table.rows].map((row) => row.map(asStored));
}

/** Checks that tsx (a dev dependency) can be loaded, and fails with a clear message when it cannot. */
function requireTsx(): void {
  try {
    createRequire(import.meta.url).resolve("tsx");
  } catch (error) {
    throw new Error("cannot resolve tsx, which this test needs to run TypeScript in a child process: install the dev dependencies (npm ci)", {
      cause: error,
    });
  }
}

function withJustifications(texts: readonly string[]): StatementOfApplicability {
  const soa = buildStatementOfApplicability(doc());
  return { ...soa, rows: soa.rows.map((row, i) => (i < texts.length ? { ...row, applicable: false, justification: texts[i] } : row)) };
}

describe("soaToXlsx", () => {
  const saas = deepFreeze(buildStatementOfApplicability(loadExample("saas-company")));

  it("writes a workbook that exceljs opens, holding the same cells", async () => {
    const bytes = soaToXlsx(saas);
    const [sheet, about] = await readXlsx(bytes, [14, 2]);
    expect(sheet?.name).toBe("Statement of Applicability");
    expect(sheet?.rows).toEqual(expectedCells(saas));
    expect(about?.name).toBe("About");
    expect(about?.rows).toEqual([
      ["Title", "Statement of Applicability"],
      ["Organization", "Northwind Cloud"],
      ["Version", "2.2"],
      ["Date", "2026-10-20"],
      ["Approved by", "Anouk de Graaf (p-ceo)"],
      ["Approved on", "2026-10-20"],
      ["Catalog", "ISO/IEC 27001:2022 Annex A"],
      ["Controls", "95"],
      ["Applicable", "92"],
      ["Excluded", "3"],
      ["Not decided", "0"],
      ["Implemented", "91"],
      ["Partially implemented", "1"],
      ["Planned", "0"],
      ["Not implemented", "0"],
    ]);
  });

  it("has a bold, frozen header row, an auto filter and sized, wrapped columns", async () => {
    const [sheet] = await readXlsx(soaToXlsx(saas));
    const worksheet = sheet!.workbook.worksheets[0]!;
    expect(worksheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(worksheet.getRow(2).getCell(1).font?.bold).not.toBe(true);
    expect(worksheet.getRow(2).getCell(6).alignment).toMatchObject({ wrapText: true, vertical: "top" });
    expect(worksheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(worksheet.getColumn(6).width).toBe(70);
    expect(worksheet.autoFilter).toBe("A1:N96");
  });

  it("holds tricky text: quotes, ampersands, angle brackets, line breaks, emoji, _xHHHH_ and illegal characters", async () => {
    const texts = ['a "quoted" & <tagged> text', "line\nbreak\r\nand\rCR", "emoji 🙂 and 中文", "literal _x0041_ stays", "bell\u0007 and nul\u0000 dropped", "  spaces  ", "=1+1 is text"];
    const soa = withJustifications(texts);
    const [sheet] = await readXlsx(soaToXlsx(soa, { about: false }), [14]);
    expect(sheet?.rows).toEqual(expectedCells(soa));
    expect(sheet?.rows.slice(1, 8).map((row) => row[5])).toEqual([
      'a "quoted" & <tagged> text',
      "line\nbreak\nand\nCR",
      "emoji 🙂 and 中文",
      "literal _x0041_ stays",
      "bell and nul dropped",
      "  spaces  ",
      "=1+1 is text",
    ]);
    const workbook = (await readXlsx(soaToXlsx(soa, { about: false })))[0]!.workbook;
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["Statement of Applicability"]);
    expect(workbook.worksheets[0]!.getRow(8).getCell(6).type).toBe(3); // ExcelJS.ValueType.String: never a formula
  });

  it("is a minimal, well-formed OOXML package", () => {
    const files = unzipSync(soaToXlsx(saas));
    expect(Object.keys(files)).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    for (const [name, content] of Object.entries(files)) {
      const xml = strFromU8(content);
      expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'), name).toBe(true);
    }
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain("'Statement of Applicability'!$A$1:$N$96");
  });

  it("is set up to print: landscape, one page wide, header row repeated, page numbers; the About sheet on one page", () => {
    const files = unzipSync(soaToXlsx(saas));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]!);
    const about = strFromU8(files["xl/worksheets/sheet2.xml"]!);
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain("<oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter>");
    expect(about).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="1"/>');
    expect(strFromU8(files["xl/workbook.xml"]!)).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Statement of Applicability'!$1:$1</definedName>`);
    expect(strFromU8(unzipSync(soaToXlsx(saas, { paper: "letter" }))["xl/worksheets/sheet1.xml"]!)).toContain('paperSize="1" orientation="landscape"');
    expect(() => soaToXlsx(saas, { paper: "a3" as never })).toThrow(argumentErrorOf("soaToXlsx", "/options/paper", "invalid_value", 'expected "a4" or "letter"; found "a3"'));
  });

  it("sizes columns from their content and rows from their wrapped text", async () => {
    const long = "A justification long enough to wrap over several lines of the column, ".repeat(3).trim(); // 209 characters
    const soa = withJustifications(["Short.", long, "one\ntwo\nthree\nfour"]);
    const [sheet] = await readXlsx(soaToXlsx(soa, { columns: ["controlId", "applicable", "justification", "requirementIds"], about: false }));
    const worksheet = sheet!.workbook.worksheets[0]!;
    // Control ids and Yes/No are narrow; the justification stops at its maximum of 70; an empty column is as wide as its header.
    expect(worksheet.getColumn(1).width).toBe(11);
    expect(worksheet.getColumn(2).width).toBe(14);
    expect(worksheet.getColumn(3).width).toBe(70);
    expect(worksheet.getColumn(4).width).toBe(16);
    // One line keeps the default height; four wrapped lines and four paragraphs each get four lines' height.
    expect(worksheet.getRow(2).height).toBeUndefined();
    expect(worksheet.getRow(3).height).toBe(4 * 15 + 3);
    expect(worksheet.getRow(4).height).toBe(4 * 15 + 3);
  });

  it("carries the document properties: title, organisation, version, approval and date", async () => {
    const core = strFromU8(unzipSync(soaToXlsx(saas))["docProps/core.xml"]!);
    expect(core).toContain("<dc:title>Statement of Applicability — Northwind Cloud</dc:title>");
    expect(core).toContain("<dc:creator>Northwind Cloud</dc:creator>");
    expect(core).toContain("<cp:version>2.2</cp:version>");
    expect(core).toContain("<dc:description>Approved by Anouk de Graaf on 2026-10-20.</dc:description>");
    expect(core).toContain("<cp:contentStatus>Approved</cp:contentStatus>");
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-10-20T00:00:00Z</dcterms:created>');
    const [sheet] = await readXlsx(soaToXlsx(saas));
    expect(sheet!.workbook.title).toBe("Statement of Applicability — Northwind Cloud");
    expect(sheet!.workbook.creator).toBe("Northwind Cloud");
    // Text from the document is escaped in the properties too.
    const tricky = { ...saas, metadata: { ...saas.metadata, organization: 'A&B <"Labs">', version: undefined, approvedById: undefined, approvedByName: undefined, date: undefined } };
    const props = strFromU8(unzipSync(soaToXlsx(tricky))["docProps/core.xml"]!);
    expect(props).toContain("<dc:creator>A&amp;B &lt;&quot;Labs&quot;&gt;</dc:creator>");
    expect(props).toContain("<cp:contentStatus>Not approved</cp:contentStatus>");
    expect(props).not.toContain("cp:version");
    expect(props).not.toContain("dcterms:created");
  });

  it("gives identical bytes for identical input", () => {
    const first = soaToXlsx(saas);
    expect(soaToXlsx(saas)).toEqual(first);
    expect(soaToXlsx(structuredClone(saas) as StatementOfApplicability)).toEqual(first);
  });

  // A child process, since a worker thread cannot change its time zone; tsx (a dev dependency) runs the TypeScript.
  it("gives identical bytes whatever the machine's time zone", () => {
    requireTsx();
    const digest = xlsxDigest();
    const script = fileURLToPath(new URL("./_helpers/printXlsxDigest.ts", import.meta.url));
    for (const tz of ["Pacific/Kiritimati", "America/Los_Angeles"]) {
      const child = spawnSync(process.execPath, ["--import", "tsx", script, "--print"], { env: { ...process.env, TZ: tz }, encoding: "utf8" });
      expect(child.stderr).toBe("");
      expect(child.status, tz).toBe(0);
      expect(child.stdout, tz).toBe(digest);
    }
  });

  it("writes the columns asked for", async () => {
    const [sheet] = await readXlsx(soaToXlsx(saas, { columns: ["controlId", "problems"], about: false }), [2]);
    expect(sheet?.rows[0]).toEqual(["Control", "Problems"]);
    expect(sheet?.rows.length).toBe(96);
  });

  it("holds the same cells for generated documents", async () => {
    const samples = fc.sample(arbitraryIsms, { numRuns: 15, seed: 42 });
    for (const input of samples) {
      const soa = buildStatementOfApplicability(parseIsms(input));
      const [sheet] = await readXlsx(soaToXlsx(soa), [14]);
      expect(sheet?.rows).toEqual(expectedCells(soa));
    }
  });

  it("cuts a text longer than Excel holds, and says so in the cell", async () => {
    const cut = (length: number) => `${"x".repeat(32_767 - NOTE(length).length)}${NOTE(length)}`;
    const NOTE = (length: number) => ` … [cut: ${length.toLocaleString("en-US")} characters in all; the CSV and Markdown exports hold the whole text]`;
    const [sheet] = await readXlsx(soaToXlsx(withJustifications(["x".repeat(32_768), "x".repeat(32_767), `${"x".repeat(32_767)}\r\n`, "x".repeat(40_000) + "\u0000"])), [14]);
    expect(sheet?.rows.slice(1, 5).map((row) => row[5])).toEqual([cut(32_768), "x".repeat(32_767), cut(32_768), cut(40_000)]);
    // The About sheet's texts are checked the same way.
    const soa = buildStatementOfApplicability(doc());
    const [, about] = await readXlsx(soaToXlsx({ ...soa, metadata: { ...soa.metadata, title: "t".repeat(50_000) } }), [14, 2]);
    expect(about?.rows[0]?.[1]?.length).toBe(32_767);
    expect(about?.rows[0]?.[1]).toMatch(/\[cut: 50,000 characters in all;/);
  });

  it("writes a list of ids longer than a cell holds as a count, linked to a sheet that lists them one per row", async () => {
    const risks = Array.from({ length: 1_500 }, (_, i) => ({ id: `risk-with-a-long-identifier-${String(i).padStart(5, "0")}`, title: `Risk ${i}`, treatment: { option: "modify", controlIds: ["5.1"] } }));
    const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Large" }, risks, controls: [{ id: "5.1", applicable: true, reasons: ["risk-treatment"], implementationStatus: "implemented" }] });
    const soa = buildStatementOfApplicability(isms);
    expect(soa.rows[0]?.riskIds.join(", ").length).toBeGreaterThan(32_767);
    const bytes = soaToXlsx(soa);
    expect(packageXmlErrors(bytes)).toEqual([]);
    const [sheet, list, about] = await readXlsx(bytes, [14, 2, 2]);
    const column = sheet!.rows[0]!.indexOf("Risks treated");
    expect(sheet?.rows[1]?.[column]).toBe('1,500 risks: listed on the sheet "Risks treated"');
    expect(sheet?.rows[2]?.[column]).toBe("");
    expect(list?.name).toBe("Risks treated");
    expect(list?.rows[0]).toEqual(["Control", "Risks treated"]);
    expect(list?.rows.slice(1)).toEqual(risks.map((r) => ["5.1", r.id]));
    expect(about?.name).toBe("About");
    // exceljs does not read links within a workbook: the sheet's XML is checked instead.
    const xml = strFromU8(unzipSync(bytes)["xl/worksheets/sheet1.xml"]!);
    expect(xml).toContain(`<hyperlinks><hyperlink ref="${String.fromCharCode(65 + column)}2" location="'Risks treated'!A1" display="'Risks treated'!A1"/></hyperlinks>`);
  });

  it("rejects bad arguments", () => {
    expect(() => soaToXlsx({ rows: [] } as never)).toThrow(
      argumentErrorOf("soaToXlsx", "/soa", "invalid_type", "expected a Statement of Applicability from buildStatementOfApplicability; found an object"),
    );
    expect(() => soaToXlsx(saas, { columns: ["bad" as never] })).toThrow(
      argumentErrorOf("soaToXlsx", "/options/columns", "invalid_value", `unknown column "bad" (expected one of ${knownColumns})`),
    );
    expect(() => soaToXlsx(saas, { columns: [] })).toThrow(
      argumentErrorOf("soaToXlsx", "/options/columns", "invalid_type", "expected a non-empty list of column names; found an array of 0"),
    );
    expect(() => soaToXlsx(saas, null as never)).toThrow(argumentErrorOf("soaToXlsx", "/options", "invalid_type", "expected an options object; found null"));
  });
});
