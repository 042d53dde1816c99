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
export const AccessReviewSchema = entitySchema({
  systemId: RefSchema.describe("The system reviewed (a systems id)."),
  scope: z.enum(["all", "privileged"]).default("all").describe("Which accounts it covered: all of them, or the privileged ones only."),
  reviewerId: RefSchema.describe("Who reviewed (a people id)."),
  startedOn: IsoDateSchema.optional().describe("When it started."),
  performedOn: IsoDateSchema.optional().describe("When it was completed."),
  status: z.enum(["planned", "in-progress", "completed"]).describe("Where it stands."),
  accountsReviewed: CountSchema.optional().describe("How many accounts were reviewed."),
  accountsRemoved: CountSchema.optional().describe("How many were removed."),
  accountsChanged: CountSchema.optional().describe("How many had their rights reduced or changed."),
  exceptions: CountSchema.optional().describe("How many were kept as approved exceptions."),
  evidenceIds: RefListSchema.describe("The review's record (evidence ids)."),
}).describe("A review of the access rights to a system.");
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
