/**
 * isms-kit: an ISO/IEC 27001:2022 information security management system as typed, validated data
 * and pure functions. This entry holds the document model, the risk methods and register, treatment
 * and the Statement of Applicability, the conformity checks and the exporters; the catalog data,
 * the framework mappings, OSCAL, and the audit and management review packs have entries of their own
 * (`isms-kit/catalog`, `isms-kit/mappings`, `isms-kit/oscal`, `isms-kit/report`).
 *
 * Every name below is exported on purpose: the list is the public surface (CHANGELOG.md says what
 * moved). Rooms under src/ import only rooms below them (core → method → model → catalog →
 * mappings → risk → treatment → conformity → export).
 *
 * @packageDocumentation
 */
// Errors, ids and primitives every room shares
export { type ArgumentIssue, ArgumentError } from "./core/ArgumentError";
export { type IsmsKitIssue, type SchemaIssueCode, IsmsKitError } from "./core/IsmsKitError";
export { annexA2013ControlIds, type AnnexA2013ControlId, isAnnexA2013ControlId } from "./core/annexA2013ControlIds";
export { annexAControlIds, type AnnexAControlId, isAnnexAControlId } from "./core/annexAControlIds";
export { clauseIds, type ClauseId, isClauseId } from "./core/clauseIds";
export { AnnexAControlIdSchema, ClauseIdSchema, IsoDateSchema, IsoDateTimeSchema, SecurityPropertySchema, type IsoDate, type IsoDateTime, type JsonValue, type SecurityProperty } from "./core/primitives";

// Risk methods: matrices, presets, scales, scoring
export { ImpactFactorSchema, type ImpactFactor, ImpactBandSchema, type ImpactBand, ImpactCombinationSchema, type ImpactCombination } from "./method/ImpactCombinationSchema";
export { type RiskMatrix } from "./method/RiskMatrix";
export { type RiskMethodIssue, RiskMethodError } from "./method/RiskMethodError";
export { RiskScaleEntrySchema, type RiskScaleEntry, RiskAcceptanceAuthoritySchema, type RiskAcceptanceAuthority, RiskAcceptanceCriteriaSchema, type RiskAcceptanceCriteria, RiskMatrixDefinitionSchema, type RiskMatrixDefinition, RiskMethodSchema, type RiskMethod } from "./method/RiskMethodSchema";
export { type ImpactRatings, combineImpact } from "./method/combineImpact";
export { defineRiskMatrix } from "./method/defineRiskMatrix";
export { type DeriveNistOverallLikelihoodOptions, deriveNistOverallLikelihood } from "./method/deriveNistOverallLikelihood";
export { type FromNistSemiQuantitativeOptions, fromNistSemiQuantitative } from "./method/fromNistSemiQuantitative";
export { type RiskAcceptanceAuthorityInForce, getRiskAcceptanceAuthority } from "./method/getRiskAcceptanceAuthority";
export { getRiskMatrixPreset } from "./method/getRiskMatrixPreset";
export { isRiskLevelAcceptable } from "./method/isRiskLevelAcceptable";
export { nistLevels, type NistLevel } from "./method/nistLevels";
export { type NistSemiQuantitativeValue, nistSemiQuantitativeScale } from "./method/nistSemiQuantitativeScale";
export { type RiskMatrixPresetName, riskMatrixPresets } from "./method/riskMatrixPresets";
export { type ScoreRiskInput, type RiskScore, scoreRisk } from "./method/scoreRisk";
export { toNistSemiQuantitative } from "./method/toNistSemiQuantitative";

// The ISMS document: schemas and validation
export { AccessEventSchema, type AccessEvent } from "./model/AccessEventSchema";
export { AccessReviewSchema, type AccessReview } from "./model/AccessReviewSchema";
export { AccountSchema, type Account } from "./model/AccountSchema";
export { ActionStatusSchema, type ActionStatus, ActionSchema, type Action } from "./model/ActionSchema";
export { ApprovalSchema, type Approval } from "./model/ApprovalSchema";
export { AssetValuationSchema, type AssetValuation, AssetSchema, type Asset } from "./model/AssetSchema";
export { AuditScopeSchema, type AuditScope, PlannedAuditSchema, type PlannedAudit, AuditProgrammeSchema, type AuditProgramme, AuditFindingSchema, type AuditFinding, AuditTypeSchema, type AuditType, CertificationDecisionSchema, type CertificationDecision, AuditSchema, type Audit } from "./model/AuditSchema";
export { BackupJobSchema, type BackupJob } from "./model/BackupJobSchema";
export { BusinessServiceSchema, type BusinessService, BusinessImpactAnalysisSchema, type BusinessImpactAnalysis } from "./model/BusinessImpactAnalysisSchema";
export { ChangeSchema, type Change } from "./model/ChangeSchema";
export { CommunicationSchema, type Communication } from "./model/CommunicationSchema";
export { CompetenceHolderSchema, type CompetenceHolder, CompetenceSchema, type Competence, TrainingSchema, type Training } from "./model/CompetenceSchema";
export { ComplianceResultSchema, type ComplianceResult, ConfigurationBaselineSchema, type ConfigurationBaseline } from "./model/ConfigurationBaselineSchema";
export { ContextIssueSchema, type ContextIssue, ClimateChangeAssessmentSchema, type ClimateChangeAssessment, ContextSchema, type Context } from "./model/ContextSchema";
export { ContinuityExerciseSchema, type ContinuityExercise } from "./model/ContinuityExerciseSchema";
export { InclusionReasonSchema, type InclusionReason, ImplementationStatusSchema, type ImplementationStatus, CustomControlDefinitionSchema, type CustomControlDefinition, ControlSchema, type ControlRecord } from "./model/ControlSchema";
export { CryptographicKeySchema, type CryptographicKey } from "./model/CryptographicKeySchema";
export { DocumentTypeSchema, type DocumentType, PolicyStatementSchema, type PolicyStatement, DocumentSchema, type IsmsDocument } from "./model/DocumentSchema";
export { EndpointCoverageSchema, type EndpointCoverage } from "./model/EndpointCoverageSchema";
export { EvidenceKindSchema, type EvidenceKind, EvidenceSchema, type Evidence } from "./model/EvidenceSchema";
export { ImprovementSchema, type Improvement } from "./model/ImprovementSchema";
export { IncidentTriageSchema, type IncidentTriage, IncidentNotificationSchema, type IncidentNotification, CustodyTransferSchema, type CustodyTransfer, ForensicEvidenceSchema, type ForensicEvidence, IncidentSchema, type Incident } from "./model/IncidentSchema";
export { RequirementSchema, type Requirement, InterestedPartySchema, type InterestedParty } from "./model/InterestedPartySchema";
export { IsmsParametersSchema, type IsmsParameters } from "./model/IsmsParametersSchema";
export { ISMS_SCHEMA_VERSION, IsmsSchema, type Isms, type IsmsInput } from "./model/IsmsSchema";
export { type IsmsIssueCode, type IsmsIssue, IsmsValidationError } from "./model/IsmsValidationError";
export type { IsmsWarning, IsmsWarningCode } from "./model/IsmsWarning";
export { LogReviewSchema, type LogReview, LogSourceSchema, type LogSource } from "./model/LogSourceSchema";
export { ManagementReviewInputIdSchema, type ManagementReviewInputId, ReviewDecisionSchema, type ReviewDecision, ManagementReviewSchema, type ManagementReview } from "./model/ManagementReviewSchema";
export { MeasurementResultSchema, type MeasurementResult, MeasurementSchema, type Measurement } from "./model/MeasurementSchema";
export { MonitoringUseCaseSchema, type MonitoringUseCase } from "./model/MonitoringUseCaseSchema";
export { NonconformitySchema, type Nonconformity } from "./model/NonconformitySchema";
export { ObjectiveSchema, type Objective } from "./model/ObjectiveSchema";
export { OpportunitySchema, type Opportunity } from "./model/OpportunitySchema";
export { CertificationSchema, type Certification, OrganizationSchema, type Organization } from "./model/OrganizationSchema";
export { PersonSchema, type Person } from "./model/PersonSchema";
export { RiskRatingSchema, type RiskRating, TreatmentOptionSchema, type TreatmentOption, RiskTreatmentSchema, type RiskTreatment, RiskAcceptanceSchema, type RiskAcceptance, RiskSchema, type Risk } from "./model/RiskSchema";
export { SecurityTestSchema, type SecurityTest, ReleaseSchema, type Release } from "./model/ReleaseSchema";
export { RestoreTestSchema, type RestoreTest } from "./model/RestoreTestSchema";
export { RoleSchema, type Role } from "./model/RoleSchema";
export { ScopeInterfaceSchema, type ScopeInterface, ScopeExclusionSchema, type ScopeExclusion, ScopeSchema, type Scope } from "./model/ScopeSchema";
export { SupplierAttestationSchema, type SupplierAttestation, SupplierSchema, type Supplier } from "./model/SupplierSchema";
export { SystemSchema, type InformationSystem } from "./model/SystemSchema";
export { ThreatSchema, type Threat } from "./model/ThreatSchema";
export { ThreatIntelActionSchema, type ThreatIntelAction, ThreatIntelReportSchema, type ThreatIntelReport } from "./model/ThreatIntelReportSchema";
export { ThreatIntelSourceSchema, type ThreatIntelSource } from "./model/ThreatIntelSourceSchema";
export { TimeSourceSchema, type TimeSource } from "./model/TimeSourceSchema";
export { PlanApprovalSchema, type PlanApproval, TreatmentPlanSchema, type TreatmentPlan } from "./model/TreatmentPlanSchema";
export { CvssSchema, type Cvss, VulnerabilityExceptionSchema, type VulnerabilityException, VulnerabilitySchema, type Vulnerability } from "./model/VulnerabilitySchema";
export { defaultIsmsParameters, type ResolvedIsmsParameters } from "./model/defaultIsmsParameters";
export { getVulnerabilityDueDate } from "./model/getVulnerabilityDueDate";
export { getVulnerabilitySeverity } from "./model/getVulnerabilitySeverity";
export { documentClauseIds } from "./model/documentClauseIds";
export { getIsmsJsonSchema } from "./model/getIsmsJsonSchema";
export { NotificationRegimeIdSchema, type NotificationRegimeId, type NotificationClock, type NotificationDeadline, type NotificationRegime, notificationRegimes } from "./model/notificationRegimes";
export { type IncidentDeadlineStatus, type IncidentDeadlineClock, type IncidentDeadline, type IncidentDeadlinesOptions, incidentDeadlines } from "./model/incidentDeadlines";
export { parseIsms } from "./model/parseIsms";
export { parseIsmsJson } from "./model/parseIsmsJson";
export { type IsmsParameterId, type IsmsParameter, resolveIsmsParameters } from "./model/resolveIsmsParameters";
export { type SafeParseIsmsResult, safeParseIsms } from "./model/safeParseIsms";
export { safeParseIsmsJson } from "./model/safeParseIsmsJson";

// The risk register and loss simulation
export { PertSchema, type Pert, LossEventFrequencySchema, type LossEventFrequency, LossMagnitudeSchema, type LossMagnitude, LossScenarioSchema, type LossScenario } from "./risk/LossScenarioSchema";
export { type RiskHeatmapCell } from "./risk/RiskHeatmapCell";
export { type RiskAcceptanceState, type TreatmentPlanStatus, type RiskFlag, type RiskRegisterEntry, type RiskRegister, type AssessRisksOptions, type AssessRisksInput, assessRisks } from "./risk/assessRisks";
export { type RemediationKind, type RemediationRiskLink, type RemediationSla, type RemediationItem, type RemediationQueue, type PrioritizeRemediationOptions, type PrioritizeRemediationInput, prioritizeRemediation } from "./risk/prioritizeRemediation";
export { type ResolvedRiskMethod, type ResolveRiskMethodOptions, resolveRiskMethod } from "./risk/resolveRiskMethod";
export { type LossSimulationResult, type SimulateLossOptions } from "./risk/LossSimulationResult";
export { simulateLoss } from "./risk/simulateLoss";
export { type PortfolioSimulationResult, simulatePortfolio } from "./risk/simulatePortfolio";

// Risk treatment and the Statement of Applicability
export { ControlDecision2013Schema, type ControlDecision2013 } from "./treatment/ControlDecision2013Schema";
export { type ControlSuggestion } from "./treatment/ControlSuggestion";
export { type SoaRowField, type SoaMetadataField, type SoaFieldChange, type SoaRowReference, type SoaRowChange, type SoaDiff } from "./treatment/SoaDiff";
export { type TransitionProblemCode, type ControlTransition, type SoaFrom2013Result } from "./treatment/SoaFrom2013Result";
export { type SoaProblemCode, type SoaProblem, type SoaRow } from "./treatment/SoaRow";
export { type SoaMetadata, type SoaSummary, type StatementOfApplicability } from "./treatment/StatementOfApplicability";
export { type TreatmentInputIssue, TreatmentInputError } from "./treatment/TreatmentInputError";
export { type PlanActionDue, type PlannedRisk, type OwnerApproval, type TreatmentPlanSummary, type RiskWithoutPlan, type TreatmentPlansSummary } from "./treatment/TreatmentPlansSummary";
export { type TreatmentProblemCode, type TreatmentProblem } from "./treatment/TreatmentProblem";
export { type BuildStatementOfApplicabilityOptions, type SoaInput, buildStatementOfApplicability } from "./treatment/buildStatementOfApplicability";
export { type CheckTreatmentOptionOptions, checkTreatmentOption } from "./treatment/checkTreatmentOption";
export { diffStatementsOfApplicability } from "./treatment/diffStatementsOfApplicability";
export { isStatementOfApplicability } from "./treatment/isStatementOfApplicability";
export { soaFrom2013 } from "./treatment/soaFrom2013";
export { type SuggestControlsOptions, type SuggestInput, suggestControls } from "./treatment/suggestControls";
export { type SummarizeTreatmentPlansOptions, type SummaryInput, summarizeTreatmentPlans } from "./treatment/summarizeTreatmentPlans";

// Conformity checks, readiness and the certification cycle
export { type IndexedEntity, type ConformityIndex, type OperationsIndex, type ConformityContext } from "./conformity/ConformityContext";
export { type ConformityFindingEscalation, type ConformityFinding } from "./conformity/ConformityFinding";
export { type ClauseConformityStatus, type ClauseConformity, type ControlConformityStatus, type ControlConformity, type ConformityRuleOutcome, type AuditReadiness, type CertificationAuditKind, type ReadinessBlocker, type NextAuditReadiness, type ConformityReport } from "./conformity/ConformityReport";
export { type ConformityRuleFinding, type ConformityNotAssessable, type ConformityCheckResult, type ConformityRule } from "./conformity/ConformityRule";
export { type ConformityRuleIssue, ConformityRuleError } from "./conformity/ConformityRuleError";
export { type RequirementCoverageStatus, type CoverageElement, type RequirementCoverage, type CoverageGroup, type OpenIsoRequirement, type FrameworkCoverageFinding, type FrameworkCoverage } from "./conformity/FrameworkCoverage";
export { conformitySeverities, type ConformitySeverity } from "./conformity/ConformitySeverity";
export { GradingPolicySchema, type GradingPolicy, defaultGradingPolicy } from "./conformity/GradingPolicySchema";
export { type AssessFrameworkCoverageOptions, assessFrameworkCoverage } from "./conformity/assessFrameworkCoverage";
export { type CheckConformityOptions, checkConformity } from "./conformity/checkConformity";
export { conformityRules } from "./conformity/conformityRules";
export { defineConformityRule } from "./conformity/defineConformityRule";
export { type RequirementItem, requirementItems } from "./conformity/requirementItems";
export { type GetCertificationStatusOptions, type CertificationStatus, getCertificationStatus } from "./conformity/getCertificationStatus";
export { type PlanCertificationCycleOptions, type CertificationCycleAudit, type CertificationCycle, planCertificationCycle } from "./conformity/planCertificationCycle";

// Writers: CSV, Markdown, XLSX, SVG (the HTML audit pack and the management review pack are in isms-kit/report)
export { type SoaColumn, defaultSoaColumns } from "./export/SoaColumn";
export { type RiskRegisterToCsvOptions, riskRegisterToCsv } from "./export/riskRegisterToCsv";
export { remediationQueueToCsv } from "./export/remediationQueueToCsv";
export { conformityReportToMarkdown, type ConformityReportToMarkdownOptions } from "./export/conformityReportToMarkdown";
export { frameworkCoverageToCsv } from "./export/frameworkCoverageToCsv";
export { frameworkCoverageToMarkdown } from "./export/frameworkCoverageToMarkdown";
export { type RiskHeatmapRegister, type RiskHeatmapToSvgOptions, riskHeatmapToSvg } from "./export/riskHeatmapToSvg";
export { type SoaToCsvOptions, soaToCsv } from "./export/soaToCsv";
export { type SoaToMarkdownOptions, soaToMarkdown } from "./export/soaToMarkdown";
export { type SoaTableOptions, type SoaTable, soaToTable } from "./export/soaToTable";
export { type SoaToXlsxOptions, soaToXlsx } from "./export/soaToXlsx";
