import { describe, expect, it } from "vitest";
import { nistLevels, deriveNistOverallLikelihood, RiskMethodError, type NistLevel } from "../../src/index";

// NIST SP 800-30 Rev. 1, Table G-5, as printed: rows are the likelihood of threat event initiation or
// occurrence from very high down to very low; columns the likelihood that threat events result in
// adverse impacts from very low to very high.
const TABLE_G5: Record<NistLevel, NistLevel[]> = {
  "very-high": ["low", "moderate", "high", "very-high", "very-high"],
  high: ["low", "moderate", "moderate", "high", "very-high"],
  moderate: ["low", "low", "moderate", "moderate", "high"],
  low: ["very-low", "low", "low", "moderate", "moderate"],
  "very-low": ["very-low", "very-low", "low", "low", "low"],
};

const cells = nistLevels.flatMap((initiation) => nistLevels.map((adverse, column) => [initiation, adverse, column] as const));

describe("deriveNistOverallLikelihood", () => {
  it.each(cells)("Table G-5: initiation %s, adverse impacts %s", (initiation, adverse, column) => {
    expect(deriveNistOverallLikelihood(initiation, adverse)).toBe(TABLE_G5[initiation][column]);
    expect(deriveNistOverallLikelihood(initiation, adverse, { capped: false })).toBe(TABLE_G5[initiation][column]);
  });

  it.each(cells)("capped: initiation %s, adverse impacts %s is never above the initiation likelihood", (initiation, adverse, column) => {
    const table = TABLE_G5[initiation][column]!;
    const expected = nistLevels[Math.min(nistLevels.indexOf(table), nistLevels.indexOf(initiation))];
    expect(deriveNistOverallLikelihood(initiation, adverse, { capped: true })).toBe(expected);
  });

  it("has 25 cells; capping changes exactly the 7 cells where Table G-5 exceeds the initiation likelihood", () => {
    expect(cells).toHaveLength(25);
    const changed = cells.filter(([i, a]) => deriveNistOverallLikelihood(i, a) !== deriveNistOverallLikelihood(i, a, { capped: true }));
    expect(changed.map(([i, a]) => `${i}/${a}`)).toEqual([
      "very-low/moderate",
      "very-low/high",
      "very-low/very-high",
      "low/high",
      "low/very-high",
      "moderate/very-high",
      "high/very-high",
    ]);
  });

  it("is monotonic in both arguments", () => {
    for (const [i1, a1] of cells) {
      for (const [i2, a2] of cells) {
        if (nistLevels.indexOf(i1) <= nistLevels.indexOf(i2) && nistLevels.indexOf(a1) <= nistLevels.indexOf(a2)) {
          expect(nistLevels.indexOf(deriveNistOverallLikelihood(i1, a1))).toBeLessThanOrEqual(nistLevels.indexOf(deriveNistOverallLikelihood(i2, a2)));
        }
      }
    }
  });

  it("reports values that are not NIST levels, both at once", () => {
    try {
      deriveNistOverallLikelihood("medium" as NistLevel, "High" as NistLevel);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RiskMethodError);
      const levels = 'expected one of "very-low", "low", "moderate", "high", "very-high"';
      expect((error as RiskMethodError).issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/initiation", "unknown_level", `"medium" is not a NIST SP 800-30 qualitative value (${levels})`],
        ["/adverse", "unknown_level", `"High" is not a NIST SP 800-30 qualitative value (${levels})`],
      ]);
      expect((error as RiskMethodError).message).toBe(
        "Invalid NIST SP 800-30 likelihood: 2 problems\n" +
          `  initiation: "medium" is not a NIST SP 800-30 qualitative value (${levels})\n` +
          `  adverse: "High" is not a NIST SP 800-30 qualitative value (${levels})`,
      );
    }
  });
});
