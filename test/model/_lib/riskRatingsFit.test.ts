/**
 * `riskRatingsFit`, the fast path's question about ratings, answers as `checkRiskRatings` does: it
 * says "fits" exactly when the full check finds no issue, on documents whose ratings, levels, asset
 * valuations and risk method (presets, typos of presets, unknown presets, embedded matrices,
 * acceptance criteria) are drawn on and off the method's scales.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRiskRatings } from "../../../src/model/_lib/checkRiskRatings";
import { riskRatingsFit, type RatedDocument } from "../../../src/model/_lib/riskRatingsFit";

/** Steps of the presets' scales and levels, and some that are on none of them. */
const steps = ["rare", "unlikely", "possible", "likely", "almost-certain", "insignificant", "minor", "moderate", "major", "severe", "catastrophic", "very-low", "Likely", "x"];
const levels = ["low", "medium", "high", "critical", "very-low", "very-high", "extreme"];

const rating = fc.record(
  { likelihood: fc.constantFrom(...steps), impact: fc.constantFrom(...steps), level: fc.constantFrom(...levels) },
  { requiredKeys: ["likelihood", "impact"] },
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });

/** A 2×2 matrix of our own: its steps are on no preset's scales. */
const matrix = {
  id: "own-2x2",
  likelihood: [{ id: "low-l", label: "Low" }, { id: "high-l", label: "High" }],
  impact: [{ id: "low-i", label: "Low" }, { id: "high-i", label: "High" }],
  levels: [{ id: "ok", label: "OK" }, { id: "bad", label: "Bad" }],
  grid: [[0, 0], [0, 1]],
};

const method = fc.oneof(
  fc.record({ preset: fc.constantFrom("5x5", "3x3", "4x4", "nist-800-30", "5X5", "5×5", "6x6", "banana") }),
  fc.record({ preset: fc.constant("5x5"), acceptance: fc.record({ maxLevel: fc.constantFrom(...levels) }) }),
  fc.constant({ matrix }),
  fc.constant({ matrix: { ...matrix, grid: [[0, 0]] } }),
);

const ownRating = fc.record(
  { likelihood: fc.constantFrom("low-l", "high-l", "x"), impact: fc.constantFrom("low-i", "high-i", "x"), level: fc.constantFrom("ok", "bad", "x") },
  { requiredKeys: ["likelihood", "impact"] },
);

const doc = fc.record(
  {
    riskMethod: method,
    risks: fc.array(
      fc.oneof(rating, ownRating).chain(() =>
        fc.record(
          {
            inherent: maybe(fc.oneof(rating, ownRating)),
            residual: maybe(fc.oneof(rating, ownRating)),
            treatment: maybe(fc.record({ targetResidual: maybe(fc.oneof(rating, ownRating)) })),
            acceptance: maybe(fc.record({ acceptedRating: maybe(fc.oneof(rating, ownRating)) })),
          },
          { requiredKeys: [] },
        ),
      ),
      { maxLength: 4 },
    ),
    assets: fc.array(
      fc.record({ valuation: maybe(fc.record({ confidentiality: fc.constantFrom(...steps, "low-i"), integrity: fc.constantFrom(...steps), availability: fc.constantFrom(...steps) }, { requiredKeys: [] })) }, { requiredKeys: [] }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

describe("riskRatingsFit", () => {
  it("says a document's ratings fit exactly when checkRiskRatings finds no issue", () => {
    let fits = 0;
    let misfits = 0;
    fc.assert(
      fc.property(doc, (d) => {
        const expected = checkRiskRatings(d).length === 0;
        expect(riskRatingsFit(d as RatedDocument)).toBe(expected);
        if (expected) fits++;
        else misfits++;
      }),
      { numRuns: 3_000 },
    );
    // Both answers were exercised.
    expect(fits).toBeGreaterThan(100);
    expect(misfits).toBeGreaterThan(100);
  });

  it("refuses a stated level the matrix does not give, a step off the scale, an asset valued off the impact scale", () => {
    const base = { riskMethod: { preset: "5x5" }, risks: [{ inherent: { likelihood: "likely", impact: "major", level: "critical" } }] };
    expect(riskRatingsFit(base)).toBe(true);
    expect(riskRatingsFit({ ...base, risks: [{ inherent: { likelihood: "likely", impact: "major", level: "low" } }] })).toBe(false);
    expect(riskRatingsFit({ ...base, risks: [{ acceptance: { acceptedRating: { likelihood: "often", impact: "major" } } }] })).toBe(false);
    expect(riskRatingsFit({ ...base, assets: [{ valuation: { availability: "huge" } }] })).toBe(false);
    // A typo of a preset is an issue even when every rating is on the preset it most likely means.
    expect(riskRatingsFit({ ...base, riskMethod: { preset: "5X5" } })).toBe(false);
    // No method: nothing to rate against.
    expect(riskRatingsFit({ risks: base.risks })).toBe(true);
  });
});
