import * as z from "zod";
import { boundedNumberSchema, intervalMonthsSchema } from "../core/bounds";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One recorded result of a measurement.
 *
 * @category Model
 * @example
 * ```ts
 * const r: MeasurementResult = { date: "2026-03-31", value: 96.5, meetsTarget: true };
 * ```
 */
export const MeasurementResultSchema = z.strictObject(lazyShape(() => ({
  date: IsoDateSchema.meta({ description: "When it was measured." }),
  value: z.union([boundedNumberSchema(), z.string()]).register(z.globalRegistry, { description: "The result: a number, or a text for a qualitative measure.", examples: [97.5] }),
  meetsTarget: z.boolean().optional().register(z.globalRegistry, { description: "Whether it meets the target.", examples: [false] }),
  analysedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was analysed and evaluated (9.1 e)." }),
  note: z.string().optional().register(z.globalRegistry, { description: "What was concluded.", examples: ["Three contractors without MFA; follow-up with their managers"] }),
})));
/**
 * The type of a measurement result, inferred from {@link MeasurementResultSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: MeasurementResult = MeasurementResultSchema.parse({ date: "2026-01-01", value: "green" });
 * MeasurementResultSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type MeasurementResult = z.infer<typeof MeasurementResultSchema>;

/**
 * What is monitored and measured (9.1): the method, when, who measures and who analyses, and the results.
 *
 * @category Model
 * @example
 * ```ts
 * const m: Measurement = MeasurementSchema.parse({
 *   id: "m-patch",
 *   name: "Critical patch latency",
 *   method: "Scanner export, median days",
 *   frequency: "monthly",
 *   intervalMonths: 1,
 *   responsibleId: "p-it",
 *   results: [{ date: "2026-01-31", value: 6 }],
 * });
 * m.results.length
 * //=> 1
 * ```
 */
export const MeasurementSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "What is measured (9.1 a).", examples: ["Share of accounts with MFA"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The measure in more detail.", examples: ["Personal accounts on systems in scope that sign in with MFA"] }),
  method: z.string().optional().register(z.globalRegistry, { description: "How it is measured, so that results are comparable (9.1 b).", examples: ["Export from the identity provider, counted on the first working day"] }),
  frequency: z.string().optional().register(z.globalRegistry, { description: "When it is measured, in words.", examples: ["Monthly"] }),
  intervalMonths: intervalMonthsSchema().optional().register(z.globalRegistry, { description: "How often it is measured, in months.", examples: [1] }),
  target: z.string().optional().register(z.globalRegistry, { description: "The target to evaluate results against.", examples: ["100 %"] }),
  responsibleId: RefSchema.optional().register(z.globalRegistry, { description: "Who monitors and measures.", examples: ["p-it-lead"] }),
  analystId: RefSchema.optional().register(z.globalRegistry, { description: "Who analyses and evaluates the results.", examples: ["p-ciso"] }),
  objectiveIds: RefListSchema.meta({ description: "Objectives it measures (objectives ids).", examples: [["obj-mfa"]] }),
  controlIds: RefListSchema.meta({ description: "Controls whose effectiveness it measures: Annex A ids or the organisation's own.", examples: [["8.5"]] }),
  results: z.array(MeasurementResultSchema).default([]).register(z.globalRegistry, { description: "Results, any order.", examples: [[{ date: "2026-03-01", value: 97.5, meetsTarget: false }]] }),
})).register(z.globalRegistry, { description: "9.1 Monitoring, measurement, analysis and evaluation." });
/**
 * The type of a measurement, inferred from {@link MeasurementSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Measurement = MeasurementSchema.parse({ id: "m", name: "x" });
 * MeasurementSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Measurement = z.infer<typeof MeasurementSchema>;
