import * as z from "zod";
import { annexA2013ControlIds } from "../core/annexA2013ControlIds";
import { ImplementationStatusSchema, InclusionReasonSchema } from "../model/ControlSchema";
import { RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One decision of a Statement of Applicability written against ISO/IEC 27001:2013 Annex A, as
 * {@link soaFrom2013} reads it: the 2013 control id, whether it was applicable (`null` when
 * undecided), and optionally the reasons, justification, implementation status and owner. A
 * `title` may be given for readability; it is ignored. Other keys are errors, so a misspelt field is
 * not silently dropped.
 *
 * @category Treatment
 * @example
 * ```ts
 * ControlDecision2013Schema.safeParse({ id: "A.9.2.3", applicable: true, justification: "Privileged access is restricted" }).success
 * //=> true
 * ControlDecision2013Schema.safeParse({ id: "A.9.2.3", applicable: true, justificaton: "typo" }).success
 * //=> false
 * ```
 */
export const ControlDecision2013Schema = z.strictObject(lazyShape(() => ({
  id: z.enum(annexA2013ControlIds, { error: 'expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3")' }),
  title: z.string().optional(),
  applicable: z.boolean().nullable(),
  reasons: z.array(InclusionReasonSchema).optional(),
  justification: z.string().optional(),
  implementationStatus: ImplementationStatusSchema.optional(),
  ownerId: RefSchema.optional(),
})));

/**
 * The type of a 2013 decision, inferred from {@link ControlDecision2013Schema}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const decision: ControlDecision2013 = { id: "A.11.1.1", applicable: false, justification: "No premises of our own" };
 * ```
 */
export type ControlDecision2013 = z.infer<typeof ControlDecision2013Schema>;
