/**
 * The audit pack of both examples in real headless Chromium: opened from file:// with no network,
 * screenshots taken, the layout checked on a 1280 px screen and on a printed landscape page, axe-core
 * run over it, and the filters, sorting and the page without its script tried. One browser for the
 * whole file, one page per context, reused. It needs Debian's Chromium (.ci/run installs it); where it
 * is absent the test fails and says so — it never skips.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditPackToHtml } from "../../src/export/report/index";
import { checkConformity } from "../../src/index";
import { loadExample } from "../treatment/_helpers/documents";

const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));
const asOf = "2026-11-28";
const examples = ["saas-company", "startup"] as const;
/** The printable width of a landscape page at 96 px per inch, less the pack's 11 mm side margins. */
const printWidths = { A4: Math.floor(((297 - 22) / 25.4) * 96), Letter: Math.floor(((279.4 - 22) / 25.4) * 96) };

describe("the audit pack in headless Chromium", () => {
  let browser: Browser | undefined;
  let page: Page;
  let noScript: Page;
  let dir = "";
  let axeSource = "";
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    if (!executablePath) throw new Error("no Chromium at /usr/bin/chromium: install Debian's chromium (apt-get install chromium), as .ci/run does");
    axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
    dir = mkdtempSync(join(tmpdir(), "isms-kit-report-"));
    for (const name of examples) writeFileSync(join(dir, `${name}.html`), auditPackToHtml(loadExample(name), { asOf }));
    browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) requests.push(request.url());
    });
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    noScript = await (await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })).newPage();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (target: Page, name: string) => {
    await target.goto(pathToFileURL(join(dir, `${name}.html`)).href, { waitUntil: "load" });
  };

  describe.each(examples)("%s", (name) => {
    it("opens from file:// without network or errors, fits a 1280 px screen, and screenshots", async () => {
      requests.length = 0;
      errors.length = 0;
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, name);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      const layout = await page.evaluate(() => {
        const doc: any = (globalThis as any).document;
        return {
        page: [doc.documentElement.scrollWidth, doc.documentElement.clientWidth],
        overflowing: [...doc.querySelectorAll("table, figure, svg, .card, .finding, pre")]
          .filter((el: any) => el.getBoundingClientRect().right > doc.documentElement.clientWidth + 0.5 || el.scrollWidth > el.clientWidth + 1)
          .map((el: any) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
        };
      });
      expect(layout.page[0]).toBeLessThanOrEqual(layout.page[1]!);
      expect(layout.overflowing).toEqual([]);
      const top = await page.screenshot({ path: join(dir, `${name}-top.png`) });
      const full = await page.screenshot({ path: join(dir, `${name}-full.png`), fullPage: true });
      for (const png of [top, full]) expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      expect(top.readUInt32BE(16)).toBe(1280);
      expect(full.readUInt32BE(20)).toBeGreaterThan(5_000); // the whole pack, well past the first screen
    });

    it("has no serious or critical accessibility violation (axe-core)", async () => {
      await open(page, name);
      await page.addScriptTag({ content: axeSource });
      const { passed, violations } = await page.evaluate(async () => {
        const doc: any = (globalThis as any).document;
        const result = await (globalThis as any).axe.run(doc, { resultTypes: ["violations"] });
        return {
          passed: (result.passes as { id: string }[]).map((p) => p.id),
          violations: (result.violations as { id: string; impact: string; nodes: unknown[] }[]).map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
        };
      });
      // axe really looked: contrast, table headers, landmarks, names of images and controls.
      expect(passed).toEqual(expect.arrayContaining(["color-contrast", "th-has-data-cells", "landmark-one-main", "svg-img-alt", "label", "document-title", "html-has-lang"]));
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    });

    it("fits every table, figure and finding within a printed landscape page, A4 or Letter", async () => {
      await page.emulateMedia({ media: "print" });
      for (const [paper, width] of Object.entries(printWidths)) {
        await page.setViewportSize({ width, height: 700 });
        await open(page, name);
        const overflowing = await page.evaluate(() => {
          const doc: any = (globalThis as any).document;
          return [...doc.querySelectorAll("table, figure, svg, .card, .finding")]
            .filter((el: any) => el.getBoundingClientRect().right > doc.documentElement.clientWidth + 0.5 || (el.tagName === "TABLE" && el.scrollWidth > el.clientWidth + 1))
            .map((el: any) => `${el.tagName.toLowerCase()}#${el.id}`);
        });
        expect(overflowing, paper).toEqual([]);
        expect(await page.evaluate(() => ((doc: any) => doc.documentElement.scrollWidth <= doc.documentElement.clientWidth)((globalThis as any).document)), paper).toBe(true);
      }
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it("reads completely without its script: every finding and row shown, no controls that would do nothing", async () => {
      await open(noScript, name);
      const state = await noScript.evaluate(() => {
        const doc: any = (globalThis as any).document;
        return {
        findings: doc.querySelectorAll(".finding").length,
        hidden: doc.querySelectorAll("[hidden]").length,
        controls: doc.querySelectorAll(".filters, button").length,
        registerRows: doc.querySelectorAll("#risk-register-table tbody tr").length,
        soaRows: doc.querySelectorAll("#soa-table tbody tr").length,
        };
      });
      expect(state.hidden).toBe(0);
      expect(state.controls).toBe(0);
      expect(state.findings).toBeGreaterThan(10);
      expect(state.registerRows).toBe(loadExample(name).risks.length);
      expect(state.soaRows).toBeGreaterThanOrEqual(93);
    });
  });

  it("filters the findings and sorts and filters the tables with its script", async () => {
    await open(page, "startup");
    const visible = () => page.evaluate(() => [...(globalThis as any).document.querySelectorAll(".finding")].filter((f: any) => !f.hidden).map((f: any) => f.dataset["severity"] as string));
    const all = await visible();
    expect(new Set(all)).toEqual(new Set(["major", "minor", "ofi"]));
    await page.getByLabel("Minor", { exact: true }).uncheck();
    expect(await visible()).toEqual(all.filter((s) => s !== "minor"));
    await page.getByLabel("Text", { exact: true }).fill("pupil data");
    const matching = await page.evaluate(() => [...(globalThis as any).document.querySelectorAll(".finding")].filter((f: any) => !f.hidden).map((f: any) => (f.textContent as string).toLowerCase().includes("pupil data")));
    expect(matching.length).toBeGreaterThan(0);
    expect(matching.every(Boolean)).toBe(true);
    const total = checkConformity(loadExample("startup"), { asOf }).findings.length;
    await expect(page.getByRole("status").first().textContent()).resolves.toMatch(new RegExp(`^Showing \\d+ of ${total} findings\\.$`));

    const firstRisk = () => page.evaluate(() => (globalThis as any).document.querySelector("#risk-register-table tbody tr:not([hidden]) td").textContent as string);
    expect(await firstRisk()).toBe("bp-risk-1");
    await page.getByRole("button", { name: "Sort by Risk", exact: true }).click();
    await page.getByRole("button", { name: "Sort by Risk", exact: true }).click();
    expect(await firstRisk()).toBe("bp-risk-10");
    expect(await page.evaluate(() => (globalThis as any).document.querySelector("#risk-register-table th").getAttribute("aria-sort") as string)).toBe("descending");
    await page.getByLabel("Filter this table").first().fill("laptop");
    expect(await page.evaluate(() => [...(globalThis as any).document.querySelectorAll("#risk-register-table tbody tr")].filter((r: any) => !r.hidden).length)).toBe(1);
  });
});
