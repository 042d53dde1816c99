import { describe, expect, it } from "vitest";
import { ImpactCombinationSchema, type ImpactCombination } from "../../src/index";

describe("ImpactCombinationSchema", () => {
  it("accepts the three methods", () => {
    const valid: ImpactCombination[] = [
      { method: "max" },
      { method: "max", factors: ["confidentiality"] },
      { method: "weighted", factors: [{ id: "c", weight: 0.5 }], rounding: "up" },
      { method: "sum-bands", factors: [{ id: "c" }], bands: [{ minScore: 0, impact: "low" }], points: "value" },
    ];
    for (const combination of valid) expect(ImpactCombinationSchema.safeParse(combination).success).toBe(true);
  });

  it("rejects unknown methods and keys, empty factors, non-positive weights", () => {
    for (const bad of [
      { method: "avg" },
      { method: "max", extra: 1 },
      { method: "weighted", factors: [] },
      { method: "weighted", factors: [{ id: "c", weight: 0 }] },
      { method: "sum-bands", factors: [{ id: "c" }], bands: [] },
    ]) {
      expect(ImpactCombinationSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
