import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { IsoDateSchema, IsoDateTimeSchema, NonEmptyStringSchema, RefSchema, SecurityPropertySchema } from "../core/primitives";
import { EvidenceSchema } from "./EvidenceSchema";
import { NotificationRegimeIdSchema } from "./notificationRegimes";
import { lazyShape } from "../core/lazyShape";

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
  .strictObject(lazyShape(() => ({
    decidedAt: IsoDateTimeSchema.describe("When the decision was made."),
    decidedById: RefSchema.meta({ description: "Who made the decision (a people id).", examples: ["p-soc-lead"] }),
    classification: z.enum(["event", "incident"]).register(z.globalRegistry, { description: "`event`: a security event that is not an incident (recorded, not handled as one); `incident`: an information security incident.", examples: ["incident"] }),
    category: z.string().optional().register(z.globalRegistry, { description: "The category decided on (phishing, malware, data leak …).", examples: ["phishing"] }),
    severity: SeveritySchema.optional().register(z.globalRegistry, { description: "The severity decided on; the incident's `severity` is the current one.", examples: ["high"] }),
    regimes: z.array(NotificationRegimeIdSchema).default([]).register(z.globalRegistry, {
      description: "The notification duties the decision found apply (a personal data breach likely to result in a risk: gdpr-authority; a significant incident under NIS2: nis2-early-warning …).",
      examples: [["gdpr-authority", "nis2-early-warning"]],
    }),
    rationale: z.string().optional().register(z.globalRegistry, { description: "Why: in particular why a personal data breach needs no notification (GDPR Art. 33(5)).", examples: ["Customer e-mail addresses exposed; a risk to the people concerned cannot be ruled out"] }),
  })))
  .register(z.globalRegistry, { description: "5.25 The assessment of the event and the decision on it.", examples: [{ decidedAt: "2026-03-04T10:05:00+01:00", decidedById: "p-soc-lead", classification: "incident", regimes: ["gdpr-authority"] }] });
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
export const IncidentNotificationSchema = entitySchema(() => ({
  regime: NotificationRegimeIdSchema.meta({ description: "The regime it is made under." }),
  recipient: NonEmptyStringSchema.meta({ description: "Who was told: the authority, the CSIRT, the customer, the data subjects.", examples: ["Data protection authority"] }),
  recipientPartyId: RefSchema.optional().register(z.globalRegistry, { description: "The interested party told, when it is recorded (an interestedParties id).", examples: ["ip-dpa"] }),
  dueAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "The deadline, when a contract or an authority sets one other than the regime's (it then wins)." }),
  sentAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was sent; absent while it has not been." }),
  sentById: RefSchema.optional().register(z.globalRegistry, { description: "Who sent it (a people id).", examples: ["p-dpo"] }),
  reference: z.string().optional().register(z.globalRegistry, { description: "The recipient's case or reference number.", examples: ["DPA-2026-0142"] }),
  documentIds: RefListSchema.meta({ description: "The notification as sent, kept as documented information.", examples: [["doc-dpa-notification-0142"]] }),
})).register(z.globalRegistry, { description: "A notification of the incident under one regime." });
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
  .strictObject(lazyShape(() => ({
    at: IsoDateTimeSchema.describe("When custody passed."),
    fromId: RefSchema.optional().register(z.globalRegistry, { description: "Who handed it over (a people id); absent for a hand-over from outside the organisation.", examples: ["p-soc-analyst"] }),
    toId: RefSchema.meta({ description: "Who took custody (a people id).", examples: ["p-forensics"] }),
    purpose: z.string().optional().register(z.globalRegistry, { description: "Why: analysis, storage, hand-over to law enforcement …", examples: ["Disk image analysis"] }),
  })))
  .register(z.globalRegistry, { description: "A hand-over in the chain of custody." });
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
export const ForensicEvidenceSchema = entitySchema(() => ({
  description: NonEmptyStringSchema.meta({ description: "What the evidence is.", examples: ["Disk image of the compromised laptop"] }),
  collectedAt: IsoDateTimeSchema.describe("When it was collected."),
  collectedById: RefSchema.meta({ description: "Who collected it (a people id).", examples: ["p-soc-analyst"] }),
  location: z.string().optional().register(z.globalRegistry, { description: "Where it is kept.", examples: ["Evidence safe, office 2.14"] }),
  hash: EvidenceSchema.shape.hash.describe("Its digest when collected, to show it was not altered."),
  custody: z.array(CustodyTransferSchema).default([]).register(z.globalRegistry, {
    description: "Every hand-over since collection, in order; the first is from the collector.",
    examples: [[{ at: "2026-03-04T15:00:00+01:00", fromId: "p-soc-analyst", toId: "p-forensics", purpose: "Analysis" }]],
  }),
})).register(z.globalRegistry, { description: "5.28 Evidence kept with its chain of custody." });
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
export const IncidentSchema = entitySchema(() => ({
  title: NonEmptyStringSchema.meta({ description: "What happened, in a line.", examples: ["Phishing led to a mailbox takeover"] }),
  description: z.string().optional().register(z.globalRegistry, { description: "What happened, in more detail.", examples: ["An employee entered credentials on a fake login page; the attacker read mail for two hours"] }),
  category: z.string().optional().register(z.globalRegistry, { description: "The kind of incident: phishing, malware, data leak, outage …", examples: ["phishing"] }),
  severity: SeveritySchema.meta({ description: "Its current severity.", examples: ["high"] }),
  occurredOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "The day it began, when known." }),
  detectedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "The day it was detected; required unless `detectedAt` is given." }),
  reportedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "The day it was reported." }),
  resolvedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "The day it was resolved." }),
  status: z.enum(["open", "contained", "resolved", "closed"]).register(z.globalRegistry, { description: "Where it stands: open, contained, resolved, closed.", examples: ["contained"] }),
  affectedProperties: z.array(SecurityPropertySchema).default([]).register(z.globalRegistry, { description: "The security properties it affected.", examples: [["confidentiality"]] }),
  personalDataBreach: z.boolean().default(false).register(z.globalRegistry, { description: "It is a breach of personal data (GDPR Art. 4(12)).", examples: [true] }),
  occurredAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it began, when known." }),
  detectedAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was detected." }),
  reportedAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was reported to the incident-handling team (6.8)." }),
  awareAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When the organisation became aware of it as GDPR and NIS2 mean it (their clocks start here); absent, the triage decision, else detection." }),
  classifiedAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was classified under a notification regime (DORA's clock for major incidents); absent, the triage decision." }),
  containedAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was contained." }),
  resolvedAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was resolved." }),
  closedAt: IsoDateTimeSchema.optional().register(z.globalRegistry, { description: "When it was closed." }),
  triage: IncidentTriageSchema.optional().register(z.globalRegistry, { description: "The triage decision (5.25)." }),
  responderIds: RefListSchema.meta({ description: "Who responded (people ids).", examples: [["p-soc-lead", "p-soc-analyst"]] }),
  notifications: z.array(IncidentNotificationSchema).default([]).register(z.globalRegistry, {
    description: "Notifications under each regime that applies (5.26).",
    examples: [[{ id: "inc-7-n1", regime: "gdpr-authority", recipient: "Data protection authority", sentAt: "2026-03-06T17:40:00+01:00" }]],
  }),
  forensicEvidence: z.array(ForensicEvidenceSchema).default([]).register(z.globalRegistry, {
    description: "Evidence kept with its chain of custody (5.28).",
    examples: [[{ id: "inc-7-e1", description: "Mailbox audit log export", collectedAt: "2026-03-04T14:20:00+01:00", collectedById: "p-soc-analyst" }]],
  }),
  assetIds: RefListSchema.meta({ description: "The assets it affected (asset ids).", examples: [["a-mail"]] }),
  riskIds: RefListSchema.meta({ description: "The risks it realised or bears on (risk ids).", examples: [["r-phishing"]] }),
  supplierIds: RefListSchema.meta({ description: "Suppliers involved (suppliers ids).", examples: [["sup-mail-provider"]] }),
  nonconformityIds: RefListSchema.meta({ description: "Nonconformities raised from it (nonconformities ids).", examples: [["nc-2026-02"]] }),
  lessonsLearned: z.string().optional().register(z.globalRegistry, { description: "What it taught (5.27).", examples: ["Phishing-resistant MFA for mail"] }),
  improvementIds: RefListSchema.meta({ description: "Improvements raised from its lessons (5.27).", examples: [["imp-fido-keys"]] }),
}))
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
