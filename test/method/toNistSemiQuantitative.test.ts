import { describe, expect, it } from "vitest";
import { fromNistSemiQuantitative, nistLevels, RiskMethodError, toNistSemiQuantitative, type NistLevel } from "../../src/index";

describe("toNistSemiQuantitative", () => {
  it.each([
    ["very-low", 0, 0, 4],
    ["low", 2, 5, 20],
    ["moderate", 5, 21, 79],
    ["high", 8, 80, 95],
    ["very-high", 10, 96, 100],
  ] as const)("%s → value %i, range %i–%i", (level, value, min, max) => {
    expect(toNistSemiQuantitative(level)).toEqual({ level, value, min, max });
  });

  it("round-trips with fromNistSemiQuantitative on both scales", () => {
    for (const level of nistLevels) {
      const { value, min, max } = toNistSemiQuantitative(level);
      expect(fromNistSemiQuantitative(value, { scale: "0-10" })).toBe(level);
      expect(fromNistSemiQuantitative(min)).toBe(level);
      expect(fromNistSemiQuantitative(max)).toBe(level);
    }
  });

  it("reports a value that is not a NIST level", () => {
    const message = '"Moderate" is not a NIST SP 800-30 qualitative value (expected one of "very-low", "low", "moderate", "high", "very-high")';
    expect(() => toNistSemiQuantitative("Moderate" as NistLevel)).toThrow(
      new RiskMethodError("Invalid NIST SP 800-30 value", [{ path: [], pointer: "", code: "unknown_level", message }]),
    );
    expect(() => toNistSemiQuantitative("Moderate" as NistLevel)).toThrow(`Invalid NIST SP 800-30 value: 1 problem\n  (value): ${message}`);
  });
});
