/**
 * A kind of operational record {@link importRecords} can import: a collection of the document
 * (`incidents`, `vulnerabilities`, `accounts` …, `businessServices` for the services of the business
 * impact analysis), or the records kept inside another (`incidentNotifications`, `logReviews`,
 * `complianceResults`, `securityTests`, `supplierAttestations`, `threatIntelActions`).
 *
 * @category Interop
 * @example
 * ```ts
 * const kind: OperationalRecordKind = "accessEvents";
 * ```
 */
export type OperationalRecordKind =
  | "incidents"
  | "vulnerabilities"
  | "systems"
  | "accounts"
  | "accessEvents"
  | "accessReviews"
  | "logSources"
  | "monitoringUseCases"
  | "timeSources"
  | "backupJobs"
  | "restoreTests"
  | "businessServices"
  | "continuityExercises"
  | "threatIntelSources"
  | "threatIntelReports"
  | "configurationBaselines"
  | "cryptographicKeys"
  | "endpointCoverage"
  | "releases"
  | "suppliers"
  | "incidentNotifications"
  | "logReviews"
  | "complianceResults"
  | "securityTests"
  | "supplierAttestations"
  | "threatIntelActions";
