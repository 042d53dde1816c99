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
  ref("suppliers/*/ownerId", "person"),
  ref("suppliers/*/contractDocumentIds/*", "document"),
  ref("evidence/*/controlIds/*", "control"),
  ref("evidence/*/documentIds/*", "document"),
  ref("evidence/*/collectedById", "person"),
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
 * Two dates of one object that must be in order: `earlier` on or before `later`. Each is a field of
 * the object at `pattern`, or a slash-separated path inside it (`effectivenessReview/reviewedOn`).
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
  order("improvements/*", "raisedOn", "implementedOn"),
  order("evidence/*", "collectedOn", "validUntil"),
];
