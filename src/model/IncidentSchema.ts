import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, IsoDateTimeSchema, NonEmptyStringSchema, RefSchema, SecurityPropertySchema } from "../core/primitives";
import { EvidenceSchema } from "./EvidenceSchema";
import { NotificationRegimeIdSchema } from "./notificationRegimes";

const SeveritySchema = z.enum(["low", "medium", "high", "critical"]);

/**
 * The assessment of an information security event and the decision on it (Annex A 5.25): whether it
 * is an incident, its category and severity, which notification duties apply, who decided and when.
 *
 * @category Model
 * @example
 * ```ts
 * const t: IncidentTriage = IncidentTriageSchema.parse({
 *   decidedAt: "2026-03-04T10:05:00+01:00",
 *   decidedById: "p-soc-lead",
 *   classification: "incident",
 *   regimes: ["gdpr-authority"],
 * });
 * t.regimes
 * //=> ["gdpr-authority"]
 * ```
 */
export const IncidentTriageSchema = z
  .strictObject({
    decidedAt: IsoDateTimeSchema.describe("When the decision was made."),
    decidedById: RefSchema.describe("Who made the decision (a people id)."),
    classification: z.enum(["event", "incident"]).describe("`event`: a security event that is not an incident (recorded, not handled as one); `incident`: an information security incident."),
    category: z.string().optional().describe("The category decided on (phishing, malware, data leak …)."),
    severity: SeveritySchema.optional().describe("The severity decided on; the incident's `severity` is the current one."),
    regimes: z.array(NotificationRegimeIdSchema).default([]).describe("The notification duties the decision found apply (a personal data breach likely to result in a risk: gdpr-authority; a significant incident under NIS2: nis2-early-warning …)."),
    rationale: z.string().optional().describe("Why: in particular why a personal data breach needs no notification (GDPR Art. 33(5))."),
  })
  .describe("5.25 The assessment of the event and the decision on it.");
/**
 * The type of a triage decision, inferred from {@link IncidentTriageSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: IncidentTriage = IncidentTriageSchema.parse({ decidedAt: "2026-01-01T09:00:00Z", decidedById: "p", classification: "event" });
 * IncidentTriageSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type IncidentTriage = z.infer<typeof IncidentTriageSchema>;

/**
 * A notification of an incident under a regime (GDPR, NIS2, DORA, a contract): to whom, when it was
 * due when a contract sets the deadline, and when it was sent.
 *
 * @category Model
 * @example
 * ```ts
 * const n: IncidentNotification = IncidentNotificationSchema.parse({
 *   id: "inc-7-n1",
 *   regime: "gdpr-authority",
 *   recipient: "Data protection authority",
 *   sentAt: "2026-03-06T17:40:00+01:00",
 * });
 * n.regime
 * //=> "gdpr-authority"
 * ```
 */
export const IncidentNotificationSchema = entitySchema({
  regime: NotificationRegimeIdSchema,
  recipient: NonEmptyStringSchema.describe("Who was told: the authority, the CSIRT, the customer, the data subjects."),
  recipientPartyId: RefSchema.optional().describe("The interested party told, when it is recorded (an interestedParties id)."),
  dueAt: IsoDateTimeSchema.optional().describe("The deadline, when a contract or an authority sets one other than the regime's (it then wins)."),
  sentAt: IsoDateTimeSchema.optional().describe("When it was sent; absent while it has not been."),
  sentById: RefSchema.optional().describe("Who sent it (a people id)."),
  reference: z.string().optional().describe("The recipient's case or reference number."),
  documentIds: RefListSchema.describe("The notification as sent, kept as documented information."),
}).describe("A notification of the incident under one regime.");
/**
 * The type of an incident notification, inferred from {@link IncidentNotificationSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: IncidentNotification = IncidentNotificationSchema.parse({ id: "n", regime: "contractual", recipient: "Acme" });
 * IncidentNotificationSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type IncidentNotification = z.infer<typeof IncidentNotificationSchema>;

/**
 * One hand-over in the chain of custody of a piece of evidence: when, from whom, to whom, why.
 *
 * @category Model
 * @example
 * ```ts
 * const step: CustodyTransfer = CustodyTransferSchema.parse({ at: "2026-03-04T11:00:00+01:00", fromId: "p-soc", toId: "p-forensics" });
 * step.toId
 * //=> "p-forensics"
 * ```
 */
export const CustodyTransferSchema = z
  .strictObject({
    at: IsoDateTimeSchema.describe("When custody passed."),
    fromId: RefSchema.optional().describe("Who handed it over (a people id); absent for a hand-over from outside the organisation."),
    toId: RefSchema.describe("Who took custody (a people id)."),
    purpose: z.string().optional().describe("Why: analysis, storage, hand-over to law enforcement …"),
  })
  .describe("A hand-over in the chain of custody.");
/**
 * The type of a custody transfer, inferred from {@link CustodyTransferSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: CustodyTransfer = CustodyTransferSchema.parse({ at: "2026-01-01T00:00:00Z", toId: "p" });
 * CustodyTransferSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type CustodyTransfer = z.infer<typeof CustodyTransferSchema>;

/**
 * Evidence of an incident kept for disciplinary or legal action (Annex A 5.28): what it is, who
 * collected it when, its digest, and every hand-over since.
 *
 * @category Model
 * @example
 * ```ts
 * const e: ForensicEvidence = ForensicEvidenceSchema.parse({
 *   id: "inc-7-fe1",
 *   description: "Disk image of the compromised laptop",
 *   collectedAt: "2026-03-04T10:40:00+01:00",
 *   collectedById: "p-soc",
 *   hash: { algorithm: "sha256", value: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
 * });
 * e.custody
 * //=> []
 * ```
 */
export const ForensicEvidenceSchema = entitySchema({
  description: NonEmptyStringSchema.describe("What the evidence is."),
  collectedAt: IsoDateTimeSchema.describe("When it was collected."),
  collectedById: RefSchema.describe("Who collected it (a people id)."),
  location: z.string().optional().describe("Where it is kept."),
  hash: EvidenceSchema.shape.hash.describe("Its digest when collected, to show it was not altered."),
  custody: z.array(CustodyTransferSchema).default([]).describe("Every hand-over since collection, in order; the first is from the collector."),
}).describe("5.28 Evidence kept with its chain of custody.");
/**
 * The type of forensic evidence, inferred from {@link ForensicEvidenceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: ForensicEvidence = ForensicEvidenceSchema.parse({ id: "e", description: "x", collectedAt: "2026-01-01T00:00:00Z", collectedById: "p" });
 * ForensicEvidenceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type ForensicEvidence = z.infer<typeof ForensicEvidenceSchema>;

/**
 * An information security incident (or an event triaged as not one), with its timeline, the triage
 * decision, responders, notifications, evidence and lessons. Days (`detectedOn` …) are enough for a
 * simple record; the instants (`detectedAt` …, with their offset) are what notification deadlines in
 * hours are judged on. `detectedOn` may be left out when `detectedAt` is given: it is then the day
 * of `detectedAt` where it was written.
 *
 * @category Model
 * @example
 * ```ts
 * const inc: Incident = IncidentSchema.parse({ id: "inc-1", title: "Phishing led to mailbox takeover", severity: "medium", detectedOn: "2026-02-03", status: "closed" });
 * inc.personalDataBreach
 * //=> false
 * IncidentSchema.parse({ id: "inc-2", title: "Ransomware", severity: "critical", detectedAt: "2026-03-04T02:17:00+01:00", status: "open" }).detectedOn
 * //=> "2026-03-04"
 * ```
 */
export const IncidentSchema = entitySchema({
  title: NonEmptyStringSchema,
  description: z.string().optional(),
  category: z.string().optional(),
  severity: SeveritySchema,
  occurredOn: IsoDateSchema.optional(),
  detectedOn: IsoDateSchema.optional().describe("The day it was detected; required unless `detectedAt` is given."),
  reportedOn: IsoDateSchema.optional(),
  resolvedOn: IsoDateSchema.optional(),
  status: z.enum(["open", "contained", "resolved", "closed"]),
  affectedProperties: z.array(SecurityPropertySchema).default([]),
  personalDataBreach: z.boolean().default(false),
  occurredAt: IsoDateTimeSchema.optional().describe("When it began, when known."),
  detectedAt: IsoDateTimeSchema.optional().describe("When it was detected."),
  reportedAt: IsoDateTimeSchema.optional().describe("When it was reported to the incident-handling team (6.8)."),
  awareAt: IsoDateTimeSchema.optional().describe("When the organisation became aware of it as GDPR and NIS2 mean it (their clocks start here); absent, the triage decision, else detection."),
  classifiedAt: IsoDateTimeSchema.optional().describe("When it was classified under a notification regime (DORA's clock for major incidents); absent, the triage decision."),
  containedAt: IsoDateTimeSchema.optional().describe("When it was contained."),
  resolvedAt: IsoDateTimeSchema.optional().describe("When it was resolved."),
  closedAt: IsoDateTimeSchema.optional().describe("When it was closed."),
  triage: IncidentTriageSchema.optional(),
  responderIds: RefListSchema.describe("Who responded (people ids)."),
  notifications: z.array(IncidentNotificationSchema).default([]).describe("Notifications under each regime that applies (5.26)."),
  forensicEvidence: z.array(ForensicEvidenceSchema).default([]).describe("Evidence kept with its chain of custody (5.28)."),
  assetIds: RefListSchema,
  riskIds: RefListSchema,
  supplierIds: RefListSchema,
  nonconformityIds: RefListSchema,
  lessonsLearned: z.string().optional(),
  improvementIds: RefListSchema.describe("Improvements raised from its lessons (5.27)."),
})
  .superRefine((incident, ctx) => {
    if (incident.detectedOn === undefined && incident.detectedAt === undefined) {
      ctx.addIssue({ code: "custom", path: ["detectedOn"], message: "expected the day the incident was detected (detectedOn) or the moment (detectedAt)", params: { code: "invalid_type" } });
    }
  })
  .transform((incident) => ({ ...incident, detectedOn: incident.detectedOn ?? incident.detectedAt!.slice(0, 10) }));
/**
 * The type of an incident, inferred from {@link IncidentSchema}: `detectedOn` is always there.
 *
 * @category Model
 * @example
 * ```ts
 * const value: Incident = IncidentSchema.parse({ id: "i", title: "x", severity: "low", detectedOn: "2026-01-01", status: "open" });
 * IncidentSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type Incident = z.output<typeof IncidentSchema>;
