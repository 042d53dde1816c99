import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

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
export const InclusionReasonSchema = z.enum(["risk-treatment", "legal", "regulatory", "contractual", "business", "best-practice"]).register(z.globalRegistry, {
  description: "Why a control is included: it treats a risk, or a law, a regulation, a contract, a business need or best practice calls for it.",
  examples: ["risk-treatment"],
});
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
export const ImplementationStatusSchema = z
  .enum(["not-implemented", "planned", "partially-implemented", "implemented"])
  .register(z.globalRegistry, { description: "How far a control is implemented.", examples: ["partially-implemented"] });
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
export const CustomControlDefinitionSchema = z.strictObject(lazyShape(() => ({
  title: NonEmptyStringSchema.meta({ description: "The control's name.", examples: ["Customer security reviews"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What the control is and does.", examples: ["Answer customers' security questionnaires within ten working days"] }),
  theme: z.enum(["organizational", "people", "physical", "technological"]).optional().register(z.globalRegistry, { description: "The Annex A theme it belongs to.", examples: ["organizational"] }),
  relatedAnnexAIds: RefListSchema.meta({ description: "Annex A controls it relates to (ids such as \"5.20\").", examples: [["5.20"]] }),
})));
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
export const ControlSchema = entitySchema(() => ({
  custom: CustomControlDefinitionSchema.optional().register(z.globalRegistry, {
    description: "For a control of the organisation's own (an id that is not an Annex A id): its definition.",
    examples: [{ title: "Customer security reviews", theme: "organizational", relatedAnnexAIds: ["5.20"] }],
  }),
  applicable: z.boolean().nullable().register(z.globalRegistry, { description: "Whether the control is applicable (included in the SoA); null while it is not decided.", examples: [true] }),
  reasons: z.array(InclusionReasonSchema).default([]).register(z.globalRegistry, { description: "Why it is included (6.1.3 d).", examples: [["risk-treatment", "contractual"]] }),
  justification: z.string().optional().register(z.globalRegistry, { description: "Why the control is included or excluded.", examples: ["No premises of our own: all staff work remotely"] }),
  implementationStatus: ImplementationStatusSchema.optional().register(z.globalRegistry, { description: "How far it is implemented." }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible for the control (a people id).", examples: ["p-it-lead"] }),
  implementedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was implemented." }),
  plannedImplementationDate: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it is planned to be implemented." }),
  lastReviewedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When its implementation was last reviewed." }),
  requirementIds: RefListSchema.meta({ description: "Interested-party requirements that call for it.", examples: [["req-customer-annex"]] }),
  documentIds: RefListSchema.meta({ description: "Documents that describe it: policies, procedures (documents ids).", examples: [["doc-access-policy"]] }),
  evidenceIds: RefListSchema.meta({ description: "Evidence of its operation (evidence ids).", examples: [["ev-mfa-export"]] }),
})).register(z.globalRegistry, { description: "A control decision: applicability, reasons, justification and implementation (6.1.3 d)." });
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
