import { describe, expect, it } from "vitest";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { soaToMarkdown } from "../../src/export/soaToMarkdown";
import { soaToTable } from "../../src/export/soaToTable";
import { deepFreeze } from "../_lib/deepFreeze";
import { doc, loadExample } from "../treatment/_helpers/documents";
import { argumentErrorOf, knownColumns } from "./_helpers/argumentErrorOf";
import { parseIsms } from "../../src/model/parseIsms";
import { hostileIsms } from "../fixtures/hostileIsms";
import { foreignMarkup, renderMarkdown } from "./_helpers/renderMarkdown";

/** Splits a GFM table row into its cells, honouring escaped pipes. */
function cells(line: string): string[] {
  return line
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim());
}

describe("soaToMarkdown", () => {
  const soa = deepFreeze(buildStatementOfApplicability(loadExample("saas-company")));

  it("writes a heading, the metadata and a table with a row per control", () => {
    const markdown = soaToMarkdown(soa);
    const lines = markdown.split("\n");
    expect(lines.slice(0, 9)).toEqual([
      "## Statement of Applicability",
      "",
      "- **Organization:** Northwind Cloud",
      "- **Version:** 2.2",
      "- **Date:** 2026-10-20",
      "- **Approved by:** Anouk de Graaf (p-ceo)",
      "- **Approved on:** 2026-10-20",
      "- **Catalog:** ISO/IEC 27001:2022 Annex A",
      "",
    ]);
    const table = lines.slice(9).filter((line) => line !== "");
    expect(table.length).toBe(2 + 95);
    expect(table[1]).toBe(`|${" --- |".repeat(14)}`);
    expect(cells(table[0]!)).toEqual(soaToTable(soa).header);
    expect(markdown.endsWith("|\n")).toBe(true);
  });

  it("holds the cells of soaToTable, escaped for Markdown", () => {
    const table = soaToTable(soa);
    const rows = soaToMarkdown(soa, { metadata: false }).split("\n").slice(2, -1);
    rows.forEach((line, i) => {
      const expected = table.rows[i]!.map((cell) => cell.replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>").trim());
      expect(cells(line)).toEqual(expected);
    });
  });

  it("escapes pipes, backslashes and HTML, and keeps line breaks inside the cell", () => {
    const base = buildStatementOfApplicability(doc());
    const row = { ...base.rows[0]!, applicable: false, justification: "a | b \\ c <script>\nnext line\r\nlast" };
    const markdown = soaToMarkdown({ ...base, rows: [row] }, { columns: ["controlId", "justification"], metadata: false });
    expect(markdown).toBe("| Control | Justification |\n| --- | --- |\n| 5.1 | a \\| b \\\\ c &lt;script&gt;<br>next line<br>last |\n");
  });

  it("leaves out metadata that is not known", () => {
    const markdown = soaToMarkdown(buildStatementOfApplicability(doc()), { columns: ["controlId"] });
    expect(markdown.startsWith("## Statement of Applicability\n\n- **Organization:** Acme\n- **Catalog:** ISO/IEC 27001:2022 Annex A\n\n| Control |\n")).toBe(true);
  });

  it("rejects bad arguments with clear errors", () => {
    expect(() => soaToMarkdown(undefined as never)).toThrow(
      argumentErrorOf("soaToMarkdown", "/soa", "invalid_type", "expected a Statement of Applicability from buildStatementOfApplicability; found nothing"),
    );
    expect(() => soaToMarkdown(soa, { columns: ["bogus" as never] })).toThrow(
      argumentErrorOf("soaToMarkdown", "/options/columns", "invalid_value", `unknown column "bogus" (expected one of ${knownColumns})`),
    );
    expect(() => soaToMarkdown(soa, { columns: ["bogus" as never] })).toThrow(
      `Invalid arguments to soaToMarkdown: 1 problem\n  options.columns: unknown column "bogus" (expected one of ${knownColumns})`,
    );
    expect(() => soaToMarkdown(soa, 1 as never)).toThrow(argumentErrorOf("soaToMarkdown", "/options", "invalid_type", "expected an options object; found 1"));
  });
});

describe("soaToMarkdown on hostile text", () => {
  it("renders every text from the document as text: no HTML, link, image, emphasis, new block or broken table", () => {
    const statement = buildStatementOfApplicability(parseIsms(hostileIsms()));
    const markdown = soaToMarkdown(statement);
    expect(foreignMarkup(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    const rows = renderMarkdown(markdown).split("<tr>").slice(1);
    expect(rows.length).toBe(statement.rows.length + 1);
    for (const row of rows) expect(row.match(/<t[dh][ >]/g)?.length).toBe(14);
  });
});
