import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, SecurityPropertySchema } from "../core/primitives";

/**
 * An information security incident.
 *
 * @category Model
 * @example
 * ```ts
 * const inc: Incident = IncidentSchema.parse({ id: "inc-1", title: "Phishing led to mailbox takeover", severity: "medium", detectedOn: "2026-02-03", status: "closed" });
 * inc.personalDataBreach
 * //=> false
 * ```
 */
export const IncidentSchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  category: z.string().optional(),
  severity: z.enum(["low", "medium", "high", "critical"]),
  occurredOn: IsoDateSchema.optional(),
  detectedOn: IsoDateSchema,
  reportedOn: IsoDateSchema.optional(),
  resolvedOn: IsoDateSchema.optional(),
  status: z.enum(["open", "contained", "resolved", "closed"]),
  affectedProperties: z.array(SecurityPropertySchema).default([]),
  personalDataBreach: z.boolean().default(false),
  assetIds: RefListSchema,
  riskIds: RefListSchema,
  supplierIds: RefListSchema,
  nonconformityIds: RefListSchema,
  lessonsLearned: z.string().optional(),
});
/**
 * The type of an incident, inferred from {@link IncidentSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Incident = IncidentSchema.parse({ id: "i", title: "x", severity: "low", detectedOn: "2026-01-01", status: "open" });
 * IncidentSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Incident = z.infer<typeof IncidentSchema>;
