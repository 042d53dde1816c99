import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IntervalDaysSchema, RecordStatusSchema, RetentionDaysSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * A review of a log source: when, by whom, and what came of it (Annex A 8.16).
 *
 * @category Model
 * @example
 * ```ts
 * const r: LogReview = LogReviewSchema.parse({ performedOn: "2026-11-23", reviewerId: "p-soc" });
 * r.incidentIds
 * //=> []
 * ```
 */
export const LogReviewSchema = z
  .strictObject(lazyShape(() => ({
    performedOn: IsoDateSchema.describe("When the review was performed."),
    reviewerId: RefSchema.optional().register(z.globalRegistry, { description: "Who reviewed (a people id).", examples: ["p-soc-analyst"] }),
    outcome: z.string().optional().register(z.globalRegistry, { description: "What was found.", examples: ["Two failed admin logins from an unknown country; blocked"] }),
    incidentIds: RefListSchema.meta({ description: "Incidents raised from it (incident ids).", examples: [["inc-9"]] }),
  })))
  .register(z.globalRegistry, { description: "A review of the logs of a source." });
/**
 * The type of a log review, inferred from {@link LogReviewSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: LogReview = LogReviewSchema.parse({ performedOn: "2026-01-01" });
 * LogReviewSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type LogReview = z.infer<typeof LogReviewSchema>;

/**
 * A log source: the system whose events are logged, which events, how long they are kept, how they
 * are protected, whether they raise alerts, how often they are reviewed and the reviews performed,
 * and the time source its clock follows (Annex A 8.15–8.17).
 *
 * @category Model
 * @example
 * ```ts
 * const l: LogSource = LogSourceSchema.parse({
 *   id: "log-cloudtrail", name: "AWS CloudTrail (organisation trail)", systemId: "sys-aws",
 *   eventTypes: ["authentication", "privileged-activity", "configuration-change"],
 *   retentionDays: 400, integrity: "signed", alerting: true, timeSourceId: "ts-aws",
 * });
 * l.reviews
 * //=> []
 * ```
 */
export const LogSourceSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["AWS CloudTrail"] }),
  systemId: RefSchema.optional().register(z.globalRegistry, { description: "The system whose events it logs (a systems id).", examples: ["sys-aws"] }),
  assetIds: RefListSchema.meta({ description: "Assets whose events it logs, when they are not a recorded system (asset ids).", examples: [["a-firewall"]] }),
  eventTypes: z
    .array(z.enum(["authentication", "authorisation", "account-management", "privileged-activity", "configuration-change", "data-access", "network-traffic", "security-alert", "system", "application"]))
    .min(1)
    .register(z.globalRegistry, { description: "The kinds of events it records.", examples: [["authentication", "privileged-activity", "configuration-change"]] }),
  retentionDays: RetentionDaysSchema.meta({ description: "How many days its logs are kept.", examples: [365] }),
  integrity: z
    .enum(["none", "access-restricted", "append-only", "signed", "worm"])
    .register(z.globalRegistry, { description: "How its logs are protected against tampering: none; access restricted to a few; append-only storage; signed or hash-chained; write-once storage.", examples: ["worm"] }),
  centralised: z.boolean().optional().register(z.globalRegistry, { description: "Its logs are forwarded to a central store or SIEM.", examples: [true] }),
  alerting: z.boolean().default(false).register(z.globalRegistry, { description: "Its events raise alerts, through monitoring use cases, that someone responds to.", examples: [true] }),
  reviewIntervalDays: IntervalDaysSchema.optional().register(z.globalRegistry, { description: "How often it is reviewed, when it sets its own interval (else the organisation's logReviewIntervalDays).", examples: [7] }),
  reviews: z.array(LogReviewSchema).default([]).register(z.globalRegistry, { description: "Reviews performed, any order.", examples: [[{ performedOn: "2026-03-06", reviewerId: "p-soc-analyst", outcome: "Nothing unusual" }]] }),
  timeSourceId: RefSchema.optional().register(z.globalRegistry, { description: "The reference time its clock is synchronised to (a timeSources id; 8.17).", examples: ["ts-aws"] }),
  status: RecordStatusSchema,
})).register(z.globalRegistry, { description: "A log source (8.15–8.17)." });
/**
 * The type of a log source, inferred from {@link LogSourceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: LogSource = LogSourceSchema.parse({ id: "l", name: "x", eventTypes: ["system"], retentionDays: 90, integrity: "none" });
 * LogSourceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type LogSource = z.infer<typeof LogSourceSchema>;
