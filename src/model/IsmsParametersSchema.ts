import * as z from "zod";
import { MAX_PERIOD_DAYS } from "../core/bounds";
import { defaultIsmsParameters as d } from "./defaultIsmsParameters";
import { lazyShape } from "../core/lazyShape";

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

/**
 * A parameter kept per key (a severity, a privilege level, a notification regime, an evidence kind):
 * each key optional, described with its default, which is also its example.
 */
const byKey = <const K extends string>(defaults: Readonly<Record<K, number>>, period: z.ZodInt, each: (key: K, value: number) => string) =>
  z
    .strictObject(
      Object.fromEntries((Object.entries(defaults) as [K, number][]).map(([key, value]) => [key, period.optional().register(z.globalRegistry, { description: each(key, value), examples: [value] })])) as Record<
        K,
        z.ZodOptional<z.ZodInt>
      >,
    )
    .optional();

const byEvidenceKind = (period: z.ZodInt) =>
  byKey(d.evidenceMaxAgeMonths, period, (kind, value) => `Months evidence of the kind ${kind} stays current when it states no validUntil. Default ${value}.`).register(z.globalRegistry, {
    description: `How old evidence of each kind may be, in months, when it states no \`validUntil\` (8.1); a kind left out takes its default. Defaults: ${listed(d.evidenceMaxAgeMonths)}.`,
    examples: [{ log: 3, configuration: 6 }],
  });

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
  .strictObject(lazyShape(() => ({
    managementReviewIntervalMonths: Months.optional().register(z.globalRegistry, { description: `Months between management reviews (9.3.1). Default ${d.managementReviewIntervalMonths}.`, examples: [d.managementReviewIntervalMonths] }),
    internalAuditIntervalMonths: Months.optional().register(z.globalRegistry, { description: `Months between internal audits: the audit programme's frequency (9.2.1). Default ${d.internalAuditIntervalMonths}.`, examples: [d.internalAuditIntervalMonths] }),
    auditProgrammeCycleMonths: Months.optional().register(z.globalRegistry, {
      description: `Months within which the internal audits cover every clause and applicable control, when the programme states no period; also how far back management reviews are read (9.2.2). Default ${d.auditProgrammeCycleMonths}, the certification cycle.`,
      examples: [d.auditProgrammeCycleMonths],
    }),
    independentReviewIntervalMonths: Months.optional().register(z.globalRegistry, { description: `Months between independent reviews of information security (Annex A 5.35). Default ${d.independentReviewIntervalMonths}.`, examples: [d.independentReviewIntervalMonths] }),
    policyReviewIntervalMonths: Months.optional().register(z.globalRegistry, {
      description: `Months between reviews of the information security policy and topic-specific policies that set no interval of their own (Annex A 5.1). Default ${d.policyReviewIntervalMonths}.`,
      examples: [d.policyReviewIntervalMonths],
    }),
    documentReviewIntervalMonths: Months.optional().register(z.globalRegistry, {
      description: `Months between reviews of other controlled documents that set no interval of their own (7.5.2). Default ${d.documentReviewIntervalMonths}.`,
      examples: [d.documentReviewIntervalMonths],
    }),
    contextReviewIntervalMonths: Months.optional().register(z.globalRegistry, { description: `Months between reviews of the internal and external issues (4.1). Default ${d.contextReviewIntervalMonths}.`, examples: [d.contextReviewIntervalMonths] }),
    awarenessIntervalMonths: Months.optional().register(z.globalRegistry, { description: `Months within which everyone attends an awareness activity (7.3). Default ${d.awarenessIntervalMonths}.`, examples: [d.awarenessIntervalMonths] }),
    newStarterAwarenessDays: Days.optional().register(z.globalRegistry, { description: `Days within which a new starter attends an awareness activity (7.3). Default ${d.newStarterAwarenessDays}.`, examples: [d.newStarterAwarenessDays] }),
    supplierReviewIntervalMonths: Months.optional().register(z.globalRegistry, {
      description: `Months between reassessments of high and critical suppliers that set no interval of their own (Annex A 5.22). Default ${d.supplierReviewIntervalMonths}.`,
      examples: [d.supplierReviewIntervalMonths],
    }),
    plannedActivityGraceDays: GraceDays.optional().register(z.globalRegistry, {
      description: `Days a planned audit or management review may slip before it counts as not held (9.2.2, 9.3.1). Default ${d.plannedActivityGraceDays}.`,
      examples: [d.plannedActivityGraceDays],
    }),
    nonconformityResponseDays: Days.optional().register(z.globalRegistry, { description: `Days within which a nonconformity gets a root-cause analysis and a corrective action (10.2). Default ${d.nonconformityResponseDays}.`, examples: [d.nonconformityResponseDays] }),
    vulnerabilityRemediationDays: byKey(d.vulnerabilityRemediationDays, Days, (severity, value) => `Days within which a ${severity} vulnerability is remediated or formally accepted. Default ${value}.`).register(z.globalRegistry, {
      description: `Days within which an open vulnerability is remediated or formally accepted (Annex A 8.8). Defaults: ${listed(d.vulnerabilityRemediationDays)}; a severity left out takes its default.`,
      examples: [{ critical: 7, high: 30 }],
    }),
    incidentResponseHours: byKey(d.incidentResponseHours, Hours, (severity, value) => `Hours within which a ${severity} incident is contained or resolved. Default ${value}.`).register(z.globalRegistry, {
      description: `Hours within which an incident is responded to — contained or resolved (Annex A 5.26). Defaults: ${listed(d.incidentResponseHours)}; a severity left out takes its default.`,
      examples: [{ critical: 2, high: 8 }],
    }),
    incidentClosureDays: byKey(d.incidentClosureDays, Days, (severity, value) => `Days within which a ${severity} incident is resolved. Default ${value}.`).register(z.globalRegistry, {
      description: `Days within which an incident is resolved (Annex A 5.24–5.26). Defaults: ${listed(d.incidentClosureDays)}; a severity left out takes its default.`,
      examples: [{ critical: 14 }],
    }),
    vulnerabilityExceptionMaxDays: Days.optional().register(z.globalRegistry, {
      description: `Days an exception for an unremediated vulnerability may run, from its approval to its expiry (Annex A 8.8). Default ${d.vulnerabilityExceptionMaxDays}.`,
      examples: [d.vulnerabilityExceptionMaxDays],
    }),
    leaverAccessRemovalDays: GraceDays.optional().register(z.globalRegistry, {
      description: `Days after a leaver's last day (or a mover's move) within which access no longer needed is removed; 0 is the same day (Annex A 5.18). Default ${d.leaverAccessRemovalDays}.`,
      examples: [d.leaverAccessRemovalDays],
    }),
    accessReviewIntervalMonths: byKey(d.accessReviewIntervalMonths, Months, (level, value) => `Months between reviews of ${level} access rights. Default ${value}.`).register(z.globalRegistry, {
      description: `Months between reviews of the access rights to a system, per privilege level (Annex A 5.18, 8.2); a level left out takes its default. Defaults: ${listed(d.accessReviewIntervalMonths)}.`,
      examples: [{ privileged: 3, standard: 6 }],
    }),
    credentialRotationMonths: Months.optional().register(z.globalRegistry, {
      description: `Months after which the password or secret of a shared, service or break-glass account is changed (Annex A 5.17). Default ${d.credentialRotationMonths}.`,
      examples: [d.credentialRotationMonths],
    }),
    logRetentionDays: Days.optional().register(z.globalRegistry, { description: `Days every active log source keeps its logs, at least (Annex A 8.15). Default ${d.logRetentionDays}.`, examples: [d.logRetentionDays] }),
    logReviewIntervalDays: Days.optional().register(z.globalRegistry, { description: `Days between reviews of a log source that sets no interval of its own and raises no alerts (Annex A 8.16). Default ${d.logReviewIntervalDays}.`, examples: [d.logReviewIntervalDays] }),
    complianceCheckIntervalDays: Days.optional().register(z.globalRegistry, {
      description: `Days between checks of configuration compliance against each baseline (Annex A 8.9) and of the coverage of malware protection and endpoint controls (Annex A 8.1, 8.7). Default ${d.complianceCheckIntervalDays}.`,
      examples: [d.complianceCheckIntervalDays],
    }),
    threatIntelligenceResponseDays: Days.optional().register(z.globalRegistry, {
      description: `Days within which a threat-intelligence report judged relevant is acted on (Annex A 5.7). Default ${d.threatIntelligenceResponseDays}.`,
      examples: [d.threatIntelligenceResponseDays],
    }),
    restoreTestIntervalMonths: Months.optional().register(z.globalRegistry, { description: `Months between restore tests of each active backup job (Annex A 8.13). Default ${d.restoreTestIntervalMonths}.`, examples: [d.restoreTestIntervalMonths] }),
    continuityExerciseIntervalMonths: Months.optional().register(z.globalRegistry, {
      description: `Months between continuity or disaster-recovery exercises of each service of the business impact analysis, and failover tests of redundancy (Annex A 5.29, 5.30, 8.14). Default ${d.continuityExerciseIntervalMonths}.`,
      examples: [d.continuityExerciseIntervalMonths],
    }),
    businessImpactAnalysisIntervalMonths: Months.optional().register(z.globalRegistry, {
      description: `Months between reviews of the business impact analysis (Annex A 5.30). Default ${d.businessImpactAnalysisIntervalMonths}.`,
      examples: [d.businessImpactAnalysisIntervalMonths],
    }),
    keyRotationMonths: Months.optional().register(z.globalRegistry, {
      description: `Months a cryptographic key may stay in use without rotation, at most; a key's own shorter interval wins (Annex A 8.24). Default ${d.keyRotationMonths}.`,
      examples: [d.keyRotationMonths],
    }),
    attestationExpiryWarningDays: Days.optional().register(z.globalRegistry, {
      description: `Days before a supplier's attestation (SOC 2 report, ISO certificate) expires from which its renewal is flagged (Annex A 5.22). Default ${d.attestationExpiryWarningDays}.`,
      examples: [d.attestationExpiryWarningDays],
    }),
    notificationDeadlineHours: byKey(d.notificationDeadlineHours, Hours, (regime, value) => `Hours within which the ${regime} notice is sent once its clock starts. Default ${value}.`).register(z.globalRegistry, {
      description: `Hours within which each notification regime's notice is sent (see notificationRegimes for the legal source and what starts each clock; dora-initial-latest is DORA's 24 hours from awareness beside its 4 hours from classification). Set a shorter target of your own, never a longer legal one (Annex A 5.26). Defaults: ${listed(d.notificationDeadlineHours)}.`,
      examples: [{ "gdpr-authority": 48, contractual: 24 }],
    }),
    notificationDeadlineMonths: byKey(d.notificationDeadlineMonths, Months, (regime, value) => `Months within which the ${regime} follows the report before it. Default ${value}.`).register(z.globalRegistry, {
      description: `Months within which the final report of NIS2 and of DORA follows the notification or report before it (Annex A 5.26). Defaults: ${listed(d.notificationDeadlineMonths)}.`,
      examples: [{ "nis2-final-report": 1 }],
    }),
    evidenceMaxAgeMonths: byEvidenceKind(Months),
  })))
  .register(z.globalRegistry, {
    description: "The organisation's own parameters: intervals, targets and limits the conformity rules judge against. Each left out takes its default.",
    examples: [{ internalAuditIntervalMonths: 6, vulnerabilityRemediationDays: { critical: 7 } }],
  });

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
