import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An action taken on a threat-intelligence report: what was done, when, by whom, and what it led to
 * (vulnerabilities recorded, risks reassessed, monitoring use cases added).
 *
 * @category Model
 * @example
 * ```ts
 * const a: ThreatIntelAction = ThreatIntelActionSchema.parse({ description: "Patched the VPN appliances", takenOn: "2026-10-03", vulnerabilityIds: ["v-31"] });
 * a.useCaseIds
 * //=> []
 * ```
 */
export const ThreatIntelActionSchema = z
  .strictObject(lazyShape(() => ({
    description: NonEmptyStringSchema.meta({ description: "What was done.", examples: ["Patched the VPN gateways"] }),
    takenOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it was taken; absent while it is planned." }),
    ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible (a people id).", examples: ["p-it-lead"] }),
    vulnerabilityIds: RefListSchema.meta({ description: "Vulnerabilities recorded or remediated for it.", examples: [["v-vpn-cve"]] }),
    riskIds: RefListSchema.meta({ description: "Risks identified or reassessed for it.", examples: [["r-remote-access"]] }),
    useCaseIds: RefListSchema.meta({ description: "Monitoring use cases added or tuned for it (monitoringUseCases ids).", examples: [["uc-vpn-exploit"]] }),
  })))
  .register(z.globalRegistry, { description: "An action taken on a threat-intelligence report." });
/**
 * The type of an action on a threat-intelligence report, inferred from {@link ThreatIntelActionSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ThreatIntelAction = ThreatIntelActionSchema.parse({ description: "x" });
 * ThreatIntelActionSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ThreatIntelAction = z.infer<typeof ThreatIntelActionSchema>;

/**
 * A threat-intelligence report received from a source, how relevant it was judged, and the actions
 * taken on it (Annex A 5.7).
 *
 * @category Model
 * @example
 * ```ts
 * const r: ThreatIntelReport = ThreatIntelReportSchema.parse({ id: "tir-12", sourceId: "ti-cert", title: "Exploitation of a VPN appliance flaw", receivedOn: "2026-10-01", relevance: "relevant" });
 * r.actions
 * //=> []
 * ```
 */
export const ThreatIntelReportSchema = entitySchema(() => ({
  sourceId: RefSchema.meta({ description: "Where it came from (a threatIntelSources id).", examples: ["tis-cert"] }),
  title: NonEmptyStringSchema.meta({ description: "What it reports.", examples: ["Actively exploited flaw in VPN gateways"] }),
  receivedOn: IsoDateSchema.describe("When it was received."),
  relevance: z.enum(["undetermined", "relevant", "not-relevant"]).register(z.globalRegistry, { description: "Whether it bears on the organisation, as judged.", examples: ["relevant"] }),
  assessedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When its relevance was judged." }),
  assessedById: RefSchema.optional().register(z.globalRegistry, { description: "Who judged it (a people id).", examples: ["p-soc-lead"] }),
  actions: z.array(ThreatIntelActionSchema).default([]).register(z.globalRegistry, { description: "The actions taken on it.", examples: [[{ description: "Patched the VPN gateways", takenOn: "2026-01-13", ownerId: "p-it-lead" }]] }),
})).register(z.globalRegistry, { description: "A threat-intelligence report and what was done about it (5.7)." });
/**
 * The type of a threat-intelligence report, inferred from {@link ThreatIntelReportSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ThreatIntelReport = ThreatIntelReportSchema.parse({ id: "r", sourceId: "s", title: "x", receivedOn: "2026-01-01", relevance: "not-relevant" });
 * ThreatIntelReportSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ThreatIntelReport = z.infer<typeof ThreatIntelReportSchema>;
