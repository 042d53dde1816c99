/**
 * Determinism: the whole pipeline's outputs are byte-identical across runs, time zones and locales.
 * The digests are computed in child processes under TZ=UTC and zones where a date computed in local
 * time slips a day: the extremes Pacific/Kiritimati (UTC+14) and America/Adak (UTC−10/−9), zones that
 * skipped a whole day (Kiritimati 1994-12-31, Pacific/Apia 2011-12-30), half-hour offsets
 * (Asia/Kolkata, America/St_Johns, which also moved its clocks at 00:01), and under LC_ALL=tr_TR.UTF-8,
 * whose dotted and dotless i break case mapping that follows the locale.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const script = fileURLToPath(new URL("./pipelineDigest.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

function digests(tz: string, asOf = "2026-11-28", env: Record<string, string> = {}): string {
  return execFileSync(process.execPath, [tsx, script, asOf], { cwd: root, encoding: "utf8", env: { ...process.env, TZ: tz, ...env } });
}

describe("the pipeline is deterministic", () => {
  const utc = digests("UTC");

  it("covers every output of both examples", () => {
    const lines = utc.trim().split("\n").filter((l) => !l.startsWith("calendar "));
    expect(lines.length).toBe(2 * 16);
    // Every output differs between the examples, but for the Annex A catalog, which is the same.
    const perDocument = lines.filter((l) => !l.includes(" oscalCatalog "));
    expect(new Set(perDocument.map((l) => l.split(" ")[2])).size).toBe(perDocument.length);
  });

  it("gives byte-identical output run after run", () => {
    expect(digests("UTC")).toBe(utc);
  });

  it("counts calendar days as the calendar does, across days some zones skipped", () => {
    const calendar = JSON.parse(utc.split("\n").find((l) => l.startsWith("calendar "))!.slice("calendar ".length));
    expect(calendar).toEqual({
      months: ["1994-12-31", "2011-12-30", "2011-11-30"],
      days: ["1994-12-31", "2011-12-30", "1994-12-31"],
      between: [2, 2],
      register: [
        ["1994-12-31", "1994-12-31"],
        ["2011-12-30", "2011-12-30"],
      ],
    });
  });

  it.each(["Pacific/Kiritimati", "Pacific/Apia", "America/St_Johns", "America/Adak", "Asia/Kolkata"])("gives byte-identical output under TZ=%s", (tz) => {
    expect(digests(tz)).toBe(utc);
  });

  it("gives byte-identical output under LC_ALL=tr_TR.UTF-8", () => {
    expect(Intl.DateTimeFormat.supportedLocalesOf(["tr-TR"])).toEqual(["tr-TR"]);
    expect(digests("UTC", "2026-11-28", { LC_ALL: "tr_TR.UTF-8", LANG: "tr_TR.UTF-8" })).toBe(utc);
  });

  it("depends on asOf, as it should", () => {
    expect(digests("UTC", "2027-06-30")).not.toBe(utc);
  });
});
