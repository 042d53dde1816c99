import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError } from "./CliError";

/** Where Chromium-based browsers are usually installed, tried in this order when none is named. */
export const CHROMIUM_PATHS: readonly string[] = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/usr/bin/google-chrome-stable",
  "/usr/bin/google-chrome",
  "/usr/bin/microsoft-edge",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
  "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe",
  "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
];

/** The flags Chromium is launched with: headless, sandbox-free (containers, CI), and quiet: no network of its own, no first-run work. */
export const CHROMIUM_FLAGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** How to print: the paper, and the browser named by the user (`--browser`), if any. */
export interface PrintPdfOptions {
  readonly paper: "a4" | "letter";
  readonly browser?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The command that prints, for messages. */
  readonly command: string;
}

/** The part of playwright-core's API the printer uses. */
interface Playwright {
  readonly chromium: {
    launchPersistentContext(
      userDataDir: string,
      options: { executablePath: string; headless: boolean; args: string[]; timeout: number },
    ): Promise<PlaywrightContext>;
  };
}
interface PlaywrightContext {
  route(url: string, handler: (route: { abort(): Promise<void> }) => Promise<void>): Promise<void>;
  newPage(): Promise<{
    setContent(html: string, options: { waitUntil: "load"; timeout: number }): Promise<void>;
    pdf(options: Record<string, unknown>): Promise<Uint8Array>;
  }>;
  close(): Promise<void>;
}

/** Loads playwright-core, which drives the browser; it is an optional peer dependency of isms-kit. */
export type LoadPlaywright = () => Promise<unknown>;

const loadPlaywrightCore: LoadPlaywright = () => import("playwright-core");

/**
 * The browser to print with: the one named by `--browser`, else `ISMS_KIT_CHROMIUM`, else the first
 * of {@link CHROMIUM_PATHS} that exists. A CliError that says what to install when there is none.
 */
export function findChromium(options: Pick<PrintPdfOptions, "browser" | "env" | "command">, exists: (path: string) => boolean = existsSync, candidates: readonly string[] = CHROMIUM_PATHS): string {
  const named = options.browser ?? options.env["ISMS_KIT_CHROMIUM"];
  if (named !== undefined && named !== "") {
    if (exists(named)) return named;
    const source = options.browser !== undefined ? "--browser" : "ISMS_KIT_CHROMIUM";
    throw new CliError(`${options.command}: no browser at ${named} (from ${source}); name a Chromium, Chrome or Edge executable`);
  }
  const found = candidates.find((path) => exists(path));
  if (found !== undefined) return found;
  throw new CliError(
    `${options.command}: no Chromium, Chrome or Edge found to print the PDF: install one (Debian: apt-get install chromium) or name it with --browser <path> or ISMS_KIT_CHROMIUM; the HTML report needs no browser`,
  );
}

/**
 * Prints an HTML page to PDF in a headless Chromium driven by playwright-core: landscape on A4 or
 * Letter, backgrounds printed, the page's own print style (repeated table headers, page numbers),
 * tagged and with an outline. The page gets no network at all, and the browser runs with a fresh
 * profile that is removed afterwards.
 */
export async function printPdf(html: string, options: PrintPdfOptions, loadPlaywright: LoadPlaywright = loadPlaywrightCore): Promise<Uint8Array> {
  const executablePath = findChromium(options);
  let playwright: Playwright;
  try {
    playwright = (await loadPlaywright()) as Playwright;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" && code !== "MODULE_NOT_FOUND") throw error;
    throw new CliError(
      `${options.command}: printing a PDF needs the package playwright-core, which is not installed: npm install playwright-core (it drives your installed browser; it downloads none)`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "isms-kit-chromium-"));
  let context: PlaywrightContext | undefined;
  try {
    try {
      context = await playwright.chromium.launchPersistentContext(profile, { executablePath, headless: true, args: [...CHROMIUM_FLAGS], timeout: 60_000 });
    } catch (error) {
      const reason = error instanceof Error ? (error.message.split("\n")[0] ?? error.message) : String(error);
      throw new CliError(`${options.command}: cannot start the browser at ${executablePath}: ${reason}`);
    }
    // The report is self-contained: refuse any request, so printing never touches the network.
    await context.route("**/*", (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load", timeout: 60_000 });
    return await page.pdf({
      format: options.paper === "letter" ? "Letter" : "A4",
      landscape: true,
      printBackground: true,
      tagged: true,
      outline: true,
    });
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
