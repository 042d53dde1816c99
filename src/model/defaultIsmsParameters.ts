import { deepFreeze } from "../core/deepFreeze";

/**
 * The value of every organisation parameter when the document leaves it out, deeply frozen. These are
 * the intervals certification auditors take as the norm when an organisation has set none:
 * management reviews, internal audits, independent reviews, policy reviews, context reviews,
 * awareness and supplier reassessments yearly; the internal audit programme covering everything in
 * the three-year certification cycle; other controlled documents reviewed every two years; a month
 * for a new starter's awareness, for a nonconformity's root cause and corrective action, and as the
 * slack a planned audit or review may take; the remediation and incident targets common in
 * vulnerability-management and incident-response policies; and evidence of at most a year (three
 * years for certificates and documents). For security operations: a vulnerability exception valid
 * at most six months; a leaver's access removed by the next day; privileged access reviewed
 * quarterly and other access yearly; shared and service credentials, and cryptographic keys,
 * changed yearly; logs kept a year and reviewed weekly; configuration and malware-protection
 * coverage checked quarterly; threat reports acted on within a month; restores, continuity and
 * disaster-recovery exercises and the business impact analysis yearly; supplier attestations flagged
 * 60 days before they expire; and the legal notification deadlines of GDPR, NIS2 and DORA
 * ({@link notificationRegimes}). See docs/conformity.md for the rules that read each one.
 *
 * @category Model
 * @example
 * ```ts
 * defaultIsmsParameters.managementReviewIntervalMonths
 * //=> 12
 * defaultIsmsParameters.vulnerabilityRemediationDays
 * //=> { critical: 30, high: 90, medium: 180, low: 365 }
 * ```
 */
export const defaultIsmsParameters = deepFreeze({
  managementReviewIntervalMonths: 12,
  internalAuditIntervalMonths: 12,
  auditProgrammeCycleMonths: 36,
  independentReviewIntervalMonths: 12,
  policyReviewIntervalMonths: 12,
  documentReviewIntervalMonths: 24,
  contextReviewIntervalMonths: 12,
  awarenessIntervalMonths: 12,
  newStarterAwarenessDays: 30,
  supplierReviewIntervalMonths: 12,
  plannedActivityGraceDays: 30,
  nonconformityResponseDays: 30,
  vulnerabilityRemediationDays: { critical: 30, high: 90, medium: 180, low: 365 },
  incidentResponseHours: { critical: 4, high: 24, medium: 72, low: 168 },
  incidentClosureDays: { critical: 30, high: 30, medium: 90, low: 90 },
  vulnerabilityExceptionMaxDays: 180,
  leaverAccessRemovalDays: 1,
  accessReviewIntervalMonths: { privileged: 3, standard: 12 },
  credentialRotationMonths: 12,
  logRetentionDays: 365,
  logReviewIntervalDays: 7,
  complianceCheckIntervalDays: 90,
  threatIntelligenceResponseDays: 30,
  restoreTestIntervalMonths: 12,
  continuityExerciseIntervalMonths: 12,
  businessImpactAnalysisIntervalMonths: 12,
  keyRotationMonths: 12,
  attestationExpiryWarningDays: 60,
  notificationDeadlineHours: {
    "gdpr-authority": 72,
    "gdpr-data-subjects": 72,
    "gdpr-controller": 24,
    "nis2-early-warning": 24,
    "nis2-notification": 72,
    "dora-initial": 4,
    "dora-initial-latest": 24,
    "dora-intermediate": 72,
    contractual: 72,
  },
  notificationDeadlineMonths: { "nis2-final-report": 1, "dora-final": 1 },
  evidenceMaxAgeMonths: {
    document: 36,
    record: 12,
    screenshot: 12,
    log: 12,
    report: 12,
    certificate: 36,
    configuration: 12,
    interview: 12,
    other: 12,
  },
} as const);

/**
 * Every organisation parameter with its value: the shape of {@link defaultIsmsParameters}.
 *
 * @category Model
 * @example
 * ```ts
 * const values: ResolvedIsmsParameters = { ...defaultIsmsParameters, managementReviewIntervalMonths: 6 };
 * values.managementReviewIntervalMonths
 * //=> 6
 * ```
 */
export type ResolvedIsmsParameters = {
  readonly [K in keyof typeof defaultIsmsParameters]: (typeof defaultIsmsParameters)[K] extends number
    ? number
    : { readonly [S in keyof (typeof defaultIsmsParameters)[K]]: number };
};
