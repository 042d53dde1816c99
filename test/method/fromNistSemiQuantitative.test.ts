import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, fromNistSemiQuantitative, nistLevels, RiskMethodError, type FromNistSemiQuantitativeOptions, type NistLevel } from "../../src/index";

const expectedFor = (score: number): NistLevel =>
  score <= 4 ? "very-low" : score <= 20 ? "low" : score <= 79 ? "moderate" : score <= 95 ? "high" : "very-high";

describe("fromNistSemiQuantitative", () => {
  it("every whole number 0–100 falls in its range (0–4, 5–20, 21–79, 80–95, 96–100)", () => {
    for (let score = 0; score <= 100; score++) expect(fromNistSemiQuantitative(score), String(score)).toBe(expectedFor(score));
  });

  it.each([
    [4, "very-low"],
    [5, "low"],
    [20, "low"],
    [21, "moderate"],
    [79, "moderate"],
    [80, "high"],
    [95, "high"],
    [96, "very-high"],
  ] as const)("range boundary %i is %s", (score, level) => {
    expect(fromNistSemiQuantitative(score)).toBe(level);
  });

  it("fractions between ranges belong to the lower range until the next range starts", () => {
    expect(fromNistSemiQuantitative(4.99)).toBe("very-low");
    expect(fromNistSemiQuantitative(20.5)).toBe("low");
    expect(fromNistSemiQuantitative(79.9)).toBe("moderate");
    expect(fromNistSemiQuantitative(95.5)).toBe("high");
  });

  it.each([
    [0, "very-low"],
    [2, "low"],
    [5, "moderate"],
    [8, "high"],
    [10, "very-high"],
  ] as const)("0–10 scale: %i is %s", (value, level) => {
    expect(fromNistSemiQuantitative(value, { scale: "0-10" })).toBe(level);
  });

  it("is monotonic", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(nistLevels.indexOf(fromNistSemiQuantitative(lo))).toBeLessThanOrEqual(nistLevels.indexOf(fromNistSemiQuantitative(hi)));
      }),
    );
  });

  it("reports values outside the scale, non-numbers and bad options", () => {
    const invalid = (code: "out_of_range" | "invalid_type", found: string, top = 100) =>
      new RiskMethodError("Invalid NIST SP 800-30 semi-quantitative value", [
        { path: [], pointer: "", code, message: `expected a number from 0 to ${top}; found ${found}` },
      ]);
    for (const [bad, found] of [
      [-1, "-1"],
      [100.5, "100.5"],
      [101, "101"],
    ] as const) {
      expect(() => fromNistSemiQuantitative(bad)).toThrow(invalid("out_of_range", found));
    }
    for (const [bad, found] of [
      [Number.NaN, "NaN"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      ["50", '"50"'],
      [null, "null"],
    ] as const) {
      expect(() => fromNistSemiQuantitative(bad as number)).toThrow(invalid("invalid_type", found));
    }
    expect(() => fromNistSemiQuantitative(11, { scale: "0-10" })).toThrow(invalid("out_of_range", "11", 10));
    expect(() => fromNistSemiQuantitative(101)).toThrow(
      "Invalid NIST SP 800-30 semi-quantitative value: 1 problem\n  (value): expected a number from 0 to 100; found 101",
    );
    expect(() => fromNistSemiQuantitative(5, { scale: "1-5" as "0-10" })).toThrow(
      new ArgumentError("Invalid arguments to fromNistSemiQuantitative", [
        { path: ["options", "scale"], pointer: "/options/scale", code: "invalid_value", message: 'expected "0-100" or "0-10"; found "1-5"' },
      ]),
    );
    expect(() => fromNistSemiQuantitative(5, { scale: "1-5" as "0-10" })).toThrow(
      'Invalid arguments to fromNistSemiQuantitative: 1 problem\n  options.scale: expected "0-100" or "0-10"; found "1-5"',
    );
    for (const [bad, found] of [
      [null, "null"],
      ["0-10", '"0-10"'],
    ] as const) {
      expect(() => fromNistSemiQuantitative(5, bad as unknown as FromNistSemiQuantitativeOptions)).toThrow(
        new ArgumentError("Invalid arguments to fromNistSemiQuantitative", [
          { path: ["options"], pointer: "/options", code: "invalid_type", message: `expected an options object; found ${found}` },
        ]),
      );
    }
    expect(fromNistSemiQuantitative(50, undefined)).toBe("moderate");
  });
});
