import * as z from "zod";
import { MAX_PERIOD_DAYS } from "../core/bounds";
import { defaultIsmsParameters as d } from "./defaultIsmsParameters";

/** `critical 30, high 90 …`: the defaults of a parameter kept per key, for a description. */
const listed = (values: Readonly<Record<string, number>>) =>
  Object.entries(values)
    .map(([key, value]) => `${key} ${value}`)
    .join(", ");

/** A period in whole months, 1 to 120 (ten years). */
const Months = z.int().min(1).max(120);
/** A period in whole days, 1 to 3650 (ten years). */
const Days = z.int().min(1).max(MAX_PERIOD_DAYS);
/** A tolerance in whole days, 0 to 365. */
const GraceDays = z.int().min(0).max(365);
/** A period in whole hours, 1 to 8760 (a year). */
const Hours = z.int().min(1).max(8760);

const bySeverity = (period: z.ZodInt, what: string) =>
  z
    .strictObject({
      critical: period.optional(),
      high: period.optional(),
      medium: period.optional(),
      low: period.optional(),
    })
    .optional()
    .describe(`${what}; a severity left out takes its default.`);

/** A parameter kept per key (privilege level, notification regime …), each key optional. */
const byKey = <const K extends string>(keys: readonly K[], period: z.ZodInt) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, period.optional()])) as Record<K, z.ZodOptional<z.ZodInt>>).optional();

const byEvidenceKind = (period: z.ZodInt) =>
  z
    .strictObject({
      document: period.optional(),
      record: period.optional(),
      screenshot: period.optional(),
      log: period.optional(),
      report: period.optional(),
      certificate: period.optional(),
      configuration: period.optional(),
      interview: period.optional(),
      other: period.optional(),
    })
    .optional()
    .describe(`How old evidence of each kind may be, in months, when it states no \`validUntil\` (8.1); a kind left out takes its default. Defaults: ${listed(d.evidenceMaxAgeMonths)}.`);

/**
 * The organisation's own parameters: the intervals, targets and limits it has set for its ISMS
 * (review cycles, remediation times, evidence age …). Every field is optional; one left out takes
 * its documented default ({@link defaultIsmsParameters}), and the conformity rules judge the document
 * against these values, saying in each finding which value they used and whether it is the
 * organisation's or the default. Every number is bounded: months 1–120, days 1–3650 (grace and
 * the leaver limit 0–365), hours 1–8760.
 *
 * @category Model
 * @example
 * ```ts
 * const parameters: IsmsParameters = IsmsParametersSchema.parse({
 *   managementReviewIntervalMonths: 6,
 *   vulnerabilityRemediationDays: { high: 120 },
 * });
 * parameters.vulnerabilityRemediationDays?.high
 * //=> 120
 * IsmsParametersSchema.safeParse({ managementReviewIntervalMonths: 0 }).success
 * //=> false
 * ```
 */
export const IsmsParametersSchema = z
  .strictObject({
    managementReviewIntervalMonths: Months.optional().describe(`Months between management reviews (9.3.1). Default ${d.managementReviewIntervalMonths}.`),
    internalAuditIntervalMonths: Months.optional().describe(`Months between internal audits: the audit programme's frequency (9.2.1). Default ${d.internalAuditIntervalMonths}.`),
    auditProgrammeCycleMonths: Months.optional().describe(
      `Months within which the internal audits cover every clause and applicable control, when the programme states no period; also how far back management reviews are read (9.2.2). Default ${d.auditProgrammeCycleMonths}, the certification cycle.`,
    ),
    independentReviewIntervalMonths: Months.optional().describe(`Months between independent reviews of information security (Annex A 5.35). Default ${d.independentReviewIntervalMonths}.`),
    policyReviewIntervalMonths: Months.optional().describe(`Months between reviews of the information security policy and topic-specific policies that set no interval of their own (Annex A 5.1). Default ${d.policyReviewIntervalMonths}.`),
    documentReviewIntervalMonths: Months.optional().describe(`Months between reviews of other controlled documents that set no interval of their own (7.5.2). Default ${d.documentReviewIntervalMonths}.`),
    contextReviewIntervalMonths: Months.optional().describe(`Months between reviews of the internal and external issues (4.1). Default ${d.contextReviewIntervalMonths}.`),
    awarenessIntervalMonths: Months.optional().describe(`Months within which everyone attends an awareness activity (7.3). Default ${d.awarenessIntervalMonths}.`),
    newStarterAwarenessDays: Days.optional().describe(`Days within which a new starter attends an awareness activity (7.3). Default ${d.newStarterAwarenessDays}.`),
    supplierReviewIntervalMonths: Months.optional().describe(`Months between reassessments of high and critical suppliers that set no interval of their own (Annex A 5.22). Default ${d.supplierReviewIntervalMonths}.`),
    plannedActivityGraceDays: GraceDays.optional().describe(`Days a planned audit or management review may slip before it counts as not held (9.2.2, 9.3.1). Default ${d.plannedActivityGraceDays}.`),
    nonconformityResponseDays: Days.optional().describe(`Days within which a nonconformity gets a root-cause analysis and a corrective action (10.2). Default ${d.nonconformityResponseDays}.`),
    vulnerabilityRemediationDays: bySeverity(Days, `Days within which an open vulnerability is remediated or formally accepted (Annex A 8.8). Defaults: ${listed(d.vulnerabilityRemediationDays)}`),
    incidentResponseHours: bySeverity(Hours, `Hours within which an incident is responded to — contained or resolved (Annex A 5.26). Defaults: ${listed(d.incidentResponseHours)}`),
    incidentClosureDays: bySeverity(Days, `Days within which an incident is resolved (Annex A 5.24–5.26). Defaults: ${listed(d.incidentClosureDays)}`),
    vulnerabilityExceptionMaxDays: Days.optional().describe(
      `Days an exception for an unremediated vulnerability may run, from its approval to its expiry (Annex A 8.8). Default ${d.vulnerabilityExceptionMaxDays}.`,
    ),
    leaverAccessRemovalDays: GraceDays.optional().describe(
      `Days after a leaver's last day (or a mover's move) within which access no longer needed is removed; 0 is the same day (Annex A 5.18). Default ${d.leaverAccessRemovalDays}.`,
    ),
    accessReviewIntervalMonths: byKey(["privileged", "standard"], Months).describe(
      `Months between reviews of the access rights to a system, per privilege level (Annex A 5.18, 8.2); a level left out takes its default. Defaults: ${listed(d.accessReviewIntervalMonths)}.`,
    ),
    credentialRotationMonths: Months.optional().describe(
      `Months after which the password or secret of a shared, service or break-glass account is changed (Annex A 5.17). Default ${d.credentialRotationMonths}.`,
    ),
    logRetentionDays: Days.optional().describe(`Days every active log source keeps its logs, at least (Annex A 8.15). Default ${d.logRetentionDays}.`),
    logReviewIntervalDays: Days.optional().describe(
      `Days between reviews of a log source that sets no interval of its own and raises no alerts (Annex A 8.16). Default ${d.logReviewIntervalDays}.`,
    ),
    complianceCheckIntervalDays: Days.optional().describe(
      `Days between checks of configuration compliance against each baseline (Annex A 8.9) and of the coverage of malware protection and endpoint controls (Annex A 8.1, 8.7). Default ${d.complianceCheckIntervalDays}.`,
    ),
    threatIntelligenceResponseDays: Days.optional().describe(
      `Days within which a threat-intelligence report judged relevant is acted on (Annex A 5.7). Default ${d.threatIntelligenceResponseDays}.`,
    ),
    restoreTestIntervalMonths: Months.optional().describe(`Months between restore tests of each active backup job (Annex A 8.13). Default ${d.restoreTestIntervalMonths}.`),
    continuityExerciseIntervalMonths: Months.optional().describe(
      `Months between continuity or disaster-recovery exercises of each service of the business impact analysis, and failover tests of redundancy (Annex A 5.29, 5.30, 8.14). Default ${d.continuityExerciseIntervalMonths}.`,
    ),
    businessImpactAnalysisIntervalMonths: Months.optional().describe(`Months between reviews of the business impact analysis (Annex A 5.30). Default ${d.businessImpactAnalysisIntervalMonths}.`),
    keyRotationMonths: Months.optional().describe(
      `Months a cryptographic key may stay in use without rotation, at most; a key's own shorter interval wins (Annex A 8.24). Default ${d.keyRotationMonths}.`,
    ),
    attestationExpiryWarningDays: Days.optional().describe(
      `Days before a supplier's attestation (SOC 2 report, ISO certificate) expires from which its renewal is flagged (Annex A 5.22). Default ${d.attestationExpiryWarningDays}.`,
    ),
    notificationDeadlineHours: byKey(
      ["gdpr-authority", "gdpr-data-subjects", "gdpr-controller", "nis2-early-warning", "nis2-notification", "dora-initial", "dora-initial-latest", "dora-intermediate", "contractual"],
      Hours,
    ).describe(
      `Hours within which each notification regime's notice is sent (see notificationRegimes for the legal source and what starts each clock; dora-initial-latest is DORA's 24 hours from awareness beside its 4 hours from classification). Set a shorter target of your own, never a longer legal one (Annex A 5.26). Defaults: ${listed(d.notificationDeadlineHours)}.`,
    ),
    notificationDeadlineMonths: byKey(["nis2-final-report", "dora-final"], Months).describe(
      `Months within which the final report of NIS2 and of DORA follows the notification or report before it (Annex A 5.26). Defaults: ${listed(d.notificationDeadlineMonths)}.`,
    ),
    evidenceMaxAgeMonths: byEvidenceKind(Months),
  })
  .describe("The organisation's own parameters: intervals, targets and limits the conformity rules judge against. Each left out takes its default.");

/**
 * The organisation's parameters as written, inferred from {@link IsmsParametersSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: IsmsParameters = { internalAuditIntervalMonths: 6 };
 * IsmsParametersSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type IsmsParameters = z.infer<typeof IsmsParametersSchema>;
