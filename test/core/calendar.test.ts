import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysToDay, addMonthsToDay, addMonthsToDayKey, dayKey, daysBetween, toCalendarDay } from "../../src/core/calendar";
import { ArgumentError } from "../../src/core/ArgumentError";
import { isIsoDate, MAX_YEAR, MIN_YEAR } from "../../src/core/isoDate";

describe("addMonthsToDay", () => {
  it("keeps the day of the month, or the month's last day when it is shorter", () => {
    expect(addMonthsToDay("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDay("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsToDay("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonthsToDay("2026-12-15", 12)).toBe("2027-12-15");
    expect(addMonthsToDay("2999-12-01", 12)).toBe("3000-12-01");
  });

  it("is the day-of-month kept or clamped to the month's end, for any day and shift", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: -240, max: 240 }), (y, m, d, shift) => {
        const day = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        fc.pre(isIsoDate(day));
        const result = addMonthsToDay(day, shift);
        expect(result).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const [ry, rm, rd] = result.split("-").map(Number) as [number, number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(shift);
        expect(rd <= d).toBe(true);
        // Clamped only when the month is too short: the next day would not exist.
        if (rd < d) expect(new Date(Date.UTC(ry, rm - 1, rd + 1)).getUTCMonth()).not.toBe(rm - 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("dayKey and addMonthsToDayKey", () => {
  const arbitraryDay = fc
    .tuple(fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)
    .filter(isIsoDate);

  it("order days as their text orders them, and agree with addMonthsToDay", () => {
    fc.assert(
      fc.property(arbitraryDay, arbitraryDay, fc.integer({ min: -240, max: 240 }), (a, b, shift) => {
        expect(Math.sign(dayKey(a) - dayKey(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(addMonthsToDayKey(a, shift)).toBe(dayKey(addMonthsToDay(a, shift)));
      }),
      { numRuns: 500 },
    );
    expect(addMonthsToDayKey("2026-01-31", 1)).toBe(20260228);
  });

  it("give NaN for text that is not a day's digits, so that no comparison with it holds", () => {
    for (const text of ["", "2026-1-01", "2026-0a-01", "20260101", "2026-01-01T00:00:00Z"]) {
      expect(dayKey(text)).toBeNaN();
      expect(dayKey(text) < 20260101 || dayKey(text) >= 20260101).toBe(false);
    }
  });
});

describe("addDaysToDay and daysBetween", () => {
  it("count every calendar day", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-03-01", "2026-02-28")).toBe(-1);
    expect(addDaysToDay("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysToDay("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDaysToDay("1900-03-01", -1)).toBe("1900-02-28");
  });

  it("agree with each other and with UTC arithmetic over the whole supported range", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(MIN_YEAR, 0, 1), max: Date.UTC(MAX_YEAR, 11, 31) }), fc.integer({ min: -4000, max: 4000 }), (ms, shift) => {
        const day = new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10);
        const shifted = addDaysToDay(day, shift);
        expect(shifted).toBe(new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + shift)).toISOString().slice(0, 10));
        expect(daysBetween(day, shifted)).toBe(shift);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the supported years", () => {
  it("are 1900 to 2999", () => {
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1900, 2999]);
    expect(["1899-12-31", "1900-01-01", "2999-12-31", "3000-01-01", "0000-01-15", "9999-12-01"].map(isIsoDate)).toEqual([false, true, true, false, false, false]);
  });

  it("bound asOf, given as text or as a Date", () => {
    for (const asOf of ["1899-12-31", "3000-01-01", new Date(Date.UTC(1850, 5, 1, 12)), new Date(Date.UTC(3100, 5, 1, 12))]) {
      let caught: unknown;
      try {
        toCalendarDay(asOf, "f");
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ArgumentError);
      expect((caught as ArgumentError).issues[0]?.message).toContain("1900");
    }
    expect(toCalendarDay("1900-01-01", "f")).toBe("1900-01-01");
  });

  it("read a Date as its local calendar day", () => {
    expect(toCalendarDay(new Date(1994, 11, 30, 12), "f")).toBe("1994-12-30");
    expect(toCalendarDay(new Date(1905, 0, 2, 12), "f")).toBe("1905-01-02");
  });
});
