import type { ConformityRule } from "./ConformityRule";
import { acceptanceAuthorised } from "./rules/acceptanceAuthorised";
import { acceptanceCriteriaDefined } from "./rules/acceptanceCriteriaDefined";
import { acceptanceCurrent } from "./rules/acceptanceCurrent";
import { acceptanceWithinValidity } from "./rules/acceptanceWithinValidity";
import { acceptedByOwner } from "./rules/acceptedByOwner";
import { assessmentCriteriaDefined } from "./rules/assessmentCriteriaDefined";
import { assessmentsAtIntervals } from "./rules/assessmentsAtIntervals";
import { assetInventory } from "./rules/assetInventory";
import { auditCriteriaScope } from "./rules/auditCriteriaScope";
import { auditFindingsFollowedUp } from "./rules/auditFindingsFollowedUp";
import { auditInterval } from "./rules/auditInterval";
import { auditorObjectivity } from "./rules/auditorObjectivity";
import { auditProgrammeDefined } from "./rules/auditProgrammeDefined";
import { auditResultsReported } from "./rules/auditResultsReported";
import { auditsOnPlan } from "./rules/auditsOnPlan";
import { awarenessContent } from "./rules/awarenessContent";
import { awarenessCoverage } from "./rules/awarenessCoverage";
import { awarenessDelivered } from "./rules/awarenessDelivered";
import { certificationNonconformitiesCorrected } from "./rules/certificationNonconformitiesCorrected";
import { changesControlled } from "./rules/changesControlled";
import { climateChangeDetermined } from "./rules/climateChangeDetermined";
import { communicationDetermined } from "./rules/communicationDetermined";
import { competenceEvidence } from "./rules/competenceEvidence";
import { competenceRequired } from "./rules/competenceRequired";
import { contextReviewed } from "./rules/contextReviewed";
import { controlsImplementedOnTime } from "./rules/controlsImplementedOnTime";
import { correctiveActionsOnTime } from "./rules/correctiveActionsOnTime";
import { customControlsCompared } from "./rules/customControlsCompared";
import { documentedInformation } from "./rules/documentedInformation";
import { documentsApproved } from "./rules/documentsApproved";
import { documentsControlled } from "./rules/documentsControlled";
import { documentsIdentified } from "./rules/documentsIdentified";
import { documentsReviewed } from "./rules/documentsReviewed";
import { effectivenessEvaluated } from "./rules/effectivenessEvaluated";
import { effectivenessReviewed } from "./rules/effectivenessReviewed";
import { evidenceCurrent } from "./rules/evidenceCurrent";
import { evidenceRetrievable } from "./rules/evidenceRetrievable";
import { exclusionsConsistent } from "./rules/exclusionsConsistent";
import { externalProcessesControlled } from "./rules/externalProcessesControlled";
import { implementedControlsEvidenced } from "./rules/implementedControlsEvidenced";
import { improvementPursued } from "./rules/improvementPursued";
import { incidentHandling } from "./rules/incidentHandling";
import { independentReview } from "./rules/independentReview";
import { informationClassified } from "./rules/informationClassified";
import { interestedPartiesDetermined } from "./rules/interestedPartiesDetermined";
import { internalAuditPerformed } from "./rules/internalAuditPerformed";
import { ismsDutiesAssigned } from "./rules/ismsDutiesAssigned";
import { ismsProcessesEstablished } from "./rules/ismsProcessesEstablished";
import { issuesDetermined } from "./rules/issuesDetermined";
import { leadershipShown } from "./rules/leadershipShown";
import { legalRequirementsIdentified } from "./rules/legalRequirementsIdentified";
import { leaversRecorded } from "./rules/leaversRecorded";
import { lessonsLearned } from "./rules/lessonsLearned";
import { managementReviewHeld } from "./rules/managementReviewHeld";
import { measurementPlan } from "./rules/measurementPlan";
import { measurementResults } from "./rules/measurementResults";
import { measurementsDefined } from "./rules/measurementsDefined";
import { objectivesCommunicated } from "./rules/objectivesCommunicated";
import { objectivesDocumented } from "./rules/objectivesDocumented";
import { objectivesEstablished } from "./rules/objectivesEstablished";
import { objectivesGrounded } from "./rules/objectivesGrounded";
import { objectivesMeasurable } from "./rules/objectivesMeasurable";
import { objectivesMonitored } from "./rules/objectivesMonitored";
import { objectivesPlanned } from "./rules/objectivesPlanned";
import { opportunitiesDetermined } from "./rules/opportunitiesDetermined";
import { opportunityActions } from "./rules/opportunityActions";
import { planActionsDefined } from "./rules/planActionsDefined";
import { planApprovedByOwners } from "./rules/planApprovedByOwners";
import { policiesReviewed } from "./rules/policiesReviewed";
import { policyAvailable } from "./rules/policyAvailable";
import { policyCommunicated } from "./rules/policyCommunicated";
import { policyContent } from "./rules/policyContent";
import { policyEstablished } from "./rules/policyEstablished";
import { programmeCoversClauses } from "./rules/programmeCoversClauses";
import { programmeCoversControls } from "./rules/programmeCoversControls";
import { ratingsConsistent } from "./rules/ratingsConsistent";
import { ratingsFitMethod } from "./rules/ratingsFitMethod";
import { reactionAndRootCause } from "./rules/reactionAndRootCause";
import { recordsNotPostdated } from "./rules/recordsNotPostdated";
import { reassessedAfterChange } from "./rules/reassessedAfterChange";
import { referencesCurrent } from "./rules/referencesCurrent";
import { requirementsAddressed } from "./rules/requirementsAddressed";
import { requirementsDetermined } from "./rules/requirementsDetermined";
import { residualRiskAccepted } from "./rules/residualRiskAccepted";
import { resourcesDetermined } from "./rules/resourcesDetermined";
import { resultsAnalysed } from "./rules/resultsAnalysed";
import { reviewActionsOnTime } from "./rules/reviewActionsOnTime";
import { reviewDecisions } from "./rules/reviewDecisions";
import { reviewInputs } from "./rules/reviewInputs";
import { reviewInterval } from "./rules/reviewInterval";
import { reviewMinutes } from "./rules/reviewMinutes";
import { riskMethodDefined } from "./rules/riskMethodDefined";
import { riskMethodDocumented } from "./rules/riskMethodDocumented";
import { riskOwners } from "./rules/riskOwners";
import { risksAnalysed } from "./rules/risksAnalysed";
import { risksDescribed } from "./rules/risksDescribed";
import { risksIdentified } from "./rules/risksIdentified";
import { risksLinkedToContext } from "./rules/risksLinkedToContext";
import { risksPrioritised } from "./rules/risksPrioritised";
import { rolesAssignedByTopManagement } from "./rules/rolesAssignedByTopManagement";
import { rolesDefined } from "./rules/rolesDefined";
import { rolesHeld } from "./rules/rolesHeld";
import { scopeBoundaries } from "./rules/scopeBoundaries";
import { scopeConsidersContext } from "./rules/scopeConsidersContext";
import { scopeDefined } from "./rules/scopeDefined";
import { scopeDocumented } from "./rules/scopeDocumented";
import { scopeExclusionsJustified } from "./rules/scopeExclusionsJustified";
import { scopeInterfaces } from "./rules/scopeInterfaces";
import { soaAgreesWithRequirements } from "./rules/soaAgreesWithRequirements";
import { soaAgreesWithTreatment } from "./rules/soaAgreesWithTreatment";
import { soaComplete } from "./rules/soaComplete";
import { soaDocumented } from "./rules/soaDocumented";
import { soaExclusionsJustified } from "./rules/soaExclusionsJustified";
import { soaImplementationStated } from "./rules/soaImplementationStated";
import { soaInclusionsJustified } from "./rules/soaInclusionsJustified";
import { supplierAgreements } from "./rules/supplierAgreements";
import { supplierMonitoring } from "./rules/supplierMonitoring";
import { topicSpecificPolicies } from "./rules/topicSpecificPolicies";
import { topManagementAttends } from "./rules/topManagementAttends";
import { topManagementIdentified } from "./rules/topManagementIdentified";
import { treatmentActionsOnTime } from "./rules/treatmentActionsOnTime";
import { treatmentComplete } from "./rules/treatmentComplete";
import { treatmentPlanDefined } from "./rules/treatmentPlanDefined";
import { treatmentResultsRecorded } from "./rules/treatmentResultsRecorded";
import { treatmentSelected } from "./rules/treatmentSelected";
import { vulnerabilitiesHandled } from "./rules/vulnerabilitiesHandled";

/**
 * The built-in conformity rules, frozen, in the order of ISO/IEC 27001:2022 (clauses 4 to 10, then
 * Annex A controls): at least one for every assessable requirement the data can show. Each rule is a
 * small module (`id`, `clause` or `controlId`, `title`, `description`, `severity`, `stage`, `hint`,
 * `check`). Run a subset, or add rules of your own with {@link defineConformityRule}:
 * `checkConformity(isms, { asOf, rules: [...conformityRules, mine] })`. `docs/conformity.md` lists them all.
 *
 * @category Conformity
 * @example
 * ```ts
 * conformityRules.length >= 60
 * //=> true
 * conformityRules[0]?.id
 * //=> "4.1-issues-determined"
 * Object.isFrozen(conformityRules)
 * //=> true
 * ```
 */
export const conformityRules: readonly ConformityRule[] = Object.freeze([
  issuesDetermined,
  climateChangeDetermined,
  contextReviewed,
  interestedPartiesDetermined,
  requirementsDetermined,
  requirementsAddressed,
  scopeDefined,
  scopeBoundaries,
  scopeConsidersContext,
  scopeInterfaces,
  scopeExclusionsJustified,
  scopeDocumented,
  ismsProcessesEstablished,
  topManagementIdentified,
  leadershipShown,
  policyEstablished,
  policyContent,
  policyCommunicated,
  policyAvailable,
  ismsDutiesAssigned,
  rolesHeld,
  rolesDefined,
  rolesAssignedByTopManagement,
  risksLinkedToContext,
  opportunitiesDetermined,
  opportunityActions,
  effectivenessEvaluated,
  riskMethodDefined,
  acceptanceCriteriaDefined,
  assessmentCriteriaDefined,
  riskMethodDocumented,
  risksIdentified,
  riskOwners,
  risksAnalysed,
  ratingsFitMethod,
  ratingsConsistent,
  risksDescribed,
  risksPrioritised,
  treatmentSelected,
  treatmentComplete,
  soaComplete,
  soaExclusionsJustified,
  soaInclusionsJustified,
  soaAgreesWithTreatment,
  soaAgreesWithRequirements,
  exclusionsConsistent,
  soaImplementationStated,
  soaDocumented,
  customControlsCompared,
  treatmentPlanDefined,
  planActionsDefined,
  planApprovedByOwners,
  residualRiskAccepted,
  acceptedByOwner,
  acceptanceCurrent,
  acceptanceAuthorised,
  acceptanceWithinValidity,
  objectivesEstablished,
  objectivesGrounded,
  objectivesMeasurable,
  objectivesPlanned,
  objectivesMonitored,
  objectivesCommunicated,
  objectivesDocumented,
  changesControlled,
  resourcesDetermined,
  competenceRequired,
  competenceEvidence,
  awarenessDelivered,
  awarenessCoverage,
  awarenessContent,
  communicationDetermined,
  documentedInformation,
  referencesCurrent,
  documentsApproved,
  documentsIdentified,
  documentsReviewed,
  documentsControlled,
  recordsNotPostdated,
  leaversRecorded,
  evidenceRetrievable,
  controlsImplementedOnTime,
  implementedControlsEvidenced,
  evidenceCurrent,
  externalProcessesControlled,
  assessmentsAtIntervals,
  reassessedAfterChange,
  treatmentActionsOnTime,
  treatmentResultsRecorded,
  measurementsDefined,
  measurementPlan,
  measurementResults,
  resultsAnalysed,
  internalAuditPerformed,
  auditInterval,
  auditProgrammeDefined,
  programmeCoversClauses,
  programmeCoversControls,
  auditsOnPlan,
  auditorObjectivity,
  auditResultsReported,
  auditCriteriaScope,
  managementReviewHeld,
  reviewInterval,
  topManagementAttends,
  reviewInputs,
  reviewDecisions,
  reviewActionsOnTime,
  reviewMinutes,
  improvementPursued,
  auditFindingsFollowedUp,
  certificationNonconformitiesCorrected,
  reactionAndRootCause,
  correctiveActionsOnTime,
  effectivenessReviewed,
  topicSpecificPolicies,
  policiesReviewed,
  assetInventory,
  informationClassified,
  supplierAgreements,
  supplierMonitoring,
  incidentHandling,
  lessonsLearned,
  legalRequirementsIdentified,
  independentReview,
  vulnerabilitiesHandled,
]);
