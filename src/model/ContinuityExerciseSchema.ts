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
export const ContinuityExerciseSchema = entitySchema({
  title: NonEmptyStringSchema.describe("What was exercised."),
  kind: z.enum(["business-continuity", "disaster-recovery"]).describe("A business-continuity exercise (people, processes) or a disaster-recovery exercise (ICT)."),
  type: z.enum(["tabletop", "walkthrough", "simulation", "failover", "full-interruption"]).describe("How it was run: on paper (tabletop, walkthrough), as a simulation, or by failing over or interrupting for real."),
  performedOn: IsoDateSchema.describe("When it was held."),
  serviceIds: RefListSchema.describe("The services of the business impact analysis it exercised."),
  participantIds: RefListSchema.describe("Who took part (people ids)."),
  scenario: z.string().optional().describe("The disruption it assumed."),
  result: z.enum(["met", "partially-met", "not-met"]).describe("Whether the objectives (RTO, RPO, procedures) were met."),
  recoveryMinutes: MinutesSchema.optional().describe("How long recovery took, in minutes, to compare with the services' RTO."),
  securityMaintained: z.boolean().optional().describe("Information security controls were kept (or replaced as planned) during the disruption (5.29)."),
  lessonsLearned: z.string().optional().describe("What it taught."),
  improvementIds: RefListSchema.describe("Improvements raised from it (improvement ids)."),
}).describe("A continuity or disaster-recovery exercise.");
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
