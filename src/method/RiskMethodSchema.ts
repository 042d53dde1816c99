import * as z from "zod";
import { boundedNumberSchema, intervalMonthsSchema, MAX_SCALE_STEPS } from "../core/bounds";
import { EntityIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * One step of a likelihood or impact scale, or one risk level. Scales are listed from lowest to highest.
 *
 * @category Model
 * @example
 * ```ts
 * const rare: RiskScaleEntry = { id: "rare", label: "Rare", description: "Less than once in ten years", value: 1 };
 * ```
 */
export const RiskScaleEntrySchema = z.strictObject({
  id: NonEmptyStringSchema.describe("Stable identifier used in ratings, e.g. \"likely\"."),
  label: NonEmptyStringSchema.describe("Human-readable label."),
  description: z.string().optional(),
  value: boundedNumberSchema().optional().describe("Optional numeric value (semi-quantitative methods)."),
  color: z.string().optional().describe("Optional display colour, e.g. \"#d73027\"."),
});
/**
 * The type of a risk scale entry, inferred from {@link RiskScaleEntrySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskScaleEntry = RiskScaleEntrySchema.parse({ id: "l", label: "Low" });
 * RiskScaleEntrySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskScaleEntry = z.infer<typeof RiskScaleEntrySchema>;

/**
 * Who may accept a residual risk of one level, and for how long at most: the risk owner, a member of
 * top management, or a holder of one of the roles named. Part of the risk acceptance criteria.
 *
 * @category Model
 * @example
 * ```ts
 * const high: RiskAcceptanceAuthority = { level: "high", topManagement: true, maxValidityMonths: 6 };
 * RiskAcceptanceAuthoritySchema.safeParse(high).success
 * //=> true
 * RiskAcceptanceAuthoritySchema.safeParse({ level: "high" }).success
 * //=> false
 * ```
 */
export const RiskAcceptanceAuthoritySchema = z
  .strictObject({
    level: NonEmptyStringSchema.describe("The id of the risk level this entry is for."),
    riskOwner: z.boolean().optional().describe("The risk owner may accept a risk of this level."),
    topManagement: z.boolean().optional().describe("A member of top management may accept a risk of this level."),
    roleIds: z.array(RefSchema).max(100).optional().describe("Holders of these roles may accept a risk of this level."),
    maxValidityMonths: intervalMonthsSchema().optional().describe("The longest an acceptance at this level may run, in months."),
  })
  .superRefine((a, ctx) => {
    if (a.riskOwner === true || a.topManagement === true || (a.roleIds?.length ?? 0) > 0) return;
    ctx.addIssue({ code: "custom", message: "expected someone who may accept: riskOwner, topManagement or roleIds", params: { code: "invalid_value" } });
  });
/**
 * The type of a risk acceptance authority, inferred from {@link RiskAcceptanceAuthoritySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskAcceptanceAuthority = RiskAcceptanceAuthoritySchema.parse({ level: "medium", roleIds: ["r-ciso"] });
 * RiskAcceptanceAuthoritySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskAcceptanceAuthority = z.infer<typeof RiskAcceptanceAuthoritySchema>;

/**
 * The risk acceptance criteria of a method (ISO/IEC 27001:2022 6.1.2 a 1), as data: the highest risk
 * level the risk owner may retain without further treatment (`maxLevel`), how long an acceptance
 * holds (`validityMonths`), and, per level, who else may accept and for how long at most
 * (`authorities`). A level above `maxLevel` may be retained only where an authority names it; a level
 * at or below it may be accepted by its risk owner unless an authority for it says otherwise.
 *
 * @category Model
 * @example
 * ```ts
 * const acceptance: RiskAcceptanceCriteria = RiskAcceptanceCriteriaSchema.parse({
 *   maxLevel: "low",
 *   validityMonths: 12,
 *   authorities: [{ level: "medium", topManagement: true, maxValidityMonths: 12 }, { level: "high", topManagement: true, maxValidityMonths: 6 }],
 * });
 * acceptance.authorities?.map((a) => a.level)
 * //=> ["medium", "high"]
 * ```
 */
export const RiskAcceptanceCriteriaSchema = z.strictObject({
  maxLevel: NonEmptyStringSchema.describe("Id of the highest level the risk owner may accept without further treatment."),
  description: z.string().optional(),
  validityMonths: intervalMonthsSchema()
    .optional()
    .describe("How long an acceptance holds when it states no expiry of its own, and at most (unless its level's authority says otherwise)."),
  authorities: z
    .array(RiskAcceptanceAuthoritySchema)
    .max(100)
    .optional()
    .describe("Per level: who may accept a residual risk of that level, and for how long at most."),
});
/**
 * The type of a risk acceptance criteria, inferred from {@link RiskAcceptanceCriteriaSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskAcceptanceCriteria = RiskAcceptanceCriteriaSchema.parse({ maxLevel: "low" });
 * RiskAcceptanceCriteriaSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskAcceptanceCriteria = z.infer<typeof RiskAcceptanceCriteriaSchema>;

/** A scale of a matrix: 1 to 20 entries, lowest first. */
const scaleSchema = (what: string) =>
  z
    .array(RiskScaleEntrySchema)
    .min(1, { error: `expected at least 1 of the ${what}` })
    .max(MAX_SCALE_STEPS, { error: `expected at most ${MAX_SCALE_STEPS} ${what}` });

/**
 * The shape of a qualitative risk matrix: likelihood and impact scales, the risk levels, and
 * `grid[l][i]`, the index into `levels` for likelihood index `l` and impact index `i`.
 *
 * This schema checks the shape only; `defineRiskMatrix` checks the grid against the scales.
 *
 * @category Model
 * @example
 * ```ts
 * const matrix: RiskMatrixDefinition = {
 *   id: "2x2",
 *   likelihood: [{ id: "unlikely", label: "Unlikely" }, { id: "likely", label: "Likely" }],
 *   impact: [{ id: "minor", label: "Minor" }, { id: "major", label: "Major" }],
 *   levels: [{ id: "low", label: "Low" }, { id: "high", label: "High" }],
 *   grid: [[0, 0], [0, 1]],
 * };
 * ```
 */
export const RiskMatrixDefinitionSchema = z.strictObject({
  id: NonEmptyStringSchema,
  name: z.string().optional(),
  description: z.string().optional(),
  likelihood: scaleSchema("likelihood steps"),
  impact: scaleSchema("impact steps"),
  levels: scaleSchema("levels"),
  grid: z
    .array(z.array(z.int().nonnegative().max(MAX_SCALE_STEPS - 1)).max(MAX_SCALE_STEPS, { error: `expected at most ${MAX_SCALE_STEPS} cells per row` }))
    .max(MAX_SCALE_STEPS, { error: `expected at most ${MAX_SCALE_STEPS} rows` }),
  acceptance: RiskAcceptanceCriteriaSchema.optional(),
  allowNonMonotonic: z.boolean().optional(),
});
/**
 * The type of a risk matrix definition, inferred from {@link RiskMatrixDefinitionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskMatrixDefinition = RiskMatrixDefinitionSchema.parse({ id: "m", likelihood: [{ id: "a", label: "A" }], impact: [{ id: "b", label: "B" }], levels: [{ id: "c", label: "C" }], grid: [[0]] });
 * RiskMatrixDefinitionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskMatrixDefinition = z.infer<typeof RiskMatrixDefinitionSchema>;

/**
 * The organisation's risk assessment method (ISO/IEC 27001:2022 6.1.2): a named preset or an
 * embedded matrix, the risk acceptance criteria, and how often risks are assessed again.
 *
 * Exactly one of `preset` and `matrix` is given.
 *
 * @category Model
 * @example
 * ```ts
 * const method: RiskMethod = {
 *   preset: "5x5",
 *   acceptance: { maxLevel: "low" },
 *   assessmentIntervalMonths: 12,
 * };
 * ```
 */
export const RiskMethodSchema = z
  .strictObject({
    preset: NonEmptyStringSchema.optional().describe("Name of a built-in method, e.g. \"5x5\" or \"nist-800-30\"."),
    matrix: RiskMatrixDefinitionSchema.optional(),
    acceptance: RiskAcceptanceCriteriaSchema.optional(),
    assessmentIntervalMonths: intervalMonthsSchema().optional(),
    criteria: z
      .string()
      .optional()
      .describe("The criteria for performing risk assessments, in the organisation's words."),
    documentId: RefSchema.optional().describe("The documented risk assessment methodology."),
    approvedOn: IsoDateSchema.optional(),
    id: EntityIdSchema.optional(),
  })
  .refine((m) => (m.preset === undefined) !== (m.matrix === undefined), {
    message: "expected exactly one of `preset` (a preset name) or `matrix` (an embedded matrix definition)",
    path: ["preset"],
  });
/**
 * The type of a risk method, inferred from {@link RiskMethodSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskMethod = RiskMethodSchema.parse({ preset: "5x5" });
 * RiskMethodSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskMethod = z.infer<typeof RiskMethodSchema>;
