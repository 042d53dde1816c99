import { describe, expect, it } from "vitest";
import { CliError } from "../../../src/cli/_lib/CliError";
import { CHROMIUM_FLAGS, findChromium, printPdf } from "../../../src/cli/_lib/printPdf";

const options = { env: {}, command: "report" } as const;

describe("findChromium", () => {
  const only = (...present: string[]) => (path: string) => present.includes(path);

  it("takes --browser first, then ISMS_KIT_CHROMIUM, then the first usual path that exists", () => {
    const exists = only("/opt/chrome", "/env/chrome", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    expect(findChromium({ ...options, browser: "/opt/chrome", env: { ISMS_KIT_CHROMIUM: "/env/chrome" } }, exists)).toBe("/opt/chrome");
    expect(findChromium({ ...options, env: { ISMS_KIT_CHROMIUM: "/env/chrome" } }, exists)).toBe("/env/chrome");
    expect(findChromium(options, exists)).toBe("/usr/bin/chromium-browser");
  });

  it("says what is missing and what to do", () => {
    expect(() => findChromium({ ...options, browser: "/nope" }, only())).toThrow(new CliError("report: no browser at /nope (from --browser); name a Chromium, Chrome or Edge executable"));
    expect(() => findChromium({ ...options, env: { ISMS_KIT_CHROMIUM: "/nope" } }, only())).toThrow("(from ISMS_KIT_CHROMIUM)");
    expect(() => findChromium(options, only(), ["/a", "/b"])).toThrow(
      new CliError(
        "report: no Chromium, Chrome or Edge found to print the PDF: install one (Debian: apt-get install chromium) or name it with --browser <path> or ISMS_KIT_CHROMIUM; the HTML report needs no browser",
      ),
    );
  });

  it("launches with the flags that work in containers and CI, and no network of the browser's own", () => {
    expect(CHROMIUM_FLAGS).toEqual(expect.arrayContaining(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]));
  });
});

describe("printPdf", () => {
  // Any file that exists stands for the browser: the loader fails before it would be started.
  const browser = process.execPath;

  it("asks for playwright-core when it is not installed", async () => {
    const missing = Object.assign(new Error("Cannot find package 'playwright-core'"), { code: "ERR_MODULE_NOT_FOUND" });
    await expect(printPdf("<p>x</p>", { ...options, paper: "a4", browser }, () => Promise.reject(missing))).rejects.toThrow(
      new CliError("report: printing a PDF needs the package playwright-core, which is not installed: npm install playwright-core (it drives your installed browser; it downloads none)"),
    );
  });

  it("lets any other failure to load it through, as the bug it is", async () => {
    const broken = new TypeError("boom");
    await expect(printPdf("<p>x</p>", { ...options, paper: "a4", browser }, () => Promise.reject(broken))).rejects.toBe(broken);
  });

  it("reports a browser that does not start as a one-line error", async () => {
    const playwright = { chromium: { launchPersistentContext: () => Promise.reject(new Error("Failed to launch\nlong log")) } };
    await expect(printPdf("<p>x</p>", { ...options, paper: "letter", browser }, () => Promise.resolve(playwright))).rejects.toThrow(
      new CliError(`report: cannot start the browser at ${browser}: Failed to launch`),
    );
  });
});
