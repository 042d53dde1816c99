import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { ActionSchema } from "./ActionSchema";
import { ClauseIdSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

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
export const NonconformitySchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  source: z.enum([
    "internal-audit",
    "external-audit",
    "incident",
    "management-review",
    "monitoring",
    "complaint",
    "self-identified",
    "other",
  ]),
  severity: z.enum(["major", "minor"]).optional(),
  raisedOn: IsoDateSchema,
  raisedById: RefSchema.optional(),
  ownerId: RefSchema.optional(),
  auditId: RefSchema.optional(),
  auditFindingId: RefSchema.optional(),
  incidentId: RefSchema.optional(),
  clauseIds: z.array(ClauseIdSchema).default([]),
  controlIds: RefListSchema,
  reaction: z.strictObject({ description: NonEmptyStringSchema, takenOn: IsoDateSchema.optional() }).optional(),
  rootCause: z
    .strictObject({ description: NonEmptyStringSchema, method: z.string().optional(), analysedOn: IsoDateSchema.optional() })
    .optional(),
  correctiveActions: z.array(ActionSchema).default([]),
  effectivenessReview: z
    .strictObject({
      reviewedOn: IsoDateSchema,
      reviewedById: RefSchema.optional(),
      effective: z.boolean(),
      notes: z.string().optional(),
    })
    .optional(),
  status: z.enum(["open", "in-progress", "closed"]),
  closedOn: IsoDateSchema.optional(),
}).describe("10.2 A nonconformity and corrective action.");
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
