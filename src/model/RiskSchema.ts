import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema, SecurityPropertySchema } from "../core/primitives";

/**
 * A risk rating: a likelihood and an impact, as ids on the risk method's scales. `level` is optional;
 * when given it must agree with the level the method's matrix gives.
 *
 * @category Model
 * @example
 * ```ts
 * const r: RiskRating = { likelihood: "likely", impact: "major" };
 * ```
 */
export const RiskRatingSchema = z.strictObject({
  likelihood: NonEmptyStringSchema,
  impact: NonEmptyStringSchema,
  level: NonEmptyStringSchema.optional(),
});
/**
 * The type of a risk rating, inferred from {@link RiskRatingSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskRating = RiskRatingSchema.parse({ likelihood: "a", impact: "b" });
 * RiskRatingSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskRating = z.infer<typeof RiskRatingSchema>;

/**
 * The risk treatment options of ISO/IEC 27005:2022: `modify` the risk with controls, `retain` it,
 * `avoid` it by giving up the activity, or `share` it with another party.
 *
 * @category Model
 * @example
 * ```ts
 * TreatmentOptionSchema.options
 * //=> ["modify", "retain", "avoid", "share"]
 * ```
 */
export const TreatmentOptionSchema = z.enum(["modify", "retain", "avoid", "share"]);
/**
 * The type of a treatment option, inferred from {@link TreatmentOptionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: TreatmentOption = TreatmentOptionSchema.parse("share");
 * TreatmentOptionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type TreatmentOption = z.infer<typeof TreatmentOptionSchema>;

/**
 * How a risk is treated (6.1.3): the option, the controls selected, and what the option implies
 * (who the risk is shared with, which activity is given up), with the residual rating expected
 * once treatment is complete.
 *
 * @category Model
 * @example
 * ```ts
 * const t: RiskTreatment = RiskTreatmentSchema.parse({ option: "modify", controlIds: ["8.7", "8.13"] });
 * t.controlIds
 * //=> ["8.7", "8.13"]
 * ```
 */
export const RiskTreatmentSchema = z.strictObject({
  option: TreatmentOptionSchema,
  controlIds: RefListSchema.describe("Selected controls: Annex A ids or the organisation's own control ids."),
  rationale: z.string().optional(),
  sharedWith: z.string().optional().describe("For `share`: the party the risk is shared with (insurer, supplier)."),
  supplierIds: RefListSchema,
  avoidedActivity: z.string().optional().describe("For `avoid`: the activity given up."),
  targetResidual: RiskRatingSchema.optional().describe("The residual rating expected once treatment is complete."),
});
/**
 * The type of a risk treatment, inferred from {@link RiskTreatmentSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskTreatment = RiskTreatmentSchema.parse({ option: "avoid", avoidedActivity: "x" });
 * RiskTreatmentSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskTreatment = z.infer<typeof RiskTreatmentSchema>;

/**
 * The risk owner's acceptance of the residual risk (6.1.3 f), with the rating that was accepted so a
 * later change of rating makes the acceptance stale, and — when the acceptance criteria reserve the
 * level to someone else (top management, a named role) — who authorised it.
 *
 * @category Model
 * @example
 * ```ts
 * const a: RiskAcceptance = {
 *   acceptedById: "p-cto",
 *   acceptedOn: "2026-02-01",
 *   expiresOn: "2027-02-01",
 *   acceptedRating: { likelihood: "unlikely", impact: "moderate" },
 * };
 * ```
 */
export const RiskAcceptanceSchema = z.strictObject({
  acceptedById: RefSchema,
  authorisedById: RefSchema.optional().describe(
    "For a level the risk owner may not accept alone: the person the acceptance criteria authorise (top management, a named role) who approved the acceptance.",
  ),
  acceptedOn: IsoDateSchema,
  expiresOn: IsoDateSchema.optional(),
  acceptedRating: RiskRatingSchema.optional().describe("The residual rating the owner accepted."),
  statement: z.string().optional(),
});
/**
 * The type of a risk acceptance, inferred from {@link RiskAcceptanceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RiskAcceptance = RiskAcceptanceSchema.parse({ acceptedById: "p", acceptedOn: "2026-01-01" });
 * RiskAcceptanceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RiskAcceptance = z.infer<typeof RiskAcceptanceSchema>;

/**
 * An information security risk (6.1.2): who owns it, what it affects, how it is rated before
 * (`inherent`) and after (`residual`) current controls, and how it is treated and accepted.
 *
 * @category Model
 * @example
 * ```ts
 * const risk: Risk = RiskSchema.parse({
 *   id: "risk-1",
 *   title: "Ransomware encrypts production data",
 *   ownerId: "p-cto",
 *   assetIds: ["a-db"],
 *   threatIds: ["t-ransom"],
 *   inherent: { likelihood: "likely", impact: "severe" },
 *   residual: { likelihood: "unlikely", impact: "severe" },
 *   treatment: { option: "modify", controlIds: ["8.7", "8.13"] },
 * });
 * risk.status
 * //=> "open"
 * ```
 */
export const RiskSchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  ownerId: RefSchema.optional().describe("The risk owner (a people id)."),
  assetIds: RefListSchema,
  threatIds: RefListSchema,
  vulnerabilityIds: RefListSchema,
  contextIssueIds: RefListSchema,
  affectedProperties: z.array(SecurityPropertySchema).default([]),
  identifiedOn: IsoDateSchema.optional(),
  lastAssessedOn: IsoDateSchema.optional(),
  inherent: RiskRatingSchema.optional(),
  residual: RiskRatingSchema.optional(),
  treatment: RiskTreatmentSchema.optional(),
  acceptance: RiskAcceptanceSchema.optional(),
  status: z.enum(["open", "closed"]).default("open"),
}).describe("6.1.2 An information security risk.");
/**
 * The type of a risk, inferred from {@link RiskSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Risk = RiskSchema.parse({ id: "r", title: "x" });
 * RiskSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Risk = z.infer<typeof RiskSchema>;
