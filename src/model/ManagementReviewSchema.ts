import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * The management review inputs of ISO/IEC 27001:2022 9.3.2, `"a"` to `"g"`.
 *
 * @category Model
 * @example
 * ```ts
 * ManagementReviewInputIdSchema.options.length
 * //=> 7
 * ```
 */
export const ManagementReviewInputIdSchema = z.enum(["a", "b", "c", "d", "e", "f", "g"]);
/**
 * The type of a management review input id, inferred from {@link ManagementReviewInputIdSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ManagementReviewInputId = ManagementReviewInputIdSchema.parse("g");
 * ManagementReviewInputIdSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ManagementReviewInputId = z.infer<typeof ManagementReviewInputIdSchema>;

/**
 * A decision of a management review (9.3.3).
 *
 * @category Model
 * @example
 * ```ts
 * const d: ReviewDecision = { id: "d-1", kind: "resources", description: "Hire a second security engineer" };
 * ```
 */
export const ReviewDecisionSchema = entitySchema({
  kind: z.enum(["improvement", "change", "resources", "other"]),
  description: NonEmptyStringSchema,
});
/**
 * The type of a review decision, inferred from {@link ReviewDecisionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ReviewDecision = ReviewDecisionSchema.parse({ id: "d", kind: "change", description: "x" });
 * ReviewDecisionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;

/**
 * A management review (9.3): when it was held, who attended, which 9.3.2 inputs it covered, and its
 * decisions and actions.
 *
 * @category Model
 * @example
 * ```ts
 * const mr: ManagementReview = ManagementReviewSchema.parse({
 *   id: "mr-2026",
 *   heldOn: "2026-03-05",
 *   attendeeIds: ["p-ceo", "p-ciso"],
 *   inputs: [{ input: "a" }, { input: "b" }],
 * });
 * mr.decisions
 * //=> []
 * ```
 */
export const ManagementReviewSchema = entitySchema({
  plannedOn: IsoDateSchema.optional(),
  heldOn: IsoDateSchema.optional(),
  chairId: RefSchema.optional(),
  attendeeIds: RefListSchema,
  inputs: z
    .array(z.strictObject({ input: ManagementReviewInputIdSchema, summary: z.string().optional() }))
    .default([]),
  decisions: z.array(ReviewDecisionSchema).default([]),
  actions: z.array(ActionSchema).default([]),
  minutesDocumentId: RefSchema.optional(),
}).describe("9.3 A management review.");
/**
 * The type of a management review, inferred from {@link ManagementReviewSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ManagementReview = ManagementReviewSchema.parse({ id: "m" });
 * ManagementReviewSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ManagementReview = z.infer<typeof ManagementReviewSchema>;
