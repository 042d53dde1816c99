import { differenceInCalendarDays, parseISO } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/core/calendar";

describe("daysBetween", () => {
  it("counts calendar days across leap days, years and centuries", () => {
    expect(daysBetween("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysBetween("2027-02-28", "2027-03-01")).toBe(1);
    expect(daysBetween("2100-02-28", "2100-03-01")).toBe(1);
    expect(daysBetween("2000-02-28", "2000-03-01")).toBe(2);
    expect(daysBetween("2026-11-28", "2026-03-31")).toBe(-242);
    expect(daysBetween("0099-12-31", "0100-01-01")).toBe(1);
  });

  it("agrees with date-fns on every pair of days", () => {
    const day = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2999-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
      }),
      { numRuns: 300 },
    );
  });
});
