import * as z from "zod";
import { boundedNumberSchema, intervalMonthsSchema } from "../core/bounds";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * One recorded result of a measurement.
 *
 * @category Model
 * @example
 * ```ts
 * const r: MeasurementResult = { date: "2026-03-31", value: 96.5, meetsTarget: true };
 * ```
 */
export const MeasurementResultSchema = z.strictObject({
  date: IsoDateSchema,
  value: z.union([boundedNumberSchema(), z.string()]),
  meetsTarget: z.boolean().optional(),
  analysedOn: IsoDateSchema.optional(),
  note: z.string().optional(),
});
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
export const MeasurementSchema = entitySchema({
  name: NonEmptyStringSchema,
  description: z.string().optional(),
  method: z.string().optional(),
  frequency: z.string().optional().describe("When it is measured, in words."),
  intervalMonths: intervalMonthsSchema().optional().describe("How often it is measured, in months."),
  target: z.string().optional(),
  responsibleId: RefSchema.optional().describe("Who monitors and measures."),
  analystId: RefSchema.optional().describe("Who analyses and evaluates the results."),
  objectiveIds: RefListSchema,
  controlIds: RefListSchema,
  results: z.array(MeasurementResultSchema).default([]),
}).describe("9.1 Monitoring, measurement, analysis and evaluation.");
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
