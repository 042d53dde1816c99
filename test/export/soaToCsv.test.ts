import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { soaToCsv } from "../../src/export/soaToCsv";
import { soaToTable } from "../../src/export/soaToTable";
import type { StatementOfApplicability } from "../../src/treatment/StatementOfApplicability";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { smallIsms } from "../fixtures/smallIsms";
import { doc, loadExample } from "../treatment/_helpers/documents";
import { argumentErrorOf, knownColumns } from "./_helpers/argumentErrorOf";
import { parseCsv } from "./_helpers/parseCsv";

/** The cells as the CSV should hold them when formula-safe: a leading ' before = + - @ tab CR. */
const safe = (cells: readonly (readonly string[])[]) => cells.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));

/** An SoA whose first rows have the given justifications. */
function withJustifications(texts: readonly string[]): StatementOfApplicability {
  const soa = buildStatementOfApplicability(doc());
  return { ...soa, rows: soa.rows.map((row, i) => (i < texts.length ? { ...row, applicable: false, justification: texts[i] } : row)) };
}

const tricky = [
  'Commas, "quotes" and\nline breaks',
  "Windows line\r\nbreaks and a lone\rCR",
  "=HYPERLINK(\"http://evil.example\",\"click\")",
  "+1 555 0100",
  "-based on the risk assessment",
  "@SUM(A1:A2)",
  "\tleading tab",
  "semicolons; too",
  "",
  "   spaces around   ",
  "unicode: é € ß ø 中 🙂",
];

describe("soaToCsv", () => {
  it("parses back to the same cells, commas, quotes and line breaks included", () => {
    const soa = withJustifications(tricky);
    const table = soaToTable(soa);
    expect(parseCsv(soaToCsv(soa, { formulaSafe: false }))).toEqual([table.header, ...table.rows]);
    expect(parseCsv(soaToCsv(soa))).toEqual(safe([table.header, ...table.rows]));
  });

  it("ends every record with CRLF and quotes only the fields that need it", () => {
    const soa = withJustifications(['say "hi", twice']);
    const csv = soaToCsv(soa, { columns: ["controlId", "justification"] });
    expect(csv.startsWith('Control,Justification\r\n5.1,"say ""hi"", twice"\r\n5.2,\r\n')).toBe(true);
    expect(csv.endsWith("8.34,\r\n")).toBe(true);
    expect(csv.split("\r\n").length).toBe(95);
  });

  it("guards against formula injection unless told not to", () => {
    const soa = withJustifications(["=1+1", "+cmd", "-x", "@x", "\tx", "\rx", "a=b"]);
    const cells = parseCsv(soaToCsv(soa, { columns: ["justification"] })).slice(1, 8).map((r) => r[0]);
    expect(cells).toEqual(["'=1+1", "'+cmd", "'-x", "'@x", "'\tx", "'\rx", "a=b"]);
    const raw = parseCsv(soaToCsv(soa, { columns: ["justification"], formulaSafe: false })).slice(1, 8).map((r) => r[0]);
    expect(raw).toEqual(["=1+1", "+cmd", "-x", "@x", "\tx", "\rx", "a=b"]);
  });

  it("writes a byte order mark when asked", () => {
    const soa = withJustifications([]);
    expect(soaToCsv(soa, { bom: true }).charCodeAt(0)).toBe(0xfeff);
    expect(soaToCsv(soa).charCodeAt(0)).toBe("C".charCodeAt(0));
    expect(soaToCsv(soa, { bom: true }).slice(1)).toBe(soaToCsv(soa));
  });

  it("uses another delimiter, quoting fields that contain it", () => {
    const soa = withJustifications(tricky);
    const table = soaToTable(soa);
    for (const delimiter of [";", "\t", "|"]) {
      const csv = soaToCsv(soa, { delimiter, formulaSafe: false });
      expect(parseCsv(csv, delimiter)).toEqual([table.header, ...table.rows]);
    }
    expect(soaToCsv(soa, { delimiter: ";", columns: ["controlId", "justification"] }).split("\r\n").find((line) => line.startsWith("5.8;"))).toBe('5.8;"semicolons; too"');
  });

  it("writes the metadata lines and an empty line before the header when asked", () => {
    const soa = buildStatementOfApplicability(loadExample("saas-company"));
    const records = parseCsv(soaToCsv(soa, { metadata: true }));
    expect(records.slice(0, 8)).toEqual([
      ["Title", "Statement of Applicability"],
      ["Organization", "Northwind Cloud"],
      ["Version", "2.2"],
      ["Date", "2026-10-20"],
      ["Approved by", "Anouk de Graaf (p-ceo)"],
      ["Approved on", "2026-10-20"],
      ["Catalog", "ISO/IEC 27001:2022 Annex A"],
      [""],
    ]);
    expect(records[8]?.[0]).toBe("Control");
    expect(records.length).toBe(8 + 1 + 95);
  });

  it("round-trips the examples", () => {
    for (const name of ["saas-company", "startup"] as const) {
      const soa = buildStatementOfApplicability(loadExample(name));
      const table = soaToTable(soa, { columns: ["controlId", "title", "justification", "problems"] });
      const csv = soaToCsv(soa, { columns: ["controlId", "title", "justification", "problems"] });
      expect(parseCsv(csv)).toEqual(safe([table.header, ...table.rows]));
    }
  });

  it("round-trips any text, on generated justifications and documents", () => {
    const text = fc.string({ unit: fc.constantFrom(..."ab ,;\"'\r\n\t=+-@é🙂"), maxLength: 30 });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 93 }), fc.constantFrom(",", ";", "\t"), (texts, delimiter) => {
        const soa = withJustifications(texts);
        const table = soaToTable(soa);
        expect(parseCsv(soaToCsv(soa, { delimiter, formulaSafe: false }), delimiter)).toEqual([table.header, ...table.rows]);
        expect(parseCsv(soaToCsv(soa, { delimiter }), delimiter)).toEqual(safe([table.header, ...table.rows]));
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const soa = deepFreeze(buildStatementOfApplicability(parseIsms(input)));
        const table = soaToTable(soa);
        expect(parseCsv(soaToCsv(soa))).toEqual(safe([table.header, ...table.rows]));
      }),
      { numRuns: 40 },
    );
  });

  it("rejects bad options with clear errors", () => {
    const soa = buildStatementOfApplicability(parseIsms(smallIsms()));
    const badDelimiter = (found: string) =>
      argumentErrorOf("soaToCsv", "/options/delimiter", "invalid_value", `expected one character other than a double quote, CR or LF; found ${found}`);
    expect(() => soaToCsv(soa, { delimiter: '"' })).toThrow(badDelimiter('"\\""'));
    expect(() => soaToCsv(soa, { delimiter: '"' })).toThrow(
      'Invalid arguments to soaToCsv: 1 problem\n  options.delimiter: expected one character other than a double quote, CR or LF; found "\\""',
    );
    expect(() => soaToCsv(soa, { delimiter: ";;" })).toThrow(badDelimiter('";;"'));
    expect(() => soaToCsv(soa, { delimiter: "\n" })).toThrow(badDelimiter('"\\n"'));
    expect(() => soaToCsv(soa, "x" as never)).toThrow(argumentErrorOf("soaToCsv", "/options", "invalid_type", 'expected an options object; found "x"'));
    expect(() => soaToCsv(soa, { columns: ["x" as never] })).toThrow(
      argumentErrorOf("soaToCsv", "/options/columns", "invalid_value", `unknown column "x" (expected one of ${knownColumns})`),
    );
    expect(() => soaToCsv(soa, { columns: [] })).toThrow(
      argumentErrorOf("soaToCsv", "/options/columns", "invalid_type", "expected a non-empty list of column names; found an array of 0"),
    );
    expect(() => soaToCsv(null as never)).toThrow(
      argumentErrorOf("soaToCsv", "/soa", "invalid_type", "expected a Statement of Applicability from buildStatementOfApplicability; found null"),
    );
    expect(() => soaToCsv(null as never)).toThrow(
      "Invalid arguments to soaToCsv: 1 problem\n  soa: expected a Statement of Applicability from buildStatementOfApplicability; found null",
    );
  });
});
