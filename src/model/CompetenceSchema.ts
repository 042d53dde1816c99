import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A person's evidenced competence.
 *
 * @category Model
 * @example
 * ```ts
 * const h: CompetenceHolder = CompetenceHolderSchema.parse({ personId: "p-ciso", acquiredOn: "2024-06-01", evidenceIds: ["ev-cert"] });
 * h.evidenceIds
 * //=> ["ev-cert"]
 * ```
 */
export const CompetenceHolderSchema = z.strictObject({
  personId: RefSchema,
  acquiredOn: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  evidenceIds: RefListSchema,
});
/**
 * The type of a competence holder, inferred from {@link CompetenceHolderSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: CompetenceHolder = CompetenceHolderSchema.parse({ personId: "p" });
 * CompetenceHolderSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type CompetenceHolder = z.infer<typeof CompetenceHolderSchema>;

/**
 * A competence the ISMS needs (7.2): which roles need it, and who has it on what evidence.
 *
 * @category Model
 * @example
 * ```ts
 * const c: Competence = CompetenceSchema.parse({ id: "comp-ia", name: "ISO 27001 internal auditing", roleIds: ["r-auditor"] });
 * c.holders
 * //=> []
 * ```
 */
export const CompetenceSchema = entitySchema({
  name: NonEmptyStringSchema,
  description: z.string().optional(),
  roleIds: RefListSchema.describe("Roles that need this competence."),
  holders: z.array(CompetenceHolderSchema).default([]),
}).describe("7.2 A competence and who holds it.");
/**
 * The type of a competence, inferred from {@link CompetenceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Competence = CompetenceSchema.parse({ id: "c", name: "x" });
 * CompetenceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Competence = z.infer<typeof CompetenceSchema>;

/**
 * Training or awareness activity (7.2, 7.3).
 *
 * @category Model
 * @example
 * ```ts
 * const t: Training = TrainingSchema.parse({ id: "tr-1", title: "Security awareness 2026", kind: "awareness", deliveredOn: "2026-02-10", attendeeIds: ["p-1"] });
 * t.kind
 * //=> "awareness"
 * ```
 */
export const TrainingSchema = entitySchema({
  title: NonEmptyStringSchema,
  kind: z.enum(["awareness", "training", "education", "exercise"]),
  topics: z.array(z.string()).default([]),
  awarenessTopics: z
    .array(z.enum(["policy", "contribution", "consequences"]))
    .default([])
    .describe("For awareness: which of the points of 7.3 it covers — the policy, each person's contribution to the ISMS, the implications of not conforming."),
  deliveredOn: IsoDateSchema.optional(),
  dueDate: IsoDateSchema.optional(),
  attendeeIds: RefListSchema,
  audienceRoleIds: RefListSchema,
  competenceIds: RefListSchema,
  evidenceIds: RefListSchema,
}).describe("7.2/7.3 Training and awareness.");
/**
 * The type of a training, inferred from {@link TrainingSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Training = TrainingSchema.parse({ id: "t", title: "x", kind: "exercise" });
 * TrainingSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Training = z.infer<typeof TrainingSchema>;
