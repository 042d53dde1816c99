/**
 * Renders docs/images/report.png, the screenshot of the audit pack shown in the README and in
 * docs/reports.md: the SaaS example's pack as of 2026-11-28, the first screen at 1100 px, in the
 * local Chromium. Run from the repository root:
 *
 *   npx tsx scripts/renderReportScreenshot.ts
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { parseIsms } from "../src/index";
import { auditPackToHtml } from "../src/export/report/index";

const isms = parseIsms(JSON.parse(readFileSync(resolve("examples/saas-company.isms.json"), "utf8")));
const html = auditPackToHtml(isms, { asOf: "2026-11-28" });
const browser = await chromium.launch({ executablePath: process.env["ISMS_KIT_CHROMIUM"] ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 720 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: "load" });
  await page.screenshot({ path: resolve("docs/images/report.png") });
} finally {
  await browser.close();
}
console.log("wrote docs/images/report.png");
