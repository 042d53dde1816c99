/**
 * Runs the pipeline on an example in real headless Chromium, from the built ESM package as a user's
 * bundler would ship it, and compares the result with Node's. It needs Debian's Chromium (.ci/run
 * installs it); where it is absent the test fails and says so — it never skips.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, repoRoot } from "../_lib/ensureBuilt";

const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

const asOf = "2026-11-28";
/** The pipeline as both sides run it; the function is serialised into the page, so it takes the API. */
const pipeline = (k: any, text: string, asOf: string) => {
  const isms = k.parseIsms(JSON.parse(text));
  const register = k.assessRisks(isms, { asOf });
  const soa = k.buildStatementOfApplicability(isms);
  const report = k.checkConformity(isms, { asOf });
  return JSON.stringify({ register, soa, report, csv: k.soaToCsv(soa), markdown: k.conformityReportToMarkdown(report) });
};

describe("the built package in headless Chromium", () => {
  let browser: Browser | undefined;
  let bundle = "";

  beforeAll(async () => {
    if (!executablePath) throw new Error("no Chromium at /usr/bin/chromium: install Debian's chromium (apt-get install chromium), as .ci/run does");
    await ensureBuilt();
    const result = await build({
      stdin: { contents: `import * as k from "./dist/index.js"; globalThis.ismsKit = k;`, resolveDir: repoRoot, loader: "js" },
      bundle: true,
      format: "iife",
      platform: "browser",
      // As a user's bundler sees the package: its own tsconfig.json (whose paths point into src/) unread.
      tsconfigRaw: "{}",
      write: false,
      logLevel: "silent",
    });
    bundle = result.outputFiles[0]!.text;
    browser = await chromium.launch({
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(["saas-company", "startup"])("gives the same register, SoA and conformity report as Node for %s", async (name) => {
    const text = readFileSync(join(repoRoot, "examples", `${name}.isms.json`), "utf8");
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await page.setContent("<!doctype html><title>isms-kit</title>");
    await page.addScriptTag({ content: bundle });
    const inBrowser = await page.evaluate(
      ([source, text, asOf]) => (0, eval)(`(${source})`)((globalThis as any).ismsKit, text, asOf) as string,
      [pipeline.toString(), text, asOf] as const,
    );
    await page.close();
    const k = await import(join(repoRoot, "dist/index.js"));
    expect(errors).toEqual([]);
    expect(inBrowser).toBe(pipeline(k, text, asOf));
    expect(JSON.parse(inBrowser).soa.rows.length).toBeGreaterThanOrEqual(93);
  }, 120_000);
});
