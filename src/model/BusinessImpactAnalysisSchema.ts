import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { MinutesSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

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
export const BusinessServiceSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "The service's name.", examples: ["Online checkout"] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who owns the service (a people id).", examples: ["p-coo"] }),
  criticality: z.enum(["low", "medium", "high", "critical"]).register(z.globalRegistry, { description: "How critical it is to the organisation.", examples: ["critical"] }),
  assetIds: RefListSchema.meta({ description: "The assets it relies on (asset ids).", examples: [["a-customer-db"]] }),
  systemIds: RefListSchema.meta({ description: "The systems it runs on (systems ids).", examples: [["sys-aws"]] }),
  rtoMinutes: MinutesSchema.meta({ description: "Recovery time objective: how long it may be unavailable, in minutes.", examples: [240] }),
  rpoMinutes: MinutesSchema.meta({ description: "Recovery point objective: how much data, in minutes before an outage, it may lose.", examples: [60] }),
  mtpdMinutes: MinutesSchema.optional().register(z.globalRegistry, { description: "Maximum tolerable period of disruption, in minutes.", examples: [1440] }),
  redundancy: z
    .enum(["none", "warm-standby", "multi-zone", "multi-region", "active-active"])
    .optional()
    .register(z.globalRegistry, { description: "The redundancy of its information processing facilities (8.14).", examples: ["multi-zone"] }),
})).register(z.globalRegistry, { description: "A service of the business impact analysis." });
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
  .strictObject(lazyShape(() => ({
    performedOn: IsoDateSchema.describe("When it was performed or last reviewed."),
    approvedById: RefSchema.optional().register(z.globalRegistry, { description: "Who approved it (a people id).", examples: ["p-coo"] }),
    documentId: RefSchema.optional().register(z.globalRegistry, { description: "The analysis as documented information (a documents id).", examples: ["doc-bia"] }),
    services: z.array(BusinessServiceSchema).default([]).register(z.globalRegistry, { description: "The services analysed.", examples: [[{ id: "svc-checkout", name: "Online checkout", criticality: "critical", rtoMinutes: 240, rpoMinutes: 60 }]] }),
  })))
  .register(z.globalRegistry, { description: "5.30 The business impact analysis.", examples: [{ performedOn: "2026-02-01", approvedById: "p-coo", services: [{ id: "svc-checkout", name: "Online checkout", criticality: "critical", rtoMinutes: 240, rpoMinutes: 60 }] }] });
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
