import type { ConformityRule } from "./ConformityRule";
import { acceptanceAuthorised } from "./rules/acceptanceAuthorised";
import { acceptanceCriteriaDefined } from "./rules/acceptanceCriteriaDefined";
import { acceptanceCurrent } from "./rules/acceptanceCurrent";
import { acceptanceWithinValidity } from "./rules/acceptanceWithinValidity";
import { acceptedByOwner } from "./rules/acceptedByOwner";
import { accessRemovedOnTime } from "./rules/accessRemovedOnTime";
import { accessReviewed } from "./rules/accessReviewed";
import { accountsAttributed } from "./rules/accountsAttributed";
import { architectureReviewed } from "./rules/architectureReviewed";
import { assessmentCriteriaDefined } from "./rules/assessmentCriteriaDefined";
import { assessmentsAtIntervals } from "./rules/assessmentsAtIntervals";
import { assetInventory } from "./rules/assetInventory";
import { assetsReturned } from "./rules/assetsReturned";
import { attestationsCurrent } from "./rules/attestationsCurrent";
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
import { backupsProtected } from "./rules/backupsProtected";
import { breachesAssessed } from "./rules/breachesAssessed";
import { businessImpactAnalysed } from "./rules/businessImpactAnalysed";
import { certificationNonconformitiesCorrected } from "./rules/certificationNonconformitiesCorrected";
import { changesControlled } from "./rules/changesControlled";
import { climateChangeDetermined } from "./rules/climateChangeDetermined";
import { clocksSynchronised } from "./rules/clocksSynchronised";
import { cloudExitPlans } from "./rules/cloudExitPlans";
import { communicationDetermined } from "./rules/communicationDetermined";
import { competenceEvidence } from "./rules/competenceEvidence";
import { competenceRequired } from "./rules/competenceRequired";
import { confidentialityAgreements } from "./rules/confidentialityAgreements";
import { configurationCompliance } from "./rules/configurationCompliance";
import { contextReviewed } from "./rules/contextReviewed";
import { controlsImplementedOnTime } from "./rules/controlsImplementedOnTime";
import { correctiveActionsOnTime } from "./rules/correctiveActionsOnTime";
import { credentialsChanged } from "./rules/credentialsChanged";
import { customControlsCompared } from "./rules/customControlsCompared";
import { documentedInformation } from "./rules/documentedInformation";
import { documentsApproved } from "./rules/documentsApproved";
import { documentsControlled } from "./rules/documentsControlled";
import { documentsIdentified } from "./rules/documentsIdentified";
import { documentsReviewed } from "./rules/documentsReviewed";
import { effectivenessEvaluated } from "./rules/effectivenessEvaluated";
import { effectivenessReviewed } from "./rules/effectivenessReviewed";
import { endpointsProtected } from "./rules/endpointsProtected";
import { eventsTriaged } from "./rules/eventsTriaged";
import { evidenceCurrent } from "./rules/evidenceCurrent";
import { evidenceCustody } from "./rules/evidenceCustody";
import { evidenceRetrievable } from "./rules/evidenceRetrievable";
import { exclusionsConsistent } from "./rules/exclusionsConsistent";
import { externalProcessesControlled } from "./rules/externalProcessesControlled";
import { ictSupplierAssurance } from "./rules/ictSupplierAssurance";
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
import { keysManaged } from "./rules/keysManaged";
import { leadershipShown } from "./rules/leadershipShown";
import { leaversBriefed } from "./rules/leaversBriefed";
import { legalRequirementsIdentified } from "./rules/legalRequirementsIdentified";
import { leaversRecorded } from "./rules/leaversRecorded";
import { lessonsLearned } from "./rules/lessonsLearned";
import { logsKept } from "./rules/logsKept";
import { logsMonitored } from "./rules/logsMonitored";
import { malwareProtection } from "./rules/malwareProtection";
import { managementReviewHeld } from "./rules/managementReviewHeld";
import { measurementPlan } from "./rules/measurementPlan";
import { measurementResults } from "./rules/measurementResults";
import { measurementsDefined } from "./rules/measurementsDefined";
import { multiFactorAuthentication } from "./rules/multiFactorAuthentication";
import { notificationsOnTime } from "./rules/notificationsOnTime";
import { objectivesCommunicated } from "./rules/objectivesCommunicated";
import { objectivesDocumented } from "./rules/objectivesDocumented";
import { objectivesEstablished } from "./rules/objectivesEstablished";
import { objectivesGrounded } from "./rules/objectivesGrounded";
import { objectivesMeasurable } from "./rules/objectivesMeasurable";
import { objectivesMonitored } from "./rules/objectivesMonitored";
import { objectivesPlanned } from "./rules/objectivesPlanned";
import { operatingProcedures } from "./rules/operatingProcedures";
import { opportunitiesDetermined } from "./rules/opportunitiesDetermined";
import { opportunityActions } from "./rules/opportunityActions";
import { planActionsDefined } from "./rules/planActionsDefined";
import { planApprovedByOwners } from "./rules/planApprovedByOwners";
import { policiesReviewed } from "./rules/policiesReviewed";
import { policyAvailable } from "./rules/policyAvailable";
import { policyCommunicated } from "./rules/policyCommunicated";
import { policyContent } from "./rules/policyContent";
import { policyEstablished } from "./rules/policyEstablished";
import { privilegedAccessReviewed } from "./rules/privilegedAccessReviewed";
import { privilegedAccountsControlled } from "./rules/privilegedAccountsControlled";
import { processorAgreements } from "./rules/processorAgreements";
import { programmeCoversClauses } from "./rules/programmeCoversClauses";
import { programmeCoversControls } from "./rules/programmeCoversControls";
import { ratingsConsistent } from "./rules/ratingsConsistent";
import { ratingsFitMethod } from "./rules/ratingsFitMethod";
import { reactionAndRootCause } from "./rules/reactionAndRootCause";
import { recordsNotPostdated } from "./rules/recordsNotPostdated";
import { reassessedAfterChange } from "./rules/reassessedAfterChange";
import { recoveryExercised } from "./rules/recoveryExercised";
import { redundancyTested } from "./rules/redundancyTested";
import { referencesCurrent } from "./rules/referencesCurrent";
import { releasesApproved } from "./rules/releasesApproved";
import { releasesPassSecurityTests } from "./rules/releasesPassSecurityTests";
import { releasesSecurityTested } from "./rules/releasesSecurityTested";
import { requirementsAddressed } from "./rules/requirementsAddressed";
import { requirementsDetermined } from "./rules/requirementsDetermined";
import { residualRiskAccepted } from "./rules/residualRiskAccepted";
import { resourcesDetermined } from "./rules/resourcesDetermined";
import { restoresTested } from "./rules/restoresTested";
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
import { screening } from "./rules/screening";
import { secureCoding } from "./rules/secureCoding";
import { securityDuringDisruption } from "./rules/securityDuringDisruption";
import { securityRequirementsDefined } from "./rules/securityRequirementsDefined";
import { segregationOfDuties } from "./rules/segregationOfDuties";
import { servicesBackedUp } from "./rules/servicesBackedUp";
import { sharedAccountsJustified } from "./rules/sharedAccountsJustified";
import { soaAgreesWithRequirements } from "./rules/soaAgreesWithRequirements";
import { soaAgreesWithTreatment } from "./rules/soaAgreesWithTreatment";
import { soaComplete } from "./rules/soaComplete";
import { soaDocumented } from "./rules/soaDocumented";
import { soaExclusionsJustified } from "./rules/soaExclusionsJustified";
import { soaImplementationStated } from "./rules/soaImplementationStated";
import { soaInclusionsJustified } from "./rules/soaInclusionsJustified";
import { specialInterestGroups } from "./rules/specialInterestGroups";
import { supplierAgreements } from "./rules/supplierAgreements";
import { supplierMonitoring } from "./rules/supplierMonitoring";
import { supplierRegister } from "./rules/supplierRegister";
import { threatIntelligenceActedOn } from "./rules/threatIntelligenceActedOn";
import { topicSpecificPolicies } from "./rules/topicSpecificPolicies";
import { topManagementAttends } from "./rules/topManagementAttends";
import { topManagementIdentified } from "./rules/topManagementIdentified";
import { treatmentActionsOnTime } from "./rules/treatmentActionsOnTime";
import { treatmentComplete } from "./rules/treatmentComplete";
import { treatmentPlanDefined } from "./rules/treatmentPlanDefined";
import { treatmentResultsRecorded } from "./rules/treatmentResultsRecorded";
import { treatmentSelected } from "./rules/treatmentSelected";
import { vulnerabilitiesHandled } from "./rules/vulnerabilitiesHandled";
import { vulnerabilityExceptions } from "./rules/vulnerabilityExceptions";

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
  segregationOfDuties,
  specialInterestGroups,
  threatIntelligenceActedOn,
  assetInventory,
  assetsReturned,
  informationClassified,
  accountsAttributed,
  sharedAccountsJustified,
  credentialsChanged,
  accessRemovedOnTime,
  accessReviewed,
  supplierRegister,
  supplierAgreements,
  ictSupplierAssurance,
  supplierMonitoring,
  attestationsCurrent,
  cloudExitPlans,
  incidentHandling,
  eventsTriaged,
  notificationsOnTime,
  lessonsLearned,
  evidenceCustody,
  securityDuringDisruption,
  businessImpactAnalysed,
  recoveryExercised,
  legalRequirementsIdentified,
  processorAgreements,
  breachesAssessed,
  independentReview,
  operatingProcedures,
  screening,
  leaversBriefed,
  confidentialityAgreements,
  endpointsProtected,
  privilegedAccessReviewed,
  privilegedAccountsControlled,
  multiFactorAuthentication,
  malwareProtection,
  vulnerabilitiesHandled,
  vulnerabilityExceptions,
  configurationCompliance,
  restoresTested,
  backupsProtected,
  servicesBackedUp,
  redundancyTested,
  logsKept,
  logsMonitored,
  clocksSynchronised,
  keysManaged,
  releasesSecurityTested,
  securityRequirementsDefined,
  architectureReviewed,
  secureCoding,
  releasesPassSecurityTests,
  releasesApproved,
]);
