import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { NonEmptyStringSchema, SecurityPropertySchema } from "../core/primitives";

/**
 * A threat: a potential cause of an unwanted incident. `source` follows NIST SP 800-30's threat source types.
 *
 * @category Model
 * @example
 * ```ts
 * const t: Threat = ThreatSchema.parse({ id: "t-ransom", name: "Ransomware", source: "adversarial", affectedProperties: ["availability"] });
 * t.affectedProperties
 * //=> ["availability"]
 * ```
 */
export const ThreatSchema = entitySchema({
  name: NonEmptyStringSchema,
  description: z.string().optional(),
  category: z.string().optional(),
  source: z.enum(["adversarial", "accidental", "structural", "environmental"]).optional(),
  affectedProperties: z.array(SecurityPropertySchema).default([]),
});
/**
 * The type of a threat, inferred from {@link ThreatSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Threat = ThreatSchema.parse({ id: "t", name: "x" });
 * ThreatSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Threat = z.infer<typeof ThreatSchema>;
