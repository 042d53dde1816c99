import { describe, expect, it } from "vitest";
import { isCalendarDay, readAsOf } from "../../../src/cli/_lib/asOf";
import { localDay } from "../../../src/cli/_lib/CliIo";

describe("--as-of", () => {
  it("accepts calendar days that exist", () => {
    expect(["2026-11-28", "2024-02-29", "1900-01-01", "2999-12-31"].map(isCalendarDay)).toEqual([true, true, true, true]);
    // Only the years isms-kit accepts (OSCAL's): 1900 to 2999.
    expect(["0001-01-01", "1899-12-31", "3000-01-01"].map(isCalendarDay)).toEqual([false, false, false]);
    expect(["2026-02-29", "2026-13-01", "2026-11-31", "26-11-28", "2026-11-28T00:00Z", "today"].map(isCalendarDay)).toEqual([false, false, false, false, false, false]);
  });

  it("defaults to the day the fallback gives (today in the CLI), and rejects other values", () => {
    expect(readAsOf(undefined, () => "2026-01-02", "check")).toBe("2026-01-02");
    expect(readAsOf("2026-11-28", () => "x", "check")).toBe("2026-11-28");
    expect(() => readAsOf("2026-02-30", () => "x", "check")).toThrow('check: --as-of must be a calendar day YYYY-MM-DD that exists, from 1900-01-01 to 2999-12-31; found "2026-02-30"');
  });

  it("today is the local calendar day", () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
});
