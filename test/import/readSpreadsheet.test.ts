import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { soaToXlsx } from "../../src/index";
import { readSpreadsheet } from "../../src/import/index";
import { buildStatementOfApplicability, parseIsms } from "../../src/index";
import { thrownIssues } from "../_lib/thrownIssues";
import { smallIsms } from "../fixtures/smallIsms";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

describe("readSpreadsheet", () => {
  it("reads CSV (RFC 4180): quotes, doubled quotes, line breaks in cells, CRLF, a byte order mark, a last line without a break", () => {
    const csv = '\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n1,,3';
    expect(readSpreadsheet(csv).sheets[0]?.rows).toEqual([
      ["a", "b", "c"],
      ["x, y", 'say "hi"', "two\nlines"],
      ["1", "", "3"],
    ]);
  });

  it("detects a semicolon or a tab delimiter, and takes one that is given", () => {
    expect(readSpreadsheet("a;b\n1;2\n").sheets[0]?.rows).toEqual([["a", "b"], ["1", "2"]]);
    expect(readSpreadsheet("a\tb\n1\t2\n").sheets[0]?.rows).toEqual([["a", "b"], ["1", "2"]]);
    expect(readSpreadsheet("a|b;c\n", { delimiter: "|" }).sheets[0]?.rows).toEqual([["a", "b;c"]]);
  });

  it("reads back any table the CSV writer's quoting produces (property)", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r\n", " ", "é") });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const quote = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
        const text = rows.map((row) => row.map(quote).join(",")).join("\r\n") + "\r\n";
        expect(readSpreadsheet(text, { delimiter: "," }).sheets[0]?.rows).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });

  it("reads an Excel workbook made by Excel-like tools: shared strings, styles, real dates, several sheets", () => {
    const book = readSpreadsheet(fixture("soa-template.xlsx"));
    expect(book.format).toBe("xlsx");
    expect(book.sheets.map((s) => s.name)).toEqual(["Cover", "SoA"]);
    const rows = book.sheets[1]!.rows;
    expect(rows[3]?.slice(0, 3)).toEqual(["Annex A Ref", "Control Title", "Applicable (Y/N)"]);
    expect(rows[5]?.slice(0, 3)).toEqual(["A.5.1", "Policies for information security", "Y"]);
    // A date cell in a date format comes out as YYYY-MM-DD.
    expect(rows[5]?.[11]).toBe("2026-01-10");
    expect(rows[8]?.[10]).toBe("2026-06-30");
  });

  it("reads the workbooks isms-kit writes", () => {
    const soa = buildStatementOfApplicability(parseIsms(smallIsms()));
    const book = readSpreadsheet(soaToXlsx(soa));
    expect(book.sheets.map((s) => s.name)).toEqual(["Statement of Applicability", "About"]);
    expect(book.sheets[0]?.rows[0]?.[0]).toBe("Control");
    expect(book.sheets[0]?.rows.length).toBe(soa.rows.length + 1);
    expect(book.sheets[0]?.rows[1]?.[0]).toBe(soa.rows[0]?.controlId);
  });

  it("says why bytes cannot be read: a damaged zip, an old .xls, not UTF-8", () => {
    expect(thrownIssues(() => readSpreadsheet(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), "SpreadsheetError")[0]).toMatch(/^ invalid_workbook: not a readable Excel workbook/);
    expect(thrownIssues(() => readSpreadsheet(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0])), "SpreadsheetError")).toEqual([" unreadable: an old Excel .xls workbook; save it as .xlsx or .csv"]);
    expect(thrownIssues(() => readSpreadsheet(new Uint8Array([0x61, 0xff, 0xfe])), "SpreadsheetError")[0]).toMatch(/neither an Excel workbook/);
    expect(thrownIssues(() => readSpreadsheet(42 as never))).toEqual(["/input invalid_type: expected CSV text or the bytes of a CSV or XLSX file; found 42"]);
  });
});
