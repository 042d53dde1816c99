/**
 * Prints the Statement of Applicability workbook the way a user would: LibreOffice converts it to
 * PDF, and poppler reads the pages back. Every row must print with all its columns on one page, the
 * header row on every page, landscape; the About sheet on one portrait page. It needs LibreOffice
 * (Debian's libreoffice-calc) and poppler-utils, which .ci/run installs; where either is missing the
 * test fails and says so — it never skips.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { soaToTable } from "../../src/export/soaToTable";
import { soaToXlsx } from "../../src/export/soaToXlsx";
import { loadExample } from "../treatment/_helpers/documents";

function requireTool(command: string, args: readonly string[], install: string): void {
  const run = spawnSync(command, args, { encoding: "utf8" });
  if (run.error !== undefined || run.status !== 0) {
    throw new Error(`${command} is not installed, and this test needs it to print the workbook: ${install}, as .ci/run does`);
  }
}

describe("soaToXlsx printed by LibreOffice", () => {
  const soa = buildStatementOfApplicability(loadExample("saas-company"));
  const table = soaToTable(soa);
  let dir = "";
  let pages: { text: string; landscape: boolean }[] = [];

  beforeAll(() => {
    requireTool("soffice", ["--version"], "install Debian's libreoffice-calc (apt-get install libreoffice-calc)");
    requireTool("pdftotext", ["-v"], "install Debian's poppler-utils (apt-get install poppler-utils)");
    dir = mkdtempSync(join(tmpdir(), "isms-kit-xlsx-print-"));
    writeFileSync(join(dir, "soa.xlsx"), soaToXlsx(soa));
    execFileSync(
      "soffice",
      ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--convert-to", "pdf", "--outdir", dir, join(dir, "soa.xlsx")],
      { stdio: "pipe", timeout: 120_000 },
    );
    const pdf = join(dir, "soa.pdf");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
    const sizes = [...info.matchAll(/^Page +\d+ size: +([\d.]+) x ([\d.]+) pts/gm)].map((m) => Number(m[1]) > Number(m[2]));
    pages = sizes.map((landscape, i) => ({
      landscape,
      text: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }),
    }));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints the table landscape, one page wide, with the header row on every page", () => {
    const tablePages = pages.slice(0, -1);
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    expect(tablePages.length).toBeLessThanOrEqual(8);
    for (const [i, page] of tablePages.entries()) {
      expect(page.landscape, `page ${i + 1} is landscape`).toBe(true);
      const headerLine = page.text.split("\n").find((line) => /^\s*Control\s+Title\s/.test(line)) ?? "";
      // The header's words in order on one line: every column is on this page.
      expect(headerLine, `page ${i + 1} has the whole header row`).toMatch(/Control\s+Title\s+Theme\s+Applicable\s+Reasons.*Justification\s+Implementation.*Owner\s+Risks.*Requirements\s+Evidence\s+Planned.*Implemented.*Last/);
    }
  });

  it("prints every row with all its columns on one page", () => {
    const lines = pages.slice(0, -1).flatMap((page, p) => page.text.split("\n").map((line) => ({ line, p })));
    for (const [r, row] of table.rows.entries()) {
      const id = row[0]!;
      const found = lines.filter(({ line }) => line.trimStart().startsWith(`${id} `) && line.includes(row[1]!.split(" ")[0]!));
      expect(found, `row ${id} printed once`).toHaveLength(1);
      // The last columns (implemented on, last reviewed) stand on the row's first line: no column went to another page.
      const last = row.slice(-2).filter((cell) => cell !== "");
      for (const cell of last) expect(found[0]!.line, `row ${r + 2} (${id}) ends with its dates`).toContain(cell);
    }
  });

  it("prints the About sheet on one portrait page", () => {
    const about = pages[pages.length - 1]!;
    expect(about.landscape).toBe(false);
    expect(about.text).toMatch(/Title\s+Statement of Applicability/);
    expect(about.text).toMatch(/Approved by\s+Anouk de Graaf \(p-ceo\)/);
    expect(about.text).toMatch(/Not implemented\s+0/);
  });
});
