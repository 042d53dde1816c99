import { describe, expect, expectTypeOf, it } from "vitest";
import type { RiskMatrixDefinition } from "../../src/method/RiskMethodSchema";
import { defineRiskMatrix, riskMatrixPresets, type RiskMatrix } from "../../src/index";

describe("RiskMatrix", () => {
  it("is a read-only view of a definition: definitions are assignable, writes are not", () => {
    const definition: RiskMatrixDefinition = JSON.parse(JSON.stringify(riskMatrixPresets["3x3"]));
    const asMatrix: RiskMatrix = definition;
    expectTypeOf(defineRiskMatrix).returns.toEqualTypeOf<RiskMatrix>();
    const matrix = defineRiskMatrix(asMatrix);
    // @ts-expect-error the grid is read-only
    expect(() => (matrix.grid[0]![0] = 2)).toThrow(TypeError);
    // @ts-expect-error scales are read-only
    expect(() => matrix.levels.push({ id: "x", label: "X" })).toThrow(TypeError);
  });
});
