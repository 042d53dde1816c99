import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { MinutesSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema } from "../core/primitives";

/**
 * A business-continuity or disaster-recovery exercise: what kind, which services, the outcome, the
 * time it took to recover, whether information security was kept during the disruption, and the
 * improvements it raised (Annex A 5.29, 5.30, 8.14).
 *
 * @category Model
 * @example
 * ```ts
 * const x: ContinuityExercise = ContinuityExerciseSchema.parse({
 *   id: "ex-dr-2026", title: "Region failover", kind: "disaster-recovery", type: "failover",
 *   performedOn: "2026-09-17", serviceIds: ["svc-platform"], result: "met", recoveryMinutes: 75, securityMaintained: true,
 * });
 * x.result
 * //=> "met"
 * ```
 */
export const ContinuityExerciseSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "What was exercised.", examples: ["Failover of the checkout to the second region"] }),
  kind: z.enum(["business-continuity", "disaster-recovery"]).register(z.globalRegistry, { description: "A business-continuity exercise (people, processes) or a disaster-recovery exercise (ICT).", examples: ["disaster-recovery"] }),
  type: z.enum(["tabletop", "walkthrough", "simulation", "failover", "full-interruption"]).register(z.globalRegistry, {
    description: "How it was run: on paper (tabletop, walkthrough), as a simulation, or by failing over or interrupting for real.",
    examples: ["failover"],
  }),
  performedOn: IsoDateSchema.describe("When it was held."),
  serviceIds: RefListSchema.meta({ description: "The services of the business impact analysis it exercised.", examples: [["svc-checkout"]] }),
  participantIds: RefListSchema.meta({ description: "Who took part (people ids).", examples: [["p-sre-lead", "p-coo"]] }),
  scenario: z.string().optional().register(z.globalRegistry, { description: "The disruption it assumed.", examples: ["Loss of the primary cloud region for a day"] }),
  result: z.enum(["met", "partially-met", "not-met"]).register(z.globalRegistry, { description: "Whether the objectives (RTO, RPO, procedures) were met.", examples: ["met"] }),
  recoveryMinutes: MinutesSchema.optional().register(z.globalRegistry, { description: "How long recovery took, in minutes, to compare with the services' RTO.", examples: [95] }),
  securityMaintained: z.boolean().optional().register(z.globalRegistry, { description: "Information security controls were kept (or replaced as planned) during the disruption (5.29).", examples: [true] }),
  lessonsLearned: z.string().optional().register(z.globalRegistry, { description: "What it taught.", examples: ["The DNS change needs a runbook of its own"] }),
  improvementIds: RefListSchema.meta({ description: "Improvements raised from it (improvement ids).", examples: [["imp-dns-runbook"]] }),
})).register(z.globalRegistry, { description: "A continuity or disaster-recovery exercise." });
/**
 * The type of a continuity exercise, inferred from {@link ContinuityExerciseSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ContinuityExercise = ContinuityExerciseSchema.parse({ id: "x", title: "t", kind: "business-continuity", type: "tabletop", performedOn: "2026-01-01", result: "met" });
 * ContinuityExerciseSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ContinuityExercise = z.infer<typeof ContinuityExerciseSchema>;
