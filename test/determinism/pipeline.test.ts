/**
 * Determinism: the whole pipeline's outputs are byte-identical across runs and across time zones.
 * The digests are computed in child processes under TZ=UTC, TZ=Pacific/Kiritimati (UTC+14) and
 * TZ=America/Adak (UTC−10/−9), the extremes where a date computed in local time slips a day.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const script = fileURLToPath(new URL("./pipelineDigest.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));

function digests(tz: string, asOf = "2026-11-28"): string {
  return execFileSync(process.execPath, [tsx, script, asOf], { cwd: root, encoding: "utf8", env: { ...process.env, TZ: tz } });
}

describe("the pipeline is deterministic", () => {
  const utc = digests("UTC");

  it("covers every output of both examples", () => {
    const lines = utc.trim().split("\n");
    expect(lines.length).toBe(2 * 16);
    // Every output differs between the examples, but for the Annex A catalog, which is the same.
    const perDocument = lines.filter((l) => !l.includes(" oscalCatalog "));
    expect(new Set(perDocument.map((l) => l.split(" ")[2])).size).toBe(perDocument.length);
  });

  it("gives byte-identical output run after run", () => {
    expect(digests("UTC")).toBe(utc);
  });

  it.each(["Pacific/Kiritimati", "America/Adak", "Asia/Kolkata"])("gives byte-identical output under TZ=%s", (tz) => {
    expect(digests(tz)).toBe(utc);
  });

  it("depends on asOf, as it should", () => {
    expect(digests("UTC", "2027-06-30")).not.toBe(utc);
  });
});
