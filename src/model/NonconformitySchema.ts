import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * A nonconformity and its handling (10.2): the reaction, the root cause, corrective actions, and the
 * review of their effectiveness.
 *
 * @category Model
 * @example
 * ```ts
 * const nc: Nonconformity = NonconformitySchema.parse({
 *   id: "nc-1",
 *   title: "Access review skipped in Q1",
 *   source: "internal-audit",
 *   severity: "minor",
 *   raisedOn: "2026-04-20",
 *   controlIds: ["5.18"],
 *   status: "open",
 * });
 * nc.correctiveActions
 * //=> []
 * ```
 */
export const NonconformitySchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "What is wrong, in a line.", examples: ["Leavers kept access to the CRM"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The nonconformity in more detail: the requirement, what was found.", examples: ["Two of five leavers sampled kept CRM access for three weeks (5.18)"] }),
  source: z.enum([
    "internal-audit",
    "external-audit",
    "incident",
    "management-review",
    "monitoring",
    "complaint",
    "self-identified",
    "other",
  ]).register(z.globalRegistry, { description: "How it was found.", examples: ["internal-audit"] }),
  severity: z.enum(["major", "minor"]).optional().register(z.globalRegistry, { description: "Its grade: major or minor.", examples: ["minor"] }),
  raisedOn: IsoDateSchema.meta({ description: "When it was raised." }),
  raisedById: RefSchema.optional().register(z.globalRegistry, { description: "Who raised it (a people id).", examples: ["p-auditor"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible for correcting it (a people id).", examples: ["p-it-lead"] }),
  auditId: RefSchema.optional().register(z.globalRegistry, { description: "The audit that found it (an audits id).", examples: ["aud-2026"] }),
  auditFindingId: RefSchema.optional().register(z.globalRegistry, { description: "The audit finding it records (the finding's id).", examples: ["f-1"] }),
  incidentId: RefSchema.optional().register(z.globalRegistry, { description: "The incident that revealed it (an incidents id).", examples: ["inc-7"] }),
  clauseIds: z.array(ClauseIdSchema).default([]).register(z.globalRegistry, { description: "Clauses whose requirements are not met.", examples: [["7.5.3"]] }),
  controlIds: RefListSchema.meta({ description: "Controls concerned: Annex A ids or the organisation's own.", examples: [["5.18"]] }),
  reaction: z
    .strictObject(lazyShape(() => ({
      description: NonEmptyStringSchema.meta({ description: "What was done.", examples: ["Disabled the two accounts"] }),
      takenOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was done." }),
    })))
    .optional()
    .register(z.globalRegistry, { description: "What was done at once to control and correct it (10.2 a).", examples: [{ description: "Disabled the two accounts", takenOn: "2026-05-06" }] }),
  rootCause: z
    .strictObject(lazyShape(() => ({
      description: NonEmptyStringSchema.meta({ description: "The cause found.", examples: ["Leaver tickets did not reach the CRM owner"] }),
      method: z.string().optional().register(z.globalRegistry, { description: "How it was analysed.", examples: ["5 whys"] }),
      analysedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was analysed." }),
    })))
    .optional()
    .register(z.globalRegistry, { description: "Its cause, as analysed (10.2 b).", examples: [{ description: "Leaver tickets did not reach the CRM owner", method: "5 whys", analysedOn: "2026-05-10" }] }),
  correctiveActions: z.array(ActionSchema).default([]).register(z.globalRegistry, {
    description: "Actions to remove the cause (10.2 c).",
    examples: [[{ id: "nc-2026-04-a1", description: "Remove CRM access from the HR leaver event", ownerId: "p-it-lead", dueDate: "2026-06-30", status: "in-progress" }]],
  }),
  effectivenessReview: z
    .strictObject(lazyShape(() => ({
      reviewedOn: IsoDateSchema.meta({ description: "When it was reviewed." }),
      reviewedById: RefSchema.optional().register(z.globalRegistry, { description: "Who reviewed it (a people id).", examples: ["p-ciso"] }),
      effective: z.boolean().register(z.globalRegistry, { description: "Whether the actions were effective.", examples: [true] }),
      notes: z.string().optional().register(z.globalRegistry, { description: "What the review found.", examples: ["No leaver kept access in the three months sampled"] }),
    })))
    .optional()
    .register(z.globalRegistry, { description: "The review of whether the corrective actions worked (10.2 d).", examples: [{ reviewedOn: "2026-09-01", reviewedById: "p-ciso", effective: true }] }),
  status: z.enum(["open", "in-progress", "closed"]).register(z.globalRegistry, { description: "Where it stands.", examples: ["in-progress"] }),
  closedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was closed." }),
})).register(z.globalRegistry, { description: "10.2 A nonconformity and corrective action." });
/**
 * The type of a nonconformity, inferred from {@link NonconformitySchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Nonconformity = NonconformitySchema.parse({ id: "n", title: "x", source: "complaint", raisedOn: "2026-01-01", status: "open" });
 * NonconformitySchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Nonconformity = z.infer<typeof NonconformitySchema>;
