import { describe, expect, it } from "vitest";
import { fromNistSemiQuantitative, nistLevels, RiskMethodError, toNistSemiQuantitative, type NistLevel } from "../../src/risk/index";

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
    expect(() => toNistSemiQuantitative("Moderate" as NistLevel)).toThrow(RiskMethodError);
    expect(() => toNistSemiQuantitative("Moderate" as NistLevel)).toThrow(
      "level: 'Moderate' is not a NIST SP 800-30 qualitative value (expected one of 'very-low', 'low', 'moderate', 'high', 'very-high')",
    );
  });

  it("TSDoc example", () => {
    expect(toNistSemiQuantitative("high")).toEqual({ level: "high", value: 8, min: 80, max: 95 });
  });
});
