import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { combineImpact, RiskMethodError, riskMatrixPresets, type ImpactCombination, type RiskMethodIssue } from "../../src/index";
import { deepFreeze } from "../risk/_helpers/deepFreeze";

const scale = riskMatrixPresets["5x5"].impact; // insignificant, minor, moderate, major, severe
const ids = scale.map((e) => e.id);

function errorOf(run: () => unknown): RiskMethodError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RiskMethodError);
    return error as RiskMethodError;
  }
  throw new Error("expected a RiskMethodError");
}

function issuesOf(run: () => unknown): readonly RiskMethodIssue[] {
  return errorOf(run).issues;
}

const onScale = 'expected one of "insignificant", "minor", "moderate", "major", "severe"';

const sumBands: ImpactCombination = {
  method: "sum-bands",
  factors: [{ id: "financial", weight: 2 }, { id: "legal" }, { id: "reputation" }],
  bands: [
    { minScore: 4, impact: "insignificant" },
    { minScore: 7, impact: "minor" },
    { minScore: 10, impact: "moderate" },
    { minScore: 14, impact: "major" },
    { minScore: 18, impact: "severe" },
  ],
};

describe("combineImpact", () => {
  describe("max (default)", () => {
    it("takes the highest of confidentiality, integrity and availability", () => {
      expect(combineImpact(scale, { confidentiality: "minor", integrity: "severe", availability: "moderate" })).toBe("severe");
      expect(combineImpact(scale, { confidentiality: "minor" })).toBe("minor");
    });

    it("skips unrated factors and accepts a matrix for its impact scale", () => {
      expect(combineImpact(riskMatrixPresets["5x5"], { confidentiality: "major", integrity: undefined })).toBe("major");
    });

    it("restricts the factors when they are listed", () => {
      const cia: ImpactCombination = { method: "max", factors: ["confidentiality", "integrity", "availability"] };
      expect(combineImpact(scale, { integrity: "moderate" }, cia)).toBe("moderate");
      expect(issuesOf(() => combineImpact(scale, { confidentality: "major" }, cia))).toEqual([
        {
          path: ["ratings", "confidentality"],
          pointer: "/ratings/confidentality",
          code: "unknown_factor",
          message: 'unknown factor (expected one of "confidentiality", "integrity", "availability")',
        },
      ]);
      expect(issuesOf(() => combineImpact(scale, { integrity: "moderate" }, { method: "max", factors: ["integrity", "integrity"] }))).toEqual([
        { path: ["combination", "factors", 1], pointer: "/combination/factors/1", code: "duplicate_id", message: 'duplicate factor "integrity"' },
      ]);
    });

    it("is the maximum for any ratings (property)", () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 6 }), (positions) => {
          const ratings = Object.fromEntries(positions.map((p, k) => [`f${k}`, ids[p]!]));
          expect(combineImpact(scale, ratings)).toBe(ids[Math.max(...positions)]);
        }),
      );
    });

    it("reports ratings that are not on the scale, and no rating at all", () => {
      const error = errorOf(() => combineImpact(scale, { confidentiality: "high", integrity: 3 as unknown as string }));
      expect(error.summary).toBe("Cannot combine impact ratings");
      expect(error.issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/ratings/confidentiality", "unknown_id", `"high" is not on the impact scale (${onScale})`],
        ["/ratings/integrity", "unknown_id", `3 is not on the impact scale (${onScale})`],
      ]);
      expect(error.message).toBe(
        "Cannot combine impact ratings: 2 problems\n" +
          `  ratings.confidentiality: "high" is not on the impact scale (${onScale})\n` +
          `  ratings.integrity: 3 is not on the impact scale (${onScale})`,
      );
      expect(() => combineImpact(scale, {})).toThrow("Cannot combine impact ratings: 1 problem\n  ratings: no factor is rated (expected at least one impact id)");
      expect(issuesOf(() => combineImpact(scale, {}))).toEqual([
        { path: ["ratings"], pointer: "/ratings", code: "missing_rating", message: "no factor is rated (expected at least one impact id)" },
      ]);
      expect(issuesOf(() => combineImpact(scale, {}, { method: "max", factors: ["confidentiality", "integrity"] }))[0]?.message).toBe(
        'no factor is rated (expected at least one impact id for "confidentiality", "integrity")',
      );
      expect(issuesOf(() => combineImpact(scale, null as unknown as Record<string, string>))).toEqual([
        { path: ["ratings"], pointer: "/ratings", code: "invalid_type", message: "expected an object of impact ids keyed by factor; found null" },
      ]);
    });

    it("escapes factor names in JSON pointers", () => {
      expect(issuesOf(() => combineImpact(scale, { "a/b~c": "x" }))[0]?.pointer).toBe("/ratings/a~1b~0c");
    });
  });

  describe("weighted", () => {
    const weighted: ImpactCombination = { method: "weighted", factors: [{ id: "confidentiality", weight: 2 }, { id: "integrity" }, { id: "availability" }] };

    it("rounds the weighted mean position to the nearest, halves up", () => {
      // (2×3 + 1 + 2) / 4 = 2.25 → moderate
      expect(combineImpact(scale, { confidentiality: "major", integrity: "minor", availability: "moderate" }, weighted)).toBe("moderate");
      // (2×3 + 1 + 1) / 4 = 2 → moderate; (2×4 + 0 + 0) / 4 = 2 → moderate
      expect(combineImpact(scale, { confidentiality: "severe", integrity: "insignificant", availability: "insignificant" }, weighted)).toBe("moderate");
      // (2×3 + 0 + 0)/4 = 1.5 → halves up → moderate
      expect(combineImpact(scale, { confidentiality: "major", integrity: "insignificant", availability: "insignificant" }, weighted)).toBe("moderate");
    });

    it("rounds up or down when asked", () => {
      const ratings = { confidentiality: "major", integrity: "minor", availability: "moderate" }; // 2.25
      expect(combineImpact(scale, ratings, { ...weighted, rounding: "up" })).toBe("major");
      expect(combineImpact(scale, ratings, { ...weighted, rounding: "down" })).toBe("moderate");
    });

    it("stays within the lowest and highest rating (property)", () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }), fc.constantFrom("nearest", "up", "down" as const), (p, rounding) => {
          const result = ids.indexOf(
            combineImpact(scale, { confidentiality: ids[p[0]!], integrity: ids[p[1]!], availability: ids[p[2]!] }, { ...weighted, rounding }),
          );
          expect(result).toBeGreaterThanOrEqual(Math.min(...p));
          expect(result).toBeLessThanOrEqual(Math.max(...p));
        }),
      );
    });

    it("needs every factor rated", () => {
      expect(issuesOf(() => combineImpact(scale, { confidentiality: "major" }, weighted)).map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/ratings/integrity", "missing_rating", `missing rating (${onScale}); method "weighted" needs every factor rated`],
        ["/ratings/availability", "missing_rating", `missing rating (${onScale}); method "weighted" needs every factor rated`],
      ]);
    });
  });

  describe("sum-bands", () => {
    it("adds the weighted ranks and finds the band", () => {
      // 2×4 + 2 + 3 = 13 → moderate (10–13)
      expect(combineImpact(scale, { financial: "major", legal: "minor", reputation: "moderate" }, sumBands)).toBe("moderate");
      expect(combineImpact(scale, { financial: "insignificant", legal: "insignificant", reputation: "insignificant" }, sumBands)).toBe("insignificant");
      expect(combineImpact(scale, { financial: "severe", legal: "severe", reputation: "severe" }, sumBands)).toBe("severe");
      expect(combineImpact(scale, { financial: "severe", legal: "minor", reputation: "minor" }, sumBands)).toBe("major"); // 14
    });

    it("uses the scale's values with points: \"value\"", () => {
      const nist = riskMatrixPresets["nist-800-30"].impact; // 0, 2, 5, 8, 10
      const byValue: ImpactCombination = {
        method: "sum-bands",
        points: "value",
        factors: [{ id: "mission" }, { id: "assets" }],
        bands: [
          { minScore: 0, impact: "very-low" },
          { minScore: 5, impact: "low" },
          { minScore: 10, impact: "moderate" },
          { minScore: 15, impact: "high" },
          { minScore: 19, impact: "very-high" },
        ],
      };
      expect(combineImpact(nist, { mission: "high", assets: "low" }, byValue)).toBe("moderate"); // 10
      expect(combineImpact(nist, { mission: "very-high", assets: "high" }, byValue)).toBe("high"); // 18
      const plain = [{ id: "very-low", label: "VL" }, ...nist.slice(1)];
      expect(issuesOf(() => combineImpact(plain, { mission: "low", assets: "low" }, byValue))).toEqual([
        {
          path: ["scale", 0, "value"],
          pointer: "/scale/0/value",
          code: "missing_value",
          message: 'points: "value" needs a value on every scale entry; "very-low" has none',
        },
      ]);
    });

    it("is monotonic in every factor (property)", () => {
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 2 }), (p, k) => {
          const rate = (q: number[]) =>
            ids.indexOf(combineImpact(scale, { financial: ids[q[0]!], legal: ids[q[1]!], reputation: ids[q[2]!] }, sumBands));
          const higher = [...p];
          higher[k] = Math.min(4, higher[k]! + 1);
          expect(rate(p)).toBeLessThanOrEqual(rate(higher));
        }),
      );
    });

    it("validates the bands against the scale", () => {
      const bad: ImpactCombination = {
        method: "sum-bands",
        factors: [{ id: "a" }, { id: "a" }],
        bands: [
          { minScore: 5, impact: "minor" },
          { minScore: 5, impact: "insignificant" },
          { minScore: 9, impact: "huge" },
        ],
      };
      const error = errorOf(() => combineImpact(scale, { a: "minor" }, bad));
      expect(error.issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/combination/factors/1/id", "duplicate_id", 'duplicate factor "a"'],
        ["/combination/bands/1/impact", "band_order", 'impact "insignificant" is lower than the previous band\'s; bands must not decrease'],
        ["/combination/bands/1/minScore", "band_order", "minScore 5 is not greater than the previous band's 5; list bands in increasing minScore"],
        ["/combination/bands/2/impact", "unknown_id", `"huge" is not on the impact scale (${onScale})`],
      ]);
      expect(error.message).toBe(
        "Cannot combine impact ratings: 4 problems\n" +
          '  combination.factors[1].id: duplicate factor "a"\n' +
          '  combination.bands[1].impact: impact "insignificant" is lower than the previous band\'s; bands must not decrease\n' +
          "  combination.bands[1].minScore: minScore 5 is not greater than the previous band's 5; list bands in increasing minScore\n" +
          `  combination.bands[2].impact: "huge" is not on the impact scale (${onScale})`,
      );
    });

    it("requires the first band to cover the lowest possible score", () => {
      const gap = { ...sumBands, bands: [{ minScore: 5, impact: "minor" }, ...sumBands.bands.slice(2)] } as ImpactCombination;
      expect(issuesOf(() => combineImpact(scale, { financial: "minor", legal: "minor", reputation: "minor" }, gap))).toEqual([
        {
          path: ["combination", "bands", 0, "minScore"],
          pointer: "/combination/bands/0/minScore",
          code: "band_gap",
          message: "the lowest band must start at or below the lowest possible score 4; found 5",
        },
      ]);
    });
  });

  it("reports a combination that does not match the schema", () => {
    expect(issuesOf(() => combineImpact(scale, { a: "minor" }, { method: "average" } as unknown as ImpactCombination))).toEqual([
      { path: ["combination", "method"], pointer: "/combination/method", code: "invalid_union", message: 'expected method "max", "weighted" or "sum-bands"' },
    ]);
    expect(issuesOf(() => combineImpact(scale, { a: "minor" }, { method: "weighted", factors: [] }))).toEqual([
      {
        path: ["combination", "factors"],
        pointer: "/combination/factors",
        code: "too_small",
        message: "Too small: expected array to have >=1 items; found an array of 0",
      },
    ]);
  });

  it("reports an invalid scale", () => {
    expect(issuesOf(() => combineImpact([], { a: "x" }))).toEqual([
      { path: ["scale"], pointer: "/scale", code: "too_small", message: "Too small: expected array to have >=1 items; found an array of 0" },
    ]);
    expect(issuesOf(() => combineImpact([{ id: "a", label: 5 as unknown as string }], { c: "a" }))).toEqual([
      { path: ["scale", 0, "label"], pointer: "/scale/0/label", code: "invalid_type", message: "expected string; found 5" },
    ]);
    expect(issuesOf(() => combineImpact([{ id: "a", label: "A" }, { id: "a", label: "B" }], { c: "a" }))).toEqual([
      { path: ["scale", 1, "id"], pointer: "/scale/1/id", code: "duplicate_id", message: 'duplicate id "a"' },
    ]);
    expect(() => combineImpact([{ id: "a", label: "A" }, { id: "a", label: "B" }], { c: "a" })).toThrow(
      'Cannot combine impact ratings: 1 problem\n  scale[1].id: duplicate id "a"',
    );
    // A matrix is read for its impact scale, and its issues say so.
    expect(issuesOf(() => combineImpact({ ...riskMatrixPresets["5x5"], impact: [] }, { c: "a" }))).toEqual([
      { path: ["scale", "impact"], pointer: "/scale/impact", code: "too_small", message: "Too small: expected array to have >=1 items; found an array of 0" },
    ]);
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const ratings = deepFreeze({ financial: "major", legal: "minor", reputation: "moderate" });
    const combination = deepFreeze(structuredClone(sumBands));
    expect(combineImpact(deepFreeze([...scale]), ratings, combination)).toBe("moderate");
    expect(combination).toEqual(sumBands);
  });
});
