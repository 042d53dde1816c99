import * as z from "zod";
import { boundedNumberSchema } from "../core/bounds";
import { NonEmptyStringSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One factor of a multi-factor impact combination: the key of its rating (`"confidentiality"`,
 * `"financial"`, `"legal"` …) and its weight (default 1).
 *
 * @category Risk
 * @example
 * ```ts
 * ImpactFactorSchema.parse({ id: "financial", weight: 2 }).weight
 * //=> 2
 * ```
 */
export const ImpactFactorSchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema.describe("Key of the factor's rating, e.g. \"confidentiality\"."),
  label: z.string().optional(),
  weight: z.number().finite().positive().max(1_000_000, { error: "expected a weight of at most 1,000,000" }).optional().register(z.globalRegistry, { description: "Relative weight; default 1." }),
})));
/**
 * A factor of a multi-factor impact combination: `{ id, label?, weight? }`.
 *
 * @category Risk
 * @example
 * ```ts
 * const factor: ImpactFactor = { id: "financial", weight: 2 };
 * ImpactFactorSchema.safeParse(factor).success
 * //=> true
 * ```
 */
export type ImpactFactor = z.infer<typeof ImpactFactorSchema>;

/**
 * One band of a `sum-bands` combination: scores from `minScore` up (to the next band's `minScore`)
 * give `impact`.
 *
 * @category Risk
 * @example
 * ```ts
 * ImpactBandSchema.parse({ minScore: 7, impact: "major" }).impact
 * //=> "major"
 * ```
 */
export const ImpactBandSchema = z.strictObject(lazyShape(() => ({
  minScore: boundedNumberSchema(),
  impact: NonEmptyStringSchema.describe("Impact id on the scale."),
})));
/**
 * A band of a `sum-bands` impact combination: `{ minScore, impact }`.
 *
 * @category Risk
 * @example
 * ```ts
 * const band: ImpactBand = { minScore: 10, impact: "moderate" };
 * ImpactBandSchema.safeParse(band).success
 * //=> true
 * ```
 */
export type ImpactBand = z.infer<typeof ImpactBandSchema>;

/**
 * How impact ratings of several factors combine into one impact, as data (validated by
 * {@link combineImpact}):
 *
 * - `{ method: "max", factors? }`: the highest rating (the usual ISO practice for confidentiality,
 *   integrity and availability). `factors`, when given, lists the allowed rating keys; unrated
 *   factors are skipped, but at least one must be rated.
 * - `{ method: "weighted", factors, rounding? }`: the weighted mean of the ratings' positions on the
 *   scale, rounded to a position (`"nearest"` by default, halves up; or `"up"`, `"down"`). Every
 *   factor must be rated.
 * - `{ method: "sum-bands", factors, bands, points? }`: adds each factor's points times its weight
 *   (points are the rank 1…n on the scale, or the entry's `value` with `points: "value"`), then finds
 *   the band with the highest `minScore` not above the sum. Bands are listed in increasing
 *   `minScore`, their impacts must not decrease, and the first band must cover the lowest possible
 *   sum. Every factor must be rated.
 *
 * @category Risk
 * @example
 * ```ts
 * const cia: ImpactCombination = { method: "max", factors: ["confidentiality", "integrity", "availability"] };
 * ImpactCombinationSchema.safeParse(cia).success
 * //=> true
 * ```
 */
export const ImpactCombinationSchema = z.discriminatedUnion(
  "method",
  [
    z.strictObject(lazyShape(() => ({
      method: z.literal("max"),
      factors: z.array(NonEmptyStringSchema).optional().register(z.globalRegistry, { description: "Allowed rating keys; default: any." }),
    }))),
    z.strictObject(lazyShape(() => ({
      method: z.literal("weighted"),
      factors: z.array(ImpactFactorSchema).min(1),
      rounding: z.enum(["nearest", "up", "down"]).optional().register(z.globalRegistry, { description: "Default \"nearest\" (halves up)." }),
    }))),
    z.strictObject(lazyShape(() => ({
      method: z.literal("sum-bands"),
      factors: z.array(ImpactFactorSchema).min(1),
      points: z.enum(["rank", "value"]).optional().register(z.globalRegistry, { description: "Default \"rank\": 1 for the lowest entry." }),
      bands: z.array(ImpactBandSchema).min(1),
    }))),
  ],
  { error: "expected method \"max\", \"weighted\" or \"sum-bands\"" },
);
/**
 * How impact ratings of several factors combine into one impact: `max`, `weighted` or `sum-bands`.
 *
 * @category Risk
 * @example
 * ```ts
 * const combination: ImpactCombination = { method: "weighted", factors: [{ id: "confidentiality", weight: 2 }, { id: "availability" }] };
 * ImpactCombinationSchema.safeParse(combination).success
 * //=> true
 * ```
 */
export type ImpactCombination = z.infer<typeof ImpactCombinationSchema>;
