import { describe, expect, expectTypeOf, it } from "vitest";
import { getRiskMatrixPreset, riskMatrixPresets, type RiskMatrix } from "../../src/index";

describe("getRiskMatrixPreset", () => {
  it("returns the preset of that name", () => {
    for (const name of Object.keys(riskMatrixPresets)) {
      expect(getRiskMatrixPreset(name)).toBe(riskMatrixPresets[name as keyof typeof riskMatrixPresets]);
    }
  });

  it("returns undefined for other names, including inherited properties", () => {
    expect(getRiskMatrixPreset("6x6")).toBeUndefined();
    expect(getRiskMatrixPreset("toString")).toBeUndefined();
    expect(getRiskMatrixPreset("__proto__")).toBeUndefined();
  });

  it("types: a known name gives a RiskMatrix, any string RiskMatrix | undefined", () => {
    expectTypeOf(getRiskMatrixPreset("5x5")).toEqualTypeOf<RiskMatrix>();
    expectTypeOf(getRiskMatrixPreset("x" as string)).toEqualTypeOf<RiskMatrix | undefined>();
  });
});
