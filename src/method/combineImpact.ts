import * as z from "zod";
import { RiskScaleEntrySchema, type RiskScaleEntry } from "./RiskMethodSchema";
import { ImpactCombinationSchema, type ImpactCombination, type ImpactFactor } from "./ImpactCombinationSchema";
import type { RiskMatrix } from "./RiskMatrix";
import { RiskMethodError, type RiskMethodIssue } from "./RiskMethodError";
import { describeValue, listValues } from "../core/describeValue";
import { safeParseWith } from "../core/fromZodIssues";
import { issue } from "../core/issue";

/**
 * Impact ratings keyed by factor, as impact ids: an asset valuation
 * `{ confidentiality, integrity, availability }` or any other factors. `undefined` means not rated.
 *
 * @category Risk
 * @example
 * ```ts
 * const ratings: ImpactRatings = { confidentiality: "major", integrity: "minor", availability: "moderate" };
 * ```
 */
export type ImpactRatings = Readonly<Record<string, string | undefined>>;

const ScaleSchema = z.array(RiskScaleEntrySchema).min(1);

/**
 * Combines impact ratings of several factors into one impact id, e.g. an asset's confidentiality,
 * integrity and availability impacts into the impact of a risk to it.
 *
 * The default method, `"max"`, takes the highest rating: the common ISO/IEC 27001 practice for
 * C, I and A. Custom multi-factor methods (`"weighted"`, `"sum-bands"`) are plain data, see
 * {@link ImpactCombination}.
 *
 * @category Risk
 * @param scale - The impact scale, lowest first (or a matrix, whose `impact` scale is used).
 * @param ratings - The ratings, keyed by factor.
 * @param combination - How to combine; default `{ method: "max" }`.
 * @returns The combined impact id.
 * @throws {RiskMethodError} When the combination is invalid, a rating is not on the scale, a factor
 *   is unknown or missing, or nothing is rated. All issues are reported together.
 * @example
 * ```ts
 * const scale = riskMatrixPresets["5x5"].impact;
 * combineImpact(scale, { confidentiality: "major", integrity: "minor", availability: "moderate" })
 * //=> "major"
 *
 * const impact = combineImpact(scale, { financial: "major", legal: "minor", reputation: "moderate" }, {
 *   method: "sum-bands",
 *   factors: [{ id: "financial", weight: 2 }, { id: "legal" }, { id: "reputation" }],
 *   bands: [
 *     { minScore: 4, impact: "insignificant" },
 *     { minScore: 7, impact: "minor" },
 *     { minScore: 10, impact: "moderate" },
 *     { minScore: 14, impact: "major" },
 *     { minScore: 18, impact: "severe" },
 *   ],
 * });
 * impact // 2 × 4 + 2 + 3 = 13
 * //=> "moderate"
 * ```
 */
export function combineImpact(
  scale: readonly Readonly<RiskScaleEntry>[] | RiskMatrix,
  ratings: ImpactRatings,
  combination: ImpactCombination = { method: "max" },
): string {
  const given = Array.isArray(scale) ? (scale as readonly Readonly<RiskScaleEntry>[]) : (scale as RiskMatrix | null | undefined)?.impact;
  const summary = "Cannot combine impact ratings";

  // Issues are placed under the argument they are about: `scale` (or `scale.impact` for a matrix), `combination`, `ratings`.
  const onScale = Array.isArray(scale) ? ["scale"] : ["scale", "impact"];
  const parsedScale = safeParseWith(ScaleSchema, given, { prefix: onScale });
  if (!parsedScale.success) throw new RiskMethodError(summary, parsedScale.issues);
  const entries = given as readonly Readonly<RiskScaleEntry>[];
  const positions = new Map<string, number>();
  const scaleIssues: RiskMethodIssue[] = [];
  entries.forEach((entry, i) => {
    if (positions.has(entry.id)) scaleIssues.push(issue([...onScale, i, "id"], "duplicate_id", `duplicate id ${describeValue(entry.id)}`));
    else positions.set(entry.id, i);
  });
  if (scaleIssues.length > 0) throw new RiskMethodError(summary, scaleIssues);

  const parsed = safeParseWith(ImpactCombinationSchema, combination, { prefix: ["combination"] });
  if (!parsed.success) throw new RiskMethodError(summary, parsed.issues);
  const method = parsed.data;
  const ids = [...positions.keys()];

  const issues: RiskMethodIssue[] = [];
  const points = (position: number): number | undefined =>
    method.method === "sum-bands" && method.points === "value" ? entries[position]?.value : position + 1;

  // Validate the combination against the scale.
  if (method.method !== "max") {
    checkFactors(method.factors, issues);
    if (method.method === "sum-bands") {
      if (method.points === "value") {
        entries.forEach((entry, i) => {
          if (entry.value === undefined) {
            issues.push(issue([...onScale, i, "value"], "missing_value", `points: "value" needs a value on every scale entry; ${describeValue(entry.id)} has none`));
          }
        });
      }
      let previousImpact = -1;
      method.bands.forEach((band, b) => {
        const position = positions.get(band.impact);
        if (position === undefined) {
          issues.push(issue(["combination", "bands", b, "impact"], "unknown_id", `${describeValue(band.impact)} is not on the impact scale (expected one of ${listValues(ids)})`));
        } else if (position < previousImpact) {
          issues.push(issue(["combination", "bands", b, "impact"], "band_order", `impact ${describeValue(band.impact)} is lower than the previous band's; bands must not decrease`));
        }
        if (position !== undefined) previousImpact = Math.max(previousImpact, position);
        const previous = method.bands[b - 1];
        if (previous !== undefined && band.minScore <= previous.minScore) {
          issues.push(issue(["combination", "bands", b, "minScore"], "band_order", `minScore ${band.minScore} is not greater than the previous band's ${previous.minScore}; list bands in increasing minScore`));
        }
      });
      if (issues.length === 0) {
        const lowest = Math.min(...entries.map((_, i) => points(i) ?? Infinity));
        const minSum = method.factors.reduce((sum, f) => sum + (f.weight ?? 1) * lowest, 0);
        const first = method.bands[0];
        if (first !== undefined && first.minScore > minSum) {
          issues.push(issue(["combination", "bands", 0, "minScore"], "band_gap", `the lowest band must start at or below the lowest possible score ${minSum}; found ${first.minScore}`));
        }
      }
    }
  } else if (method.factors !== undefined) {
    const seen = new Set<string>();
    method.factors.forEach((id, i) => {
      if (seen.has(id)) issues.push(issue(["combination", "factors", i], "duplicate_id", `duplicate factor ${describeValue(id)}`));
      seen.add(id);
    });
  }
  if (issues.length > 0) throw new RiskMethodError(summary, issues);

  // Check the ratings.
  const factorIds =
    method.method === "max" ? method.factors : method.factors.map((f) => f.id);
  const rated = new Map<string, number>();
  if (ratings === null || typeof ratings !== "object") {
    throw new RiskMethodError(summary, [issue(["ratings"], "invalid_type", `expected an object of impact ids keyed by factor; found ${describeValue(ratings)}`)]);
  }
  for (const [key, value] of Object.entries(ratings)) {
    if (factorIds !== undefined && !factorIds.includes(key)) {
      issues.push(issue(["ratings", key], "unknown_factor", `unknown factor (expected one of ${listValues(factorIds)})`));
      continue;
    }
    if (value === undefined) continue;
    const position = typeof value === "string" ? positions.get(value) : undefined;
    if (position === undefined) {
      issues.push(issue(["ratings", key], "unknown_id", `${describeValue(value)} is not on the impact scale (expected one of ${listValues(ids)})`));
    } else {
      rated.set(key, position);
    }
  }
  if (method.method !== "max") {
    for (const id of method.factors.map((f) => f.id)) {
      if (ratings[id] === undefined) {
        issues.push(issue(["ratings", id], "missing_rating", `missing rating (expected one of ${listValues(ids)}); method "${method.method}" needs every factor rated`));
      }
    }
  } else if (issues.length === 0 && rated.size === 0) {
    issues.push(issue(["ratings"], "missing_rating", `no factor is rated (expected at least one impact id${factorIds === undefined ? "" : ` for ${listValues(factorIds)}`})`));
  }
  if (issues.length > 0) throw new RiskMethodError(summary, issues);

  let position: number;
  switch (method.method) {
    case "max":
      position = Math.max(...rated.values());
      break;
    case "weighted": {
      let total = 0;
      let weights = 0;
      for (const f of method.factors) {
        const w = f.weight ?? 1;
        total += w * (rated.get(f.id) ?? 0);
        weights += w;
      }
      const mean = total / weights;
      const rounding = method.rounding ?? "nearest";
      // Guard against 2.9999999 from floating point before rounding up or down.
      const snapped = Math.abs(mean - Math.round(mean)) < 1e-9 ? Math.round(mean) : mean;
      position = rounding === "up" ? Math.ceil(snapped) : rounding === "down" ? Math.floor(snapped) : Math.floor(snapped + 0.5);
      break;
    }
    case "sum-bands": {
      let score = 0;
      for (const f of method.factors) score += (f.weight ?? 1) * (points(rated.get(f.id) ?? 0) ?? 0);
      let impact = method.bands[0]?.impact ?? "";
      for (const band of method.bands) if (score >= band.minScore - 1e-9) impact = band.impact;
      position = positions.get(impact) ?? 0;
      break;
    }
  }
  const result = entries[Math.min(Math.max(position, 0), entries.length - 1)];
  if (result === undefined) throw new Error("unreachable: empty impact scale");
  return result.id;
}

function checkFactors(factors: readonly ImpactFactor[], issues: RiskMethodIssue[]): void {
  const seen = new Set<string>();
  factors.forEach((f, i) => {
    if (seen.has(f.id)) issues.push(issue(["combination", "factors", i, "id"], "duplicate_id", `duplicate factor ${describeValue(f.id)}`));
    seen.add(f.id);
  });
}
