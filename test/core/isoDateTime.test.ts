import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addHoursToDateTime, addMonthsToDateTime, compareMoments, dayOf, formatInstant, instantOf, isIsoDateTime, offsetOf } from "../../src/core/isoDateTime";
import { arbitraryDateTime } from "../fixtures/arbitraryIsms";

describe("isIsoDateTime", () => {
  it.each(["2026-03-04T09:12:00+01:00", "2026-03-04T08:12:00Z", "2026-03-04T08:12:00.250Z", "2024-02-29T23:59:59-12:00", "2026-12-31T00:00:00+14:00", "1900-01-01T00:00:00Z"])("accepts %s", (value) => {
    expect(isIsoDateTime(value)).toBe(true);
  });

  it.each([
    ["no offset", "2026-03-04T09:12:00"],
    ["no seconds", "2026-03-04T09:12+01:00"],
    ["a day that does not exist", "2026-02-29T09:12:00Z"],
    ["hour 24", "2026-03-04T24:00:00Z"],
    ["minute 60", "2026-03-04T10:60:00Z"],
    ["an offset beyond +14:00", "2026-03-04T09:12:00+15:00"],
    ["an offset beyond −12:00", "2026-03-04T09:12:00-13:00"],
    ["offset minutes 60", "2026-03-04T09:12:00+01:60"],
    ["a year before 1900", "1899-12-31T23:00:00Z"],
    ["a year after 2999", "3000-01-01T00:00:00Z"],
    ["a date", "2026-03-04"],
    ["a lower-case t", "2026-03-04t09:12:00Z"],
    ["a number", 1_772_611_920_000],
  ])("refuses %s", (_what, value) => {
    expect(isIsoDateTime(value)).toBe(false);
  });
});

describe("instants", () => {
  it("name the same instant whatever the offset they are written in", () => {
    expect(instantOf("2026-03-04T09:12:00+01:00")).toBe(instantOf("2026-03-04T08:12:00Z"));
    expect(instantOf("2026-03-04T00:30:00+05:30")).toBe(Date.UTC(2026, 2, 3, 19, 0));
    expect(instantOf("2026-03-04T08:12:00.5Z") - instantOf("2026-03-04T08:12:00Z")).toBe(500);
  });

  it("add hours on the time line, across a change of daylight-saving time, in the offset of the start", () => {
    // Berlin moves to summer time on 2026-03-29: 72 hours after Friday 09:00 CET is Monday 09:00 CET, 10:00 CEST.
    const due = addHoursToDateTime("2026-03-27T09:00:00+01:00", 72);
    expect(due).toBe("2026-03-30T09:00:00+01:00");
    expect(instantOf(due)).toBe(instantOf("2026-03-30T10:00:00+02:00"));
    expect(addHoursToDateTime("2026-12-31T23:00:00Z", 24)).toBe("2027-01-01T23:00:00Z");
  });

  it("add calendar months at the same wall-clock time, clamped to the end of a shorter month", () => {
    expect(addMonthsToDateTime("2026-01-31T17:40:00+01:00", 1)).toBe("2026-02-28T17:40:00+01:00");
    expect(addMonthsToDateTime("2028-01-31T17:40:00+01:00", 1)).toBe("2028-02-29T17:40:00+01:00");
    expect(addMonthsToDateTime("2026-11-15T08:00:00-05:00", 2)).toBe("2027-01-15T08:00:00-05:00");
  });

  it("write an instant back in its own offset", () => {
    fc.assert(
      fc.property(arbitraryDateTime, (value) => {
        expect(formatInstant(instantOf(value), offsetOf(value))).toBe(value);
        expect(isIsoDateTime(value)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(formatInstant(Date.UTC(2026, 2, 4, 8, 12), -150)).toBe("2026-03-04T05:42:00-02:30");
  });
});

describe("compareMoments", () => {
  it("orders two date-times by the instants they name, not as text", () => {
    // 09:00 in Tokyo is before 01:00 the same day in London … as text it would sort after.
    expect(compareMoments("2026-03-04T09:00:00+09:00", "2026-03-04T01:00:00Z")).toBeLessThan(0);
    expect(compareMoments("2026-03-04T09:12:00+01:00", "2026-03-04T08:12:00Z")).toBe(0);
  });

  it("orders a date and a date-time by day: an instant agrees with its own day both ways", () => {
    expect(compareMoments("2026-03-04", "2026-03-04T23:59:59-12:00")).toBe(0);
    expect(compareMoments("2026-03-04T23:59:59-12:00", "2026-03-05")).toBeLessThan(0);
    expect(compareMoments("2026-03-05", "2026-03-04")).toBeGreaterThan(0);
    expect(dayOf("2026-03-04T23:59:59-12:00")).toBe("2026-03-04");
  });

  it("is antisymmetric on instants", () => {
    fc.assert(
      fc.property(arbitraryDateTime, arbitraryDateTime, (a, b) => {
        expect(Math.sign(compareMoments(a, b)) + Math.sign(compareMoments(b, a))).toBe(0);
      }),
      { numRuns: 100 },
    );
  });
});
