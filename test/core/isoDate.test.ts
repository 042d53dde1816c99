/**
 * `isCalendarDate` reads a date character by character; the validators use it in place of zod's
 * `z.iso.date()` pattern, so the two must decide alike: compared on every day (and the days around
 * each month) of every year from 1800 to 3100, on February of every four-digit year, and on random
 * text of the same length.
 */
import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { isCalendarDate, isIsoDate } from "../../src/core/isoDate";
import { isZodDatePattern } from "../../scripts/fastParserSource";

const zodPattern = (z.iso.date()._zod.def as { pattern: RegExp }).pattern;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

describe("isCalendarDate", () => {
  it("is what the generated validators test zod's date pattern with, recognised exactly", () => {
    expect(isZodDatePattern(zodPattern)).toBe(true);
    expect(isZodDatePattern(new RegExp(zodPattern.source, "i"))).toBe(false);
    expect(isZodDatePattern(/^\d{4}-\d{2}-\d{2}$/)).toBe(false);
  });

  it("decides as zod's date pattern on every day, and the days around each month, of 1800–3100", () => {
    let differ = 0;
    let valid = 0;
    for (let year = 1800; year <= 3100; year++) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const expected = zodPattern.test(text);
          if (expected) valid++;
          if (isCalendarDate(text) !== expected) differ++;
        }
      }
    }
    expect(differ).toBe(0);
    // 1,301 years of 365 days, and 315 leap days (326 years divisible by 4, less 11 centuries not by 400).
    expect(valid).toBe(1301 * 365 + 315);
  });

  it("decides as zod's pattern on February 28–30 of every four-digit year (the leap rule)", () => {
    for (let year = 0; year <= 9999; year++) {
      for (const day of [28, 29, 30]) {
        const text = `${pad(year, 4)}-02-${day}`;
        if (isCalendarDate(text) !== zodPattern.test(text)) expect.fail(`${text}: ${isCalendarDate(text)}`);
      }
    }
  });

  it("decides as zod's pattern on random text of a date's length", () => {
    const char = fc.constantFrom(..."0123456789-/ +:Ta٣", "\n");
    fc.assert(
      fc.property(fc.array(char, { minLength: 8, maxLength: 12 }), fc.integer({ min: 1900, max: 2999 }), (chars, year) => {
        const text = chars.join("");
        expect(isCalendarDate(text)).toBe(zodPattern.test(text));
        // A real year in front makes matches likely.
        const dated = `${year}${text.slice(4)}`;
        expect(isCalendarDate(dated)).toBe(zodPattern.test(dated));
      }),
      { numRuns: 5_000 },
    );
  });

  it("keeps isIsoDate to the years 1900–2999", () => {
    expect([isIsoDate("1899-12-31"), isIsoDate("1900-01-01"), isIsoDate("2999-12-31"), isIsoDate("3000-01-01"), isIsoDate("2024-02-29"), isIsoDate("2100-02-29")]).toEqual([false, true, true, false, true, false]);
  });
});
