import { describe, expect, it } from "vitest";
import { nistLevels, nistSemiQuantitativeScale } from "../../src/index";

describe("nistSemiQuantitativeScale", () => {
  it("is the scale of Tables G-2, G-3, G-4, H-3 and I-2/I-3", () => {
    expect(nistSemiQuantitativeScale).toEqual([
      { level: "very-low", value: 0, min: 0, max: 4 },
      { level: "low", value: 2, min: 5, max: 20 },
      { level: "moderate", value: 5, min: 21, max: 79 },
      { level: "high", value: 8, min: 80, max: 95 },
      { level: "very-high", value: 10, min: 96, max: 100 },
    ]);
  });

  it("covers 0–100 without gaps or overlaps, in the order of nistLevels, frozen", () => {
    expect(nistSemiQuantitativeScale.map((r) => r.level)).toEqual([...nistLevels]);
    nistSemiQuantitativeScale.forEach((row, k) => {
      const previous = nistSemiQuantitativeScale[k - 1];
      expect(row.min).toBe(previous === undefined ? 0 : previous.max + 1);
      expect(Object.isFrozen(row)).toBe(true);
    });
    expect(nistSemiQuantitativeScale.at(-1)?.max).toBe(100);
    expect(Object.isFrozen(nistSemiQuantitativeScale)).toBe(true);
  });
});
