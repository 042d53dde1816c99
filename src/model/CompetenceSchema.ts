import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

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
export const CompetenceHolderSchema = z.strictObject(lazyShape(() => ({
  personId: RefSchema.meta({ description: "Who holds it (a people id).", examples: ["p-ada"] }),
  acquiredOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was acquired." }),
  validUntil: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it lapses, if it does (a certificate's expiry)." }),
  evidenceIds: RefListSchema.meta({ description: "Evidence of it: a certificate, a training record (evidence ids).", examples: [["ev-cissp-ada"]] }),
})));
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
export const CompetenceSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "The competence.", examples: ["Cloud security engineering"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What it takes.", examples: ["Designs and reviews the security of AWS accounts and workloads"] }),
  roleIds: RefListSchema.meta({ description: "Roles that need this competence.", examples: [["role-platform-engineer"]] }),
  holders: z.array(CompetenceHolderSchema).default([]).register(z.globalRegistry, { description: "Who holds it, with evidence (7.2 d).", examples: [[{ personId: "p-ada", acquiredOn: "2025-06-01", evidenceIds: ["ev-cert-ada"] }]] }),
})).register(z.globalRegistry, { description: "7.2 A competence and who holds it." });
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
export const TrainingSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Security awareness 2026"] }),
  kind: z.enum(["awareness", "training", "education", "exercise"]).register(z.globalRegistry, { description: "Awareness (7.3), training or education (7.2), or an exercise.", examples: ["awareness"] }),
  topics: z.array(z.string()).default([]).register(z.globalRegistry, { description: "What it covered.", examples: [["Phishing", "Reporting incidents"]] }),
  awarenessTopics: z
    .array(z.enum(["policy", "contribution", "consequences"]))
    .default([])
    .register(z.globalRegistry, { description: "For awareness: which of the points of 7.3 it covers — the policy, each person's contribution to the ISMS, the implications of not conforming.", examples: [["policy", "contribution", "consequences"]] }),
  deliveredOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was delivered." }),
  dueDate: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it is to be completed." }),
  attendeeIds: RefListSchema.meta({ description: "Who attended (people ids).", examples: [["p-ada", "p-grace"]] }),
  audienceRoleIds: RefListSchema.meta({ description: "The roles it is meant for (roles ids).", examples: [["role-engineer"]] }),
  competenceIds: RefListSchema.meta({ description: "Competences it builds (competences ids).", examples: [["comp-secure-coding"]] }),
  evidenceIds: RefListSchema.meta({ description: "Records of it: attendance lists, certificates (evidence ids).", examples: [["ev-awareness-2026"]] }),
})).register(z.globalRegistry, { description: "7.2/7.3 Training and awareness." });
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
