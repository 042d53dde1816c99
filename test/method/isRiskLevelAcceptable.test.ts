import { describe, expect, it } from "vitest";
import { defineRiskMatrix, isRiskLevelAcceptable, RiskMethodError, riskMatrixPresets } from "../../src/index";
import { deepFreeze } from "../risk/_helpers/deepFreeze";

describe("isRiskLevelAcceptable", () => {
  const matrix = riskMatrixPresets["5x5"];

  it("accepts levels at or below acceptance.maxLevel", () => {
    expect(matrix.levels.map((l) => isRiskLevelAcceptable(matrix, l.id))).toEqual([true, false, false, false]);
    expect(matrix.levels.map((l) => isRiskLevelAcceptable(matrix, l.id, { maxLevel: "high" }))).toEqual([true, true, true, false]);
  });

  it("reports an unknown level or maxLevel", () => {
    const summary = 'Cannot apply the risk acceptance criteria of risk matrix "5x5"';
    const levels = 'expected one of "low", "medium", "high", "critical"';
    expect(() => isRiskLevelAcceptable(matrix, "moderate")).toThrow(
      new RiskMethodError(summary, [{ path: ["level"], pointer: "/level", code: "unknown_level", message: `"moderate" is not a level id (${levels})` }]),
    );
    expect(() => isRiskLevelAcceptable(matrix, "moderate")).toThrow(
      `${summary}: 1 problem\n  level: "moderate" is not a level id (${levels})`,
    );
    expect(() => isRiskLevelAcceptable(matrix, "low", { maxLevel: "acceptable" })).toThrow(
      new RiskMethodError(summary, [
        { path: ["acceptance", "maxLevel"], pointer: "/acceptance/maxLevel", code: "unknown_level", message: `"acceptable" is not a level id (${levels})` },
      ]),
    );
  });

  it("reports a matrix without criteria when none are passed", () => {
    const { acceptance: _, ...rest } = JSON.parse(JSON.stringify(matrix));
    const bare = defineRiskMatrix(rest);
    expect(() => isRiskLevelAcceptable(bare, "low")).toThrow(
      new RiskMethodError('Cannot apply the risk acceptance criteria of risk matrix "5x5"', [
        { path: ["acceptance"], pointer: "/acceptance", code: "missing_acceptance", message: "the matrix has no acceptance criteria; pass them as the third argument" },
      ]),
    );
    expect(isRiskLevelAcceptable(bare, "low", { maxLevel: "low" })).toBe(true);
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const acceptance = deepFreeze({ maxLevel: "medium" });
    expect(isRiskLevelAcceptable(matrix, "medium", acceptance)).toBe(true);
  });
});
