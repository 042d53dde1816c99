import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { MinutesSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A service of the business impact analysis: how critical it is, how long it may be down (RTO) and
 * how much data it may lose (RPO), and the redundancy it has (Annex A 5.30, 8.14).
 *
 * @category Model
 * @example
 * ```ts
 * const s: BusinessService = BusinessServiceSchema.parse({ id: "svc-platform", name: "Fleet platform", criticality: "critical", rtoMinutes: 240, rpoMinutes: 60, redundancy: "multi-zone" });
 * s.rtoMinutes
 * //=> 240
 * ```
 */
export const BusinessServiceSchema = entitySchema({
  name: NonEmptyStringSchema.describe("The service's name."),
  ownerId: RefSchema.optional().describe("Who owns the service (a people id)."),
  criticality: z.enum(["low", "medium", "high", "critical"]).describe("How critical it is to the organisation."),
  assetIds: RefListSchema.describe("The assets it relies on (asset ids)."),
  systemIds: RefListSchema.describe("The systems it runs on (systems ids)."),
  rtoMinutes: MinutesSchema.describe("Recovery time objective: how long it may be unavailable, in minutes."),
  rpoMinutes: MinutesSchema.describe("Recovery point objective: how much data, in minutes before an outage, it may lose."),
  mtpdMinutes: MinutesSchema.optional().describe("Maximum tolerable period of disruption, in minutes."),
  redundancy: z
    .enum(["none", "warm-standby", "multi-zone", "multi-region", "active-active"])
    .optional()
    .describe("The redundancy of its information processing facilities (8.14)."),
}).describe("A service of the business impact analysis.");
/**
 * The type of a service of the business impact analysis, inferred from {@link BusinessServiceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: BusinessService = BusinessServiceSchema.parse({ id: "s", name: "x", criticality: "low", rtoMinutes: 2880, rpoMinutes: 1440 });
 * BusinessServiceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type BusinessService = z.infer<typeof BusinessServiceSchema>;

/**
 * The business impact analysis: when it was performed and approved, and its services with their
 * recovery objectives (Annex A 5.30).
 *
 * @category Model
 * @example
 * ```ts
 * const bia: BusinessImpactAnalysis = BusinessImpactAnalysisSchema.parse({ performedOn: "2026-02-10", services: [{ id: "svc-1", name: "Web shop", criticality: "high", rtoMinutes: 480, rpoMinutes: 60 }] });
 * bia.services.length
 * //=> 1
 * ```
 */
export const BusinessImpactAnalysisSchema = z
  .strictObject({
    performedOn: IsoDateSchema.describe("When it was performed or last reviewed."),
    approvedById: RefSchema.optional().describe("Who approved it (a people id)."),
    documentId: RefSchema.optional().describe("The analysis as documented information (a documents id)."),
    services: z.array(BusinessServiceSchema).default([]).describe("The services analysed."),
  })
  .describe("5.30 The business impact analysis.");
/**
 * The type of a business impact analysis, inferred from {@link BusinessImpactAnalysisSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: BusinessImpactAnalysis = BusinessImpactAnalysisSchema.parse({ performedOn: "2026-01-01" });
 * BusinessImpactAnalysisSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type BusinessImpactAnalysis = z.infer<typeof BusinessImpactAnalysisSchema>;
