import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * Why a control is included in the Statement of Applicability.
 *
 * @category Model
 * @example
 * ```ts
 * InclusionReasonSchema.options
 * //=> ["risk-treatment", "legal", "regulatory", "contractual", "business", "best-practice"]
 * ```
 */
export const InclusionReasonSchema = z.enum([
  "risk-treatment",
  "legal",
  "regulatory",
  "contractual",
  "business",
  "best-practice",
]);
/**
 * The type of an inclusion reason, inferred from {@link InclusionReasonSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: InclusionReason = InclusionReasonSchema.parse("business");
 * InclusionReasonSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type InclusionReason = z.infer<typeof InclusionReasonSchema>;

/**
 * How far a control is implemented.
 *
 * @category Model
 * @example
 * ```ts
 * ImplementationStatusSchema.options
 * //=> ["not-implemented", "planned", "partially-implemented", "implemented"]
 * ```
 */
export const ImplementationStatusSchema = z.enum(["not-implemented", "planned", "partially-implemented", "implemented"]);
/**
 * The type of an implementation status, inferred from {@link ImplementationStatusSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ImplementationStatus = ImplementationStatusSchema.parse("planned");
 * ImplementationStatusSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ImplementationStatus = z.infer<typeof ImplementationStatusSchema>;

/**
 * What defines an organisation's own control (one that is not in Annex A).
 *
 * @category Model
 * @example
 * ```ts
 * const c: CustomControlDefinition = { title: "Customer security reviews", relatedAnnexAIds: ["5.20"] };
 * ```
 */
export const CustomControlDefinitionSchema = z.strictObject({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  theme: z.enum(["organizational", "people", "physical", "technological"]).optional(),
  relatedAnnexAIds: RefListSchema,
});
/**
 * The type of a custom control definition, inferred from {@link CustomControlDefinitionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: CustomControlDefinition = CustomControlDefinitionSchema.parse({ title: "x" });
 * CustomControlDefinitionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type CustomControlDefinition = z.infer<typeof CustomControlDefinitionSchema>;

/**
 * The organisation's decision and state for one control: for an Annex A control `id` is its id
 * (`"5.15"`); for the organisation's own control `id` is any other id and `custom` defines it.
 * `applicable` is `true`, `false` (excluded, with a `justification`) or `null` (not decided yet).
 *
 * @category Model
 * @example
 * ```ts
 * const c: ControlRecord = ControlSchema.parse({
 *   id: "5.15",
 *   applicable: true,
 *   reasons: ["risk-treatment", "contractual"],
 *   justification: "Access to customer data must be restricted",
 *   implementationStatus: "implemented",
 *   ownerId: "p-it",
 * });
 * c.evidenceIds
 * //=> []
 * ```
 */
export const ControlSchema = entitySchema({
  custom: CustomControlDefinitionSchema.optional(),
  applicable: z.boolean().nullable(),
  reasons: z.array(InclusionReasonSchema).default([]),
  justification: z.string().optional().describe("Why the control is included or excluded."),
  implementationStatus: ImplementationStatusSchema.optional(),
  ownerId: RefSchema.optional(),
  implementedOn: IsoDateSchema.optional(),
  plannedImplementationDate: IsoDateSchema.optional(),
  lastReviewedOn: IsoDateSchema.optional(),
  requirementIds: RefListSchema.describe("Interested-party requirements that call for it."),
  documentIds: RefListSchema,
  evidenceIds: RefListSchema,
}).describe("A control decision: applicability, reasons, justification and implementation (6.1.3 d).");
/**
 * The type of a control record, inferred from {@link ControlSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ControlRecord = ControlSchema.parse({ id: "5.1", applicable: null });
 * ControlSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ControlRecord = z.infer<typeof ControlSchema>;
