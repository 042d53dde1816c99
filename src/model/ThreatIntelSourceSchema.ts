import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { RecordStatusSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema } from "../core/primitives";

/**
 * A source of threat intelligence the organisation follows: an ISAC or other special interest
 * group, a national CERT, vendor advisories, a commercial or open feed (Annex A 5.6, 5.7).
 *
 * @category Model
 * @example
 * ```ts
 * const s: ThreatIntelSource = ThreatIntelSourceSchema.parse({ id: "ti-cert", name: "CERT-EU advisories", kind: "government-cert" });
 * s.status
 * //=> "active"
 * ```
 */
export const ThreatIntelSourceSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["National CERT advisories"] }),
  kind: z
    .enum(["isac", "special-interest-group", "government-cert", "vendor-advisory", "commercial-feed", "open-source", "internal"])
    .register(z.globalRegistry, {
      description: "What it is: an information sharing and analysis centre, another special interest group or professional forum (5.6), a national CERT, vendor advisories, a commercial or open-source feed, the organisation's own research.",
      examples: ["government-cert"],
    }),
  url: z.string().optional().register(z.globalRegistry, { description: "Where it is published.", examples: ["https://cert.example/advisories"] }),
  subscribedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "Since when the organisation follows it." }),
  status: RecordStatusSchema,
})).register(z.globalRegistry, { description: "A threat-intelligence source (5.7)." });
/**
 * The type of a threat-intelligence source, inferred from {@link ThreatIntelSourceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ThreatIntelSource = ThreatIntelSourceSchema.parse({ id: "s", name: "x", kind: "open-source" });
 * ThreatIntelSourceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ThreatIntelSource = z.infer<typeof ThreatIntelSourceSchema>;
