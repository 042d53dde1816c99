import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

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
export const ManagementReviewInputIdSchema = z
  .enum(["a", "b", "c", "d", "e", "f", "g"])
  .register(z.globalRegistry, { description: "An input the management review considered, by its letter in 9.3.2 (a to g).", examples: ["c"] });
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
export const ReviewDecisionSchema = entitySchema(() => ({
  kind: z.enum(["improvement", "change", "resources", "other"]).register(z.globalRegistry, { description: "What the decision is about: an improvement, a change to the ISMS, resources, or other (9.3.3).", examples: ["resources"] }),
  description: NonEmptyStringSchema.meta({ description: "The decision.", examples: ["Fund a second security engineer from July"] }),
}));
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
export const ManagementReviewSchema = entitySchema(() => ({
  plannedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it is planned." }),
  heldOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was held." }),
  chairId: RefSchema.optional().register(z.globalRegistry, { description: "Who chaired it (a people id).", examples: ["p-ceo"] }),
  attendeeIds: RefListSchema.meta({ description: "Who attended (people ids).", examples: [["p-ceo", "p-ciso", "p-cto"]] }),
  inputs: z
    .array(
      z.strictObject(lazyShape(() => ({
        input: ManagementReviewInputIdSchema.meta({ description: "The input, by its letter in 9.3.2." }),
        summary: z.string().optional().register(z.globalRegistry, { description: "What was said about it.", examples: ["Two minor nonconformities, both closed"] }),
      }))),
    )
    .default([])
    .register(z.globalRegistry, { description: "The inputs considered (9.3.2), each with a summary.", examples: [[{ input: "c", summary: "Two minor nonconformities from the internal audit, both closed" }]] }),
  decisions: z.array(ReviewDecisionSchema).default([]).register(z.globalRegistry, { description: "The decisions taken (9.3.3).", examples: [[{ id: "mr-2026-d1", kind: "resources", description: "Fund a second security engineer" }]] }),
  actions: z.array(ActionSchema).default([]).register(z.globalRegistry, { description: "Actions decided.", examples: [[{ id: "mr-2026-a1", description: "Hire a security engineer", ownerId: "p-cto", dueDate: "2026-09-30", status: "open" }]] }),
  minutesDocumentId: RefSchema.optional().register(z.globalRegistry, { description: "The minutes (a documents id).", examples: ["doc-mr-2026-minutes"] }),
})).register(z.globalRegistry, { description: "9.3 A management review." });
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
