import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { CountSchema } from "./_lib/numbers";
import { IsoDateSchema, RefSchema } from "../core/primitives";

/**
 * A review of the access rights to a system (an access review campaign): which accounts it covered
 * (all, or the privileged ones), who reviewed, when it was performed, and what it found (Annex A
 * 5.18, 8.2).
 *
 * @category Model
 * @example
 * ```ts
 * const r: AccessReview = AccessReviewSchema.parse({ id: "ar-q3", systemId: "sys-aws", reviewerId: "p-cto", performedOn: "2026-09-30", status: "completed", accountsReviewed: 41, accountsRemoved: 3 });
 * r.scope
 * //=> "all"
 * ```
 */
export const AccessReviewSchema = entitySchema(() => ({
  systemId: RefSchema.meta({ description: "The system reviewed (a systems id).", examples: ["sys-aws"] }),
  scope: z.enum(["all", "privileged"]).default("all").register(z.globalRegistry, { description: "Which accounts it covered: all of them, or the privileged ones only.", examples: ["privileged"] }),
  reviewerId: RefSchema.meta({ description: "Who reviewed (a people id).", examples: ["p-cto"] }),
  startedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it started." }),
  performedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was completed." }),
  status: z.enum(["planned", "in-progress", "completed"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["completed"] }),
  accountsReviewed: CountSchema.optional().register(z.globalRegistry, { description: "How many accounts were reviewed.", examples: [42] }),
  accountsRemoved: CountSchema.optional().register(z.globalRegistry, { description: "How many were removed.", examples: [3] }),
  accountsChanged: CountSchema.optional().register(z.globalRegistry, { description: "How many had their rights reduced or changed.", examples: [2] }),
  exceptions: CountSchema.optional().register(z.globalRegistry, { description: "How many were kept as approved exceptions.", examples: [1] }),
  evidenceIds: RefListSchema.meta({ description: "The review's record (evidence ids).", examples: [["ev-aws-review-2026q1"]] }),
})).register(z.globalRegistry, { description: "A review of the access rights to a system." });
/**
 * The type of an access review, inferred from {@link AccessReviewSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: AccessReview = AccessReviewSchema.parse({ id: "r", systemId: "s", reviewerId: "p", status: "planned" });
 * AccessReviewSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type AccessReview = z.infer<typeof AccessReviewSchema>;
