import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  defineRiskMatrix,
  nistLevels,
  RiskMethodError,
  riskMatrixPresets,
  scoreRisk,
  type RiskMatrix,
} from "../../src/index";
import { deepFreeze } from "../risk/_helpers/deepFreeze";
import { monotonicDefinition } from "./_helpers/monotonicDefinition";

function expectMonotonic(matrix: RiskMatrix): void {
  const nL = matrix.likelihood.length;
  const nI = matrix.impact.length;
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: nL - 1 }),
      fc.integer({ min: 0, max: nL - 1 }),
      fc.integer({ min: 0, max: nI - 1 }),
      fc.integer({ min: 0, max: nI - 1 }),
      (l1, l2, i1, i2) => {
        const [lo, hi] = [Math.min(l1, l2), Math.max(l1, l2)];
        const [io, ih] = [Math.min(i1, i2), Math.max(i1, i2)];
        const low = scoreRisk(matrix, { likelihood: matrix.likelihood[lo]!.id, impact: matrix.impact[io]!.id });
        const high = scoreRisk(matrix, { likelihood: matrix.likelihood[hi]!.id, impact: matrix.impact[ih]!.id });
        expect(low.levelIndex).toBeLessThanOrEqual(high.levelIndex);
        expect(high.levelIndex).toBeGreaterThanOrEqual(0);
        expect(high.levelIndex).toBeLessThan(matrix.levels.length);
        expect(matrix.levels[low.levelIndex]?.id).toBe(low.level);
      },
    ),
  );
}

describe("scoreRisk", () => {
  it("looks up grid[likelihood][impact]", () => {
    const m = riskMatrixPresets["3x3"];
    expect(scoreRisk(m, { likelihood: "unlikely", impact: "minor" })).toEqual({ likelihood: "unlikely", impact: "minor", level: "low", levelIndex: 0 });
    expect(scoreRisk(m, { likelihood: "unlikely", impact: "major" })).toEqual({ likelihood: "unlikely", impact: "major", level: "medium", levelIndex: 1 });
    expect(scoreRisk(m, { likelihood: "likely", impact: "moderate" })).toEqual({ likelihood: "likely", impact: "moderate", level: "high", levelIndex: 2 });
  });

  it("every cell of NIST SP 800-30 Rev. 1 Table I-2 (level of risk)", () => {
    // Rows: likelihood very high … very low (as printed in Table I-2); columns: impact very low … very high.
    const tableI2: Record<string, string[]> = {
      "very-high": ["very-low", "low", "moderate", "high", "very-high"],
      high: ["very-low", "low", "moderate", "high", "very-high"],
      moderate: ["very-low", "low", "moderate", "moderate", "high"],
      low: ["very-low", "low", "low", "low", "moderate"],
      "very-low": ["very-low", "very-low", "very-low", "low", "low"],
    };
    const nist = riskMatrixPresets["nist-800-30"];
    let checked = 0;
    for (const likelihood of nistLevels) {
      nistLevels.forEach((impact, i) => {
        expect(scoreRisk(nist, { likelihood, impact }).level, `${likelihood} × ${impact}`).toBe(tableI2[likelihood]![i]);
        checked++;
      });
    }
    expect(checked).toBe(25);
  });

  it("reports an id that is not on the scale, naming the scale and the expected ids", () => {
    try {
      scoreRisk(riskMatrixPresets["3x3"], { likelihood: "sometimes", impact: "minor" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RiskMethodError);
      expect((error as RiskMethodError).issues).toEqual([
        {
          path: ["likelihood"],
          pointer: "/likelihood",
          code: "unknown_id",
          message: `"sometimes" is not on the likelihood scale of risk matrix "3x3" (expected one of "unlikely", "possible", "likely")`,
        },
      ]);
      expect((error as RiskMethodError).summary).toBe('Invalid rating for risk matrix "3x3"');
      expect((error as Error).message).toBe(
        'Invalid rating for risk matrix "3x3": 1 problem\n' +
          `  likelihood: "sometimes" is not on the likelihood scale of risk matrix "3x3" (expected one of "unlikely", "possible", "likely")`,
      );
    }
  });

  it("reports both ids at once, and non-strings as invalid_type", () => {
    const call = () => scoreRisk(riskMatrixPresets["3x3"], { likelihood: 3 as unknown as string, impact: "huge" });
    expect(call).toThrow(RiskMethodError);
    try {
      call();
    } catch (error) {
      expect((error as RiskMethodError).issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/likelihood", "invalid_type", "expected a likelihood id (a string); found 3"],
        ["/impact", "unknown_id", `"huge" is not on the impact scale of risk matrix "3x3" (expected one of "minor", "moderate", "major")`],
      ]);
    }
    try {
      scoreRisk(riskMatrixPresets["3x3"], null as unknown as { likelihood: string; impact: string });
      expect.unreachable();
    } catch (error) {
      expect((error as RiskMethodError).issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/likelihood", "invalid_type", "expected a likelihood id (a string); found nothing"],
        ["/impact", "invalid_type", "expected an impact id (a string); found nothing"],
      ]);
    }
  });

  it("does not accept a level id or an index in place of an id", () => {
    const notOnScale = (found: string) =>
      new RiskMethodError('Invalid rating for risk matrix "5x5"', [
        {
          path: ["likelihood"],
          pointer: "/likelihood",
          code: "unknown_id",
          message: `${found} is not on the likelihood scale of risk matrix "5x5" (expected one of "rare", "unlikely", "possible", "likely", "almost-certain")`,
        },
      ]);
    expect(() => scoreRisk(riskMatrixPresets["5x5"], { likelihood: "low", impact: "minor" })).toThrow(notOnScale('"low"'));
    expect(() => scoreRisk(riskMatrixPresets["5x5"], { likelihood: "0", impact: "minor" })).toThrow(notOnScale('"0"'));
  });

  it("validates a matrix that did not come from defineRiskMatrix", () => {
    const plain = JSON.parse(JSON.stringify(riskMatrixPresets["3x3"])) as RiskMatrix;
    expect(scoreRisk(plain, { likelihood: "likely", impact: "major" }).level).toBe("high");
    const broken = { ...plain, grid: [[0, 0, 1], [0, 1, 2], [1, 2, 9]] };
    expect(() => scoreRisk(broken, { likelihood: "likely", impact: "major" })).toThrow("grid[2][2]: level index 9 is out of range (expected 0–2)");
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const matrix = deepFreeze(JSON.parse(JSON.stringify(riskMatrixPresets["5x5"])) as RiskMatrix);
    const rating = deepFreeze({ likelihood: "likely", impact: "major" });
    expect(scoreRisk(matrix, rating).level).toBe("critical");
    expect(rating).toEqual({ likelihood: "likely", impact: "major" });
  });

  it.each(Object.keys(riskMatrixPresets) as (keyof typeof riskMatrixPresets)[])("is monotonic in both axes for preset %s", (name) => {
    expectMonotonic(riskMatrixPresets[name]);
  });

  it("is monotonic in both axes for generated monotonic matrices", () => {
    fc.assert(
      fc.property(monotonicDefinition(), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 20 }), (definition, picks) => {
        const matrix = defineRiskMatrix(definition);
        const nL = matrix.likelihood.length;
        const nI = matrix.impact.length;
        for (const [a, b, c, d] of picks) {
          const [lo, hi] = [Math.min(a % nL, b % nL), Math.max(a % nL, b % nL)];
          const [io, ih] = [Math.min(c % nI, d % nI), Math.max(c % nI, d % nI)];
          const low = scoreRisk(matrix, { likelihood: `l${lo}`, impact: `i${io}` });
          const high = scoreRisk(matrix, { likelihood: `l${hi}`, impact: `i${ih}` });
          expect(low.levelIndex).toBeLessThanOrEqual(high.levelIndex);
        }
      }),
    );
  });
});
