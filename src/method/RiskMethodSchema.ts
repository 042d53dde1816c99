import * as z from "zod";
import { boundedNumberSchema, intervalMonthsSchema, MAX_SCALE_STEPS } from "../core/bounds";
import { EntityIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One step of a likelihood or impact scale, or one risk level. Scales are listed from lowest to highest.
 *
 * @category Model
 * @example
 * ```ts
 * const rare: RiskScaleEntry = { id: "rare", label: "Rare", description: "Less than once in ten years", value: 1 };
 * ```
 */
export const RiskScaleEntrySchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema.meta({ description: "Stable id of the step or level, used in ratings.", examples: ["likely"] }),
  label: NonEmptyStringSchema.meta({ description: "Its name as reports show it.", examples: ["Likely"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What the step or level means, in the organisation's words.", examples: ["Expected to happen at least once a year."] }),
  value: boundedNumberSchema().optional().register(z.globalRegistry, { description: "Optional numeric value (semi-quantitative methods).", examples: [4] }),
  color: z.string().optional().register(z.globalRegistry, { description: "Display colour as a CSS colour, e.g. a hex code.", examples: ["#d73027"] }),
})));
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
  .strictObject(lazyShape(() => ({
    level: NonEmptyStringSchema.meta({ description: "The id of the risk level this entry is for.", examples: ["high"] }),
    riskOwner: z.boolean().optional().register(z.globalRegistry, { description: "The risk owner may accept a risk of this level.", examples: [false] }),
    topManagement: z.boolean().optional().register(z.globalRegistry, { description: "A member of top management may accept a risk of this level.", examples: [true] }),
    roleIds: z.array(RefSchema).max(100).optional().register(z.globalRegistry, { description: "Holders of these roles may accept a risk of this level.", examples: [["role-ciso"]] }),
    maxValidityMonths: intervalMonthsSchema().optional().register(z.globalRegistry, { description: "The longest an acceptance at this level may run, in months.", examples: [6] }),
  })))
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
export const RiskAcceptanceCriteriaSchema = z.strictObject(lazyShape(() => ({
  maxLevel: NonEmptyStringSchema.meta({ description: "Id of the highest level the risk owner may accept without further treatment.", examples: ["medium"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The risk acceptance criteria in the organisation's words.", examples: ["Risks up to medium may be accepted by their owner for a year."] }),
  validityMonths: intervalMonthsSchema()
    .optional()
    .register(z.globalRegistry, { description: "How long an acceptance holds when it states no expiry of its own, and at most (unless its level's authority says otherwise).", examples: [12] }),
  authorities: z
    .array(RiskAcceptanceAuthoritySchema)
    .max(100)
    .optional()
    .register(z.globalRegistry, { description: "Per level: who may accept a residual risk of that level, and for how long at most.", examples: [[{ level: "high", topManagement: true, maxValidityMonths: 6 }]] }),
}))).register(z.globalRegistry, {
  description: "The risk acceptance criteria (6.1.2 a 1): the highest level a risk owner may accept, for how long, and who may accept above it.",
  examples: [{ maxLevel: "medium", validityMonths: 12, authorities: [{ level: "high", topManagement: true, maxValidityMonths: 6 }] }],
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
export const RiskMatrixDefinitionSchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema.meta({ description: "The matrix's id, named in reports.", examples: ["acme-4x4"] }),
  name: z.string().optional().register(z.globalRegistry, { description: "Its name.", examples: ["Acme 4 × 4 risk matrix"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What it is for and how to read it.", examples: ["Likelihood over one year against business impact."] }),
  likelihood: scaleSchema("likelihood steps").register(z.globalRegistry, { description: "The likelihood scale, lowest first (1 to 20 steps).", examples: [[{ id: "rare", label: "Rare" }, { id: "likely", label: "Likely" }]] }),
  impact: scaleSchema("impact steps").register(z.globalRegistry, { description: "The impact scale, lowest first (1 to 20 steps).", examples: [[{ id: "minor", label: "Minor" }, { id: "major", label: "Major" }]] }),
  levels: scaleSchema("levels").register(z.globalRegistry, { description: "The risk levels, lowest first (1 to 20).", examples: [[{ id: "low", label: "Low" }, { id: "high", label: "High" }]] }),
  grid: z
    .array(z.array(z.int().nonnegative().max(MAX_SCALE_STEPS - 1)).max(MAX_SCALE_STEPS, { error: `expected at most ${MAX_SCALE_STEPS} cells per row` }))
    .max(MAX_SCALE_STEPS, { error: `expected at most ${MAX_SCALE_STEPS} rows` })
    .register(z.globalRegistry, { description: "The level index of each cell: one row per likelihood step, one column per impact step, both lowest first.", examples: [[[0, 0], [0, 1]]] }),
  acceptance: RiskAcceptanceCriteriaSchema.optional().register(z.globalRegistry, { description: "The risk acceptance criteria that come with the matrix." }),
  allowNonMonotonic: z.boolean().optional().register(z.globalRegistry, { description: "Allow a grid whose level falls as likelihood or impact rises (refused by default, as it is usually a mistake).", examples: [false] }),
}))).register(z.globalRegistry, {
  description: "A risk matrix of the organisation's own: likelihood and impact scales, levels, and the level of each cell.",
  examples: [
    {
      id: "acme-2x2",
      likelihood: [{ id: "unlikely", label: "Unlikely" }, { id: "likely", label: "Likely" }],
      impact: [{ id: "minor", label: "Minor" }, { id: "major", label: "Major" }],
      levels: [{ id: "low", label: "Low" }, { id: "high", label: "High" }],
      grid: [[0, 0], [0, 1]],
    },
  ],
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
  .strictObject(lazyShape(() => ({
    preset: NonEmptyStringSchema.optional().register(z.globalRegistry, { description: "Name of a built-in method, e.g. \"5x5\" or \"nist-800-30\".", examples: ["5x5"] }),
    matrix: RiskMatrixDefinitionSchema.optional().register(z.globalRegistry, { description: "A risk matrix of the organisation's own, instead of a preset." }),
    acceptance: RiskAcceptanceCriteriaSchema.optional().register(z.globalRegistry, { description: "The risk acceptance criteria (6.1.2 a 1), overriding the preset's." }),
    assessmentIntervalMonths: intervalMonthsSchema().optional().register(z.globalRegistry, { description: "Months between risk assessments (8.2).", examples: [12] }),
    criteria: z
      .string()
      .optional()
      .register(z.globalRegistry, { description: "The criteria for performing risk assessments, in the organisation's words.", examples: ["Risks are assessed when assets, threats or controls change, and at least once a year."] }),
    documentId: RefSchema.optional().register(z.globalRegistry, { description: "The documented risk assessment methodology (a documents id).", examples: ["doc-risk-method"] }),
    approvedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When the method was approved." }),
    id: EntityIdSchema.optional().register(z.globalRegistry, { description: "An id, so that findings can name the method." }),
  })))
  .refine((m) => (m.preset === undefined) !== (m.matrix === undefined), {
    message: "expected exactly one of `preset` (a preset name) or `matrix` (an embedded matrix definition)",
    path: ["preset"],
  }).register(z.globalRegistry, { description: "6.1.2 The risk assessment method: a preset or a matrix of the organisation's own, and the acceptance criteria.", examples: [{ preset: "5x5", acceptance: { maxLevel: "medium" }, assessmentIntervalMonths: 12 }] });
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
