import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IntervalDaysSchema, RecordStatusSchema, RetentionDaysSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

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
  .strictObject({
    performedOn: IsoDateSchema.describe("When the review was performed."),
    reviewerId: RefSchema.optional().describe("Who reviewed (a people id)."),
    outcome: z.string().optional().describe("What was found."),
    incidentIds: RefListSchema.describe("Incidents raised from it (incident ids)."),
  })
  .describe("A review of the logs of a source.");
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
export const LogSourceSchema = entitySchema({
  name: NonEmptyStringSchema.describe("Its name."),
  systemId: RefSchema.optional().describe("The system whose events it logs (a systems id)."),
  assetIds: RefListSchema.describe("Assets whose events it logs, when they are not a recorded system (asset ids)."),
  eventTypes: z
    .array(z.enum(["authentication", "authorisation", "account-management", "privileged-activity", "configuration-change", "data-access", "network-traffic", "security-alert", "system", "application"]))
    .min(1)
    .describe("The kinds of events it records."),
  retentionDays: RetentionDaysSchema.describe("How many days its logs are kept."),
  integrity: z
    .enum(["none", "access-restricted", "append-only", "signed", "worm"])
    .describe("How its logs are protected against tampering: none; access restricted to a few; append-only storage; signed or hash-chained; write-once storage."),
  centralised: z.boolean().optional().describe("Its logs are forwarded to a central store or SIEM."),
  alerting: z.boolean().default(false).describe("Its events raise alerts, through monitoring use cases, that someone responds to."),
  reviewIntervalDays: IntervalDaysSchema.optional().describe("How often it is reviewed, when it sets its own interval (else the organisation's logReviewIntervalDays)."),
  reviews: z.array(LogReviewSchema).default([]).describe("Reviews performed, any order."),
  timeSourceId: RefSchema.optional().describe("The reference time its clock is synchronised to (a timeSources id; 8.17)."),
  status: RecordStatusSchema,
}).describe("A log source (8.15–8.17).");
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
