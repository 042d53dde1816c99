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
export const ThreatSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "The threat.", examples: ["Ransomware"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "The threat in more detail.", examples: ["Malware that encrypts data and demands a ransom"] }),
  category: z.string().optional().register(z.globalRegistry, { description: "The kind of threat, in the organisation's catalogue.", examples: ["Malware"] }),
  source: z.enum(["adversarial", "accidental", "structural", "environmental"]).optional().register(z.globalRegistry, { description: "Its source: adversarial, accidental, structural (failures) or environmental.", examples: ["adversarial"] }),
  affectedProperties: z.array(SecurityPropertySchema).default([]).register(z.globalRegistry, { description: "The security properties it threatens.", examples: [["availability", "confidentiality"]] }),
}));
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
