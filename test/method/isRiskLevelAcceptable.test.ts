import { describe, expect, it } from "vitest";
import { defineRiskMatrix, isRiskLevelAcceptable, RiskMethodError, riskMatrixPresets } from "../../src/risk/index";
import { deepFreeze } from "../risk/_helpers/deepFreeze";

describe("isRiskLevelAcceptable", () => {
  const matrix = riskMatrixPresets["5x5"];

  it("accepts levels at or below acceptance.maxLevel", () => {
    expect(matrix.levels.map((l) => isRiskLevelAcceptable(matrix, l.id))).toEqual([true, false, false, false]);
    expect(matrix.levels.map((l) => isRiskLevelAcceptable(matrix, l.id, { maxLevel: "high" }))).toEqual([true, true, true, false]);
  });

  it("reports an unknown level or maxLevel", () => {
    expect(() => isRiskLevelAcceptable(matrix, "moderate")).toThrow(
      "level: 'moderate' is not a level id (expected one of 'low', 'medium', 'high', 'critical')",
    );
    expect(() => isRiskLevelAcceptable(matrix, "low", { maxLevel: "acceptable" })).toThrow(
      "acceptance.maxLevel: 'acceptable' is not a level id",
    );
  });

  it("reports a matrix without criteria when none are passed", () => {
    const { acceptance: _, ...rest } = JSON.parse(JSON.stringify(matrix));
    const bare = defineRiskMatrix(rest);
    expect(() => isRiskLevelAcceptable(bare, "low")).toThrow(RiskMethodError);
    expect(() => isRiskLevelAcceptable(bare, "low")).toThrow("the matrix has no acceptance criteria; pass them as the third argument");
    expect(isRiskLevelAcceptable(bare, "low", { maxLevel: "low" })).toBe(true);
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const acceptance = deepFreeze({ maxLevel: "medium" });
    expect(isRiskLevelAcceptable(matrix, "medium", acceptance)).toBe(true);
  });

  it("TSDoc example", () => {
    expect(isRiskLevelAcceptable(matrix, "low")).toBe(true);
    expect(isRiskLevelAcceptable(matrix, "medium")).toBe(false);
    expect(isRiskLevelAcceptable(matrix, "medium", { maxLevel: "medium" })).toBe(true);
  });
});
