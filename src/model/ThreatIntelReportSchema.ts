import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

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
  .strictObject({
    description: NonEmptyStringSchema.describe("What was done."),
    takenOn: IsoDateSchema.optional().describe("When it was taken; absent while it is planned."),
    ownerId: RefSchema.optional().describe("Who is responsible (a people id)."),
    vulnerabilityIds: RefListSchema.describe("Vulnerabilities recorded or remediated for it."),
    riskIds: RefListSchema.describe("Risks identified or reassessed for it."),
    useCaseIds: RefListSchema.describe("Monitoring use cases added or tuned for it (monitoringUseCases ids)."),
  })
  .describe("An action taken on a threat-intelligence report.");
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
export const ThreatIntelReportSchema = entitySchema({
  sourceId: RefSchema.describe("Where it came from (a threatIntelSources id)."),
  title: NonEmptyStringSchema.describe("What it reports."),
  receivedOn: IsoDateSchema.describe("When it was received."),
  relevance: z.enum(["undetermined", "relevant", "not-relevant"]).describe("Whether it bears on the organisation, as judged."),
  assessedOn: IsoDateSchema.optional().describe("When its relevance was judged."),
  assessedById: RefSchema.optional().describe("Who judged it (a people id)."),
  actions: z.array(ThreatIntelActionSchema).default([]).describe("The actions taken on it."),
}).describe("A threat-intelligence report and what was done about it (5.7).");
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
