/**
 * The structure of an ISMS document that a schema cannot express: where entities live, which fields
 * refer to which kind of entity, and which dates must be in order. Kept as data so the integrity
 * check, the docs and the completeness test read the same tables.
 */

/** Every kind of entity that has a document-unique id, with where it lives and what to call it. */
export const ENTITY_KINDS = {
  contextIssue: { pattern: "context/issues/*", noun: "context issue" },
  interestedParty: { pattern: "interestedParties/*", noun: "interested party" },
  requirement: { pattern: "interestedParties/*/requirements/*", noun: "interested-party requirement" },
  person: { pattern: "people/*", noun: "person" },
  role: { pattern: "roles/*", noun: "role" },
  document: { pattern: "documents/*", noun: "document" },
  objective: { pattern: "objectives/*", noun: "objective" },
  asset: { pattern: "assets/*", noun: "asset" },
  threat: { pattern: "threats/*", noun: "threat" },
  vulnerability: { pattern: "vulnerabilities/*", noun: "vulnerability" },
  risk: { pattern: "risks/*", noun: "risk" },
  opportunity: { pattern: "opportunities/*", noun: "opportunity" },
  opportunityAction: { pattern: "opportunities/*/actions/*", noun: "opportunity action" },
  control: { pattern: "controls/*", noun: "control" },
  treatmentPlan: { pattern: "treatmentPlans/*", noun: "treatment plan" },
  treatmentAction: { pattern: "treatmentPlans/*/actions/*", noun: "treatment action" },
  change: { pattern: "changes/*", noun: "change" },
  competence: { pattern: "competences/*", noun: "competence" },
  training: { pattern: "trainings/*", noun: "training" },
  communication: { pattern: "communications/*", noun: "communication" },
  measurement: { pattern: "measurements/*", noun: "measurement" },
  plannedAudit: { pattern: "auditProgramme/plannedAudits/*", noun: "planned audit" },
  audit: { pattern: "audits/*", noun: "audit" },
  auditFinding: { pattern: "audits/*/findings/*", noun: "audit finding" },
  managementReview: { pattern: "managementReviews/*", noun: "management review" },
  reviewDecision: { pattern: "managementReviews/*/decisions/*", noun: "management review decision" },
  reviewAction: { pattern: "managementReviews/*/actions/*", noun: "management review action" },
  nonconformity: { pattern: "nonconformities/*", noun: "nonconformity" },
  correctiveAction: { pattern: "nonconformities/*/correctiveActions/*", noun: "corrective action" },
  improvement: { pattern: "improvements/*", noun: "improvement" },
  incident: { pattern: "incidents/*", noun: "incident" },
  supplier: { pattern: "suppliers/*", noun: "supplier" },
  evidence: { pattern: "evidence/*", noun: "evidence record" },
  incidentNotification: { pattern: "incidents/*/notifications/*", noun: "incident notification" },
  forensicEvidence: { pattern: "incidents/*/forensicEvidence/*", noun: "piece of forensic evidence" },
  supplierAttestation: { pattern: "suppliers/*/attestations/*", noun: "supplier attestation" },
  system: { pattern: "systems/*", noun: "system" },
  account: { pattern: "accounts/*", noun: "account" },
  accessEvent: { pattern: "accessEvents/*", noun: "joiner, mover or leaver event" },
  accessReview: { pattern: "accessReviews/*", noun: "access review" },
  logSource: { pattern: "logSources/*", noun: "log source" },
  monitoringUseCase: { pattern: "monitoringUseCases/*", noun: "monitoring use case" },
  timeSource: { pattern: "timeSources/*", noun: "time source" },
  backupJob: { pattern: "backupJobs/*", noun: "backup job" },
  restoreTest: { pattern: "restoreTests/*", noun: "restore test" },
  businessService: { pattern: "businessImpactAnalysis/services/*", noun: "service of the business impact analysis" },
  continuityExercise: { pattern: "continuityExercises/*", noun: "continuity exercise" },
  threatIntelSource: { pattern: "threatIntelSources/*", noun: "threat-intelligence source" },
  threatIntelReport: { pattern: "threatIntelReports/*", noun: "threat-intelligence report" },
  configurationBaseline: { pattern: "configurationBaselines/*", noun: "configuration baseline" },
  cryptographicKey: { pattern: "cryptographicKeys/*", noun: "cryptographic key" },
  endpointCoverage: { pattern: "endpointCoverage/*", noun: "endpoint coverage record" },
  release: { pattern: "releases/*", noun: "release" },
} as const;

/** A kind of entity with an id. */
export type EntityKind = keyof typeof ENTITY_KINDS;

/**
 * What a reference may point to: an entity kind, or `annexAControl` (one of the 93 Annex A ids only).
 * References of kind `control` resolve to a control record or, without one, to an Annex A id.
 */
export type ReferenceTarget = EntityKind | "annexAControl";

/** One reference field: a pattern to the referring value (a string) and the kind it must resolve to. */
export interface ReferenceField {
  readonly pattern: string;
  readonly target: ReferenceTarget;
}

const ref = (pattern: string, target: ReferenceTarget): ReferenceField => ({ pattern, target });

/** The references made by an action (`ActionSchema`) found at `base`. */
const actionRefs = (base: string): ReferenceField[] => [
  ref(`${base}/*/ownerId`, "person"),
  ref(`${base}/*/controlIds/*`, "control"),
];

/** Every reference field of the document. A test checks that every `…Id`/`…Ids` field is listed here. */
export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  ref("scope/interfaces/*/interestedPartyIds/*", "interestedParty"),
  ref("scope/interfaces/*/supplierIds/*", "supplier"),
  ref("scope/documentId", "document"),
  ref("scope/contextIssueIds/*", "contextIssue"),
  ref("scope/requirementIds/*", "requirement"),
  ref("context/climateChange/issueIds/*", "contextIssue"),
  ref("context/documentId", "document"),
  ref("interestedParties/*/requirements/*/controlIds/*", "control"),
  ref("roles/*/holderIds/*", "person"),
  ref("roles/*/requiredCompetenceIds/*", "competence"),
  ref("roles/*/assignedById", "person"),
  ref("roles/*/documentIds/*", "document"),
  ref("documents/*/ownerId", "person"),
  ref("documents/*/approval/approvedById", "person"),
  ref("documents/*/controlIds/*", "control"),
  ref("objectives/*/ownerId", "person"),
  ref("objectives/*/measurementIds/*", "measurement"),
  ref("objectives/*/riskIds/*", "risk"),
  ref("objectives/*/requirementIds/*", "requirement"),
  ref("objectives/*/documentIds/*", "document"),
  ref("assets/*/ownerId", "person"),
  ref("assets/*/supplierIds/*", "supplier"),
  ref("assets/*/dependsOnAssetIds/*", "asset"),
  ref("vulnerabilities/*/assetIds/*", "asset"),
  ref("vulnerabilities/*/riskIds/*", "risk"),
  ref("vulnerabilities/*/exception/ownerId", "person"),
  ref("vulnerabilities/*/exception/approvedById", "person"),
  ref("vulnerabilities/*/exception/compensatingControlIds/*", "control"),
  ref("riskMethod/documentId", "document"),
  ref("riskMethod/acceptance/authorities/*/roleIds/*", "role"),
  ref("riskMethod/matrix/acceptance/authorities/*/roleIds/*", "role"),
  ref("risks/*/ownerId", "person"),
  ref("risks/*/assetIds/*", "asset"),
  ref("risks/*/threatIds/*", "threat"),
  ref("risks/*/vulnerabilityIds/*", "vulnerability"),
  ref("risks/*/contextIssueIds/*", "contextIssue"),
  ref("risks/*/treatment/controlIds/*", "control"),
  ref("risks/*/treatment/supplierIds/*", "supplier"),
  ref("risks/*/acceptance/acceptedById", "person"),
  ref("risks/*/acceptance/authorisedById", "person"),
  ref("opportunities/*/contextIssueIds/*", "contextIssue"),
  ref("opportunities/*/requirementIds/*", "requirement"),
  ref("opportunities/*/ownerId", "person"),
  ...actionRefs("opportunities/*/actions"),
  ref("controls/*/custom/relatedAnnexAIds/*", "annexAControl"),
  ref("controls/*/ownerId", "person"),
  ref("controls/*/requirementIds/*", "requirement"),
  ref("controls/*/documentIds/*", "document"),
  ref("controls/*/evidenceIds/*", "evidence"),
  ref("treatmentPlans/*/riskIds/*", "risk"),
  ref("treatmentPlans/*/ownerId", "person"),
  ...actionRefs("treatmentPlans/*/actions"),
  ref("treatmentPlans/*/approvals/*/approvedById", "person"),
  ref("treatmentPlans/*/approvals/*/riskIds/*", "risk"),
  ref("changes/*/requestedById", "person"),
  ref("changes/*/approvedById", "person"),
  ref("changes/*/riskIds/*", "risk"),
  ref("changes/*/documentIds/*", "document"),
  ref("competences/*/roleIds/*", "role"),
  ref("competences/*/holders/*/personId", "person"),
  ref("competences/*/holders/*/evidenceIds/*", "evidence"),
  ref("trainings/*/attendeeIds/*", "person"),
  ref("trainings/*/audienceRoleIds/*", "role"),
  ref("trainings/*/competenceIds/*", "competence"),
  ref("trainings/*/evidenceIds/*", "evidence"),
  ref("communications/*/interestedPartyIds/*", "interestedParty"),
  ref("communications/*/communicatorId", "person"),
  ref("communications/*/documentIds/*", "document"),
  ref("measurements/*/responsibleId", "person"),
  ref("measurements/*/analystId", "person"),
  ref("measurements/*/objectiveIds/*", "objective"),
  ref("measurements/*/controlIds/*", "control"),
  ref("auditProgramme/ownerId", "person"),
  ref("auditProgramme/documentId", "document"),
  ref("auditProgramme/approval/approvedById", "person"),
  ref("auditProgramme/plannedAudits/*/scope/controlIds/*", "control"),
  ref("auditProgramme/plannedAudits/*/auditorIds/*", "person"),
  ref("audits/*/plannedAuditId", "plannedAudit"),
  ref("audits/*/scope/controlIds/*", "control"),
  ref("audits/*/auditorIds/*", "person"),
  ref("audits/*/auditeeIds/*", "person"),
  ref("audits/*/reportDocumentId", "document"),
  ref("audits/*/reportedToIds/*", "person"),
  ref("audits/*/findings/*/controlIds/*", "control"),
  ref("audits/*/findings/*/nonconformityId", "nonconformity"),
  ref("managementReviews/*/chairId", "person"),
  ref("managementReviews/*/attendeeIds/*", "person"),
  ...actionRefs("managementReviews/*/actions"),
  ref("managementReviews/*/minutesDocumentId", "document"),
  ref("nonconformities/*/raisedById", "person"),
  ref("nonconformities/*/ownerId", "person"),
  ref("nonconformities/*/auditId", "audit"),
  ref("nonconformities/*/auditFindingId", "auditFinding"),
  ref("nonconformities/*/incidentId", "incident"),
  ref("nonconformities/*/controlIds/*", "control"),
  ...actionRefs("nonconformities/*/correctiveActions"),
  ref("nonconformities/*/effectivenessReview/reviewedById", "person"),
  ref("improvements/*/ownerId", "person"),
  ref("improvements/*/managementReviewId", "managementReview"),
  ref("improvements/*/nonconformityId", "nonconformity"),
  ref("incidents/*/assetIds/*", "asset"),
  ref("incidents/*/riskIds/*", "risk"),
  ref("incidents/*/supplierIds/*", "supplier"),
  ref("incidents/*/nonconformityIds/*", "nonconformity"),
  ref("incidents/*/triage/decidedById", "person"),
  ref("incidents/*/responderIds/*", "person"),
  ref("incidents/*/notifications/*/recipientPartyId", "interestedParty"),
  ref("incidents/*/notifications/*/sentById", "person"),
  ref("incidents/*/notifications/*/documentIds/*", "document"),
  ref("incidents/*/forensicEvidence/*/collectedById", "person"),
  ref("incidents/*/forensicEvidence/*/custody/*/fromId", "person"),
  ref("incidents/*/forensicEvidence/*/custody/*/toId", "person"),
  ref("incidents/*/improvementIds/*", "improvement"),
  ref("suppliers/*/ownerId", "person"),
  ref("suppliers/*/contractDocumentIds/*", "document"),
  ref("suppliers/*/dataProcessingAgreement/documentId", "document"),
  ref("suppliers/*/attestations/*/reviewedById", "person"),
  ref("suppliers/*/attestations/*/evidenceIds/*", "evidence"),
  ref("suppliers/*/exitPlanDocumentId", "document"),
  ref("evidence/*/controlIds/*", "control"),
  ref("evidence/*/documentIds/*", "document"),
  ref("evidence/*/collectedById", "person"),
  ref("systems/*/ownerId", "person"),
  ref("systems/*/assetIds/*", "asset"),
  ref("systems/*/securityRequirementsDocumentId", "document"),
  ref("accounts/*/systemId", "system"),
  ref("accounts/*/personId", "person"),
  ref("accounts/*/ownerId", "person"),
  ref("accounts/*/approvedById", "person"),
  ref("accessEvents/*/personId", "person"),
  ref("accessEvents/*/requestedById", "person"),
  ref("accessEvents/*/approvedById", "person"),
  ref("accessEvents/*/accountIds/*", "account"),
  ref("accessReviews/*/systemId", "system"),
  ref("accessReviews/*/reviewerId", "person"),
  ref("accessReviews/*/evidenceIds/*", "evidence"),
  ref("logSources/*/systemId", "system"),
  ref("logSources/*/assetIds/*", "asset"),
  ref("logSources/*/reviews/*/reviewerId", "person"),
  ref("logSources/*/reviews/*/incidentIds/*", "incident"),
  ref("logSources/*/timeSourceId", "timeSource"),
  ref("monitoringUseCases/*/logSourceIds/*", "logSource"),
  ref("monitoringUseCases/*/ownerId", "person"),
  ref("backupJobs/*/assetIds/*", "asset"),
  ref("backupJobs/*/systemIds/*", "system"),
  ref("backupJobs/*/serviceIds/*", "businessService"),
  ref("backupJobs/*/ownerId", "person"),
  ref("restoreTests/*/backupJobId", "backupJob"),
  ref("restoreTests/*/performedById", "person"),
  ref("restoreTests/*/evidenceIds/*", "evidence"),
  ref("restoreTests/*/improvementIds/*", "improvement"),
  ref("businessImpactAnalysis/approvedById", "person"),
  ref("businessImpactAnalysis/documentId", "document"),
  ref("businessImpactAnalysis/services/*/ownerId", "person"),
  ref("businessImpactAnalysis/services/*/assetIds/*", "asset"),
  ref("businessImpactAnalysis/services/*/systemIds/*", "system"),
  ref("continuityExercises/*/serviceIds/*", "businessService"),
  ref("continuityExercises/*/participantIds/*", "person"),
  ref("continuityExercises/*/improvementIds/*", "improvement"),
  ref("threatIntelReports/*/sourceId", "threatIntelSource"),
  ref("threatIntelReports/*/assessedById", "person"),
  ref("threatIntelReports/*/actions/*/ownerId", "person"),
  ref("threatIntelReports/*/actions/*/vulnerabilityIds/*", "vulnerability"),
  ref("threatIntelReports/*/actions/*/riskIds/*", "risk"),
  ref("threatIntelReports/*/actions/*/useCaseIds/*", "monitoringUseCase"),
  ref("configurationBaselines/*/systemIds/*", "system"),
  ref("configurationBaselines/*/assetIds/*", "asset"),
  ref("configurationBaselines/*/documentId", "document"),
  ref("configurationBaselines/*/approvedById", "person"),
  ref("cryptographicKeys/*/systemIds/*", "system"),
  ref("cryptographicKeys/*/custodianId", "person"),
  ref("endpointCoverage/*/assetIds/*", "asset"),
  ref("releases/*/systemId", "system"),
  ref("releases/*/authorIds/*", "person"),
  ref("releases/*/approvedById", "person"),
  ref("releases/*/securityTests/*/vulnerabilityIds/*", "vulnerability"),
];

/**
 * A day a record must have once its status says the event happened: `date` of each object at
 * `pattern` whose `status` is one of `statuses`.
 */
export interface StatusDateRule {
  readonly pattern: string;
  readonly statuses: readonly string[];
  readonly date: string;
  /** The record, as a message names it ("a completed audit"). */
  readonly noun: string;
  /** What the date is, as a message says it ("the day it was performed"). */
  readonly what: string;
}

/** Every date a status requires. */
export const STATUS_DATE_RULES: readonly StatusDateRule[] = [
  { pattern: "audits/*", statuses: ["completed"], date: "performedOn", noun: "a completed audit", what: "the day it was performed" },
];

/**
 * Two moments of one object that must be in order: `earlier` on or before `later`. Each is a field of
 * the object at `pattern`, or a slash-separated path inside it (`effectivenessReview/reviewedOn`), and
 * holds a date or a date-time: two date-times are compared as instants, anything else by day (a
 * date-time's day where it was written), so a day and an instant of that day agree both ways.
 */
export interface DateOrderRule {
  readonly pattern: string;
  readonly earlier: string;
  readonly later: string;
}

const order = (pattern: string, earlier: string, later: string): DateOrderRule => ({ pattern, earlier, later });
const actionOrder = (pattern: string): DateOrderRule[] => [
  order(pattern, "startedOn", "completedOn"),
  order(pattern, "startedOn", "dueDate"),
];

/** Every pair of dates that must be in order. */
export const DATE_ORDER_RULES: readonly DateOrderRule[] = [
  order("organization/certification", "certifiedOn", "expiresOn"),
  order("auditProgramme/period", "start", "end"),
  order("people/*", "startedOn", "leftOn"),
  order("risks/*", "identifiedOn", "lastAssessedOn"),
  order("risks/*/acceptance", "acceptedOn", "expiresOn"),
  order("risks/*", "identifiedOn", "acceptance/acceptedOn"),
  order("documents/*", "approval/approvedOn", "publishedOn"),
  ...actionOrder("treatmentPlans/*/actions/*"),
  ...actionOrder("opportunities/*/actions/*"),
  order("opportunities/*", "identifiedOn", "evaluation/evaluatedOn"),
  ...actionOrder("managementReviews/*/actions/*"),
  ...actionOrder("nonconformities/*/correctiveActions/*"),
  order("changes/*", "requestedOn", "approvedOn"),
  order("changes/*", "requestedOn", "implementedOn"),
  order("changes/*", "approvedOn", "implementedOn"),
  order("competences/*/holders/*", "acquiredOn", "validUntil"),
  order("audits/*", "plannedOn", "performedOn"),
  order("audits/*", "performedOn", "endedOn"),
  order("audits/*", "performedOn", "decision/decidedOn"),
  order("nonconformities/*", "raisedOn", "closedOn"),
  order("nonconformities/*", "raisedOn", "effectivenessReview/reviewedOn"),
  order("incidents/*", "occurredOn", "detectedOn"),
  order("incidents/*", "detectedOn", "resolvedOn"),
  // A day and the instant on it agree (each ≤ the other), and the timeline runs forward.
  order("incidents/*", "occurredOn", "occurredAt"),
  order("incidents/*", "occurredAt", "occurredOn"),
  order("incidents/*", "detectedOn", "detectedAt"),
  order("incidents/*", "detectedAt", "detectedOn"),
  order("incidents/*", "resolvedOn", "resolvedAt"),
  order("incidents/*", "resolvedAt", "resolvedOn"),
  order("incidents/*", "occurredAt", "detectedAt"),
  order("incidents/*", "detectedAt", "triage/decidedAt"),
  order("incidents/*", "detectedAt", "containedAt"),
  order("incidents/*", "detectedAt", "resolvedAt"),
  order("incidents/*", "containedAt", "resolvedAt"),
  order("incidents/*", "resolvedAt", "closedAt"),
  order("incidents/*", "detectedAt", "closedAt"),
  order("incidents/*", "detectedOn", "closedAt"),
  order("vulnerabilities/*", "identifiedOn", "remediatedOn"),
  order("vulnerabilities/*", "identifiedOn", "dueOn"),
  order("vulnerabilities/*/exception", "approvedOn", "expiresOn"),
  order("accounts/*", "createdOn", "disabledOn"),
  order("accessReviews/*", "startedOn", "performedOn"),
  order("suppliers/*/attestations/*", "issuedOn", "expiresOn"),
  order("cryptographicKeys/*", "createdOn", "lastRotatedOn"),
  order("cryptographicKeys/*", "createdOn", "expiresOn"),
  order("improvements/*", "raisedOn", "implementedOn"),
  order("evidence/*", "collectedOn", "validUntil"),
];
