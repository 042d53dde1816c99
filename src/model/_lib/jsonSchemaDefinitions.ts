import * as z from "zod";
import { AnnexAControlIdSchema, ClauseIdSchema, EntityIdSchema, ExtensionsSchema, IsoDateSchema, IsoDateTimeSchema, NonEmptyStringSchema, RefSchema, SecurityPropertySchema } from "../../core/primitives";
import { RiskAcceptanceCriteriaSchema, RiskMatrixDefinitionSchema, RiskMethodSchema, RiskScaleEntrySchema } from "../../method/RiskMethodSchema";
import { AccessEventSchema } from "../AccessEventSchema";
import { AccessReviewSchema } from "../AccessReviewSchema";
import { AccountSchema } from "../AccountSchema";
import { ActionSchema, ActionStatusSchema } from "../ActionSchema";
import { NotesSchema } from "./entitySchema";
import { RecordStatusSchema } from "./numbers";
import { ApprovalSchema } from "../ApprovalSchema";
import { AssetSchema, AssetValuationSchema } from "../AssetSchema";
import { BackupJobSchema } from "../BackupJobSchema";
import { BusinessImpactAnalysisSchema, BusinessServiceSchema } from "../BusinessImpactAnalysisSchema";
import { AuditFindingSchema, AuditProgrammeSchema, AuditSchema, AuditScopeSchema, PlannedAuditSchema } from "../AuditSchema";
import { ChangeSchema } from "../ChangeSchema";
import { CommunicationSchema } from "../CommunicationSchema";
import { CompetenceHolderSchema, CompetenceSchema, TrainingSchema } from "../CompetenceSchema";
import { ComplianceResultSchema, ConfigurationBaselineSchema } from "../ConfigurationBaselineSchema";
import { ClimateChangeAssessmentSchema, ContextIssueSchema, ContextSchema } from "../ContextSchema";
import { ContinuityExerciseSchema } from "../ContinuityExerciseSchema";
import { ControlSchema, CustomControlDefinitionSchema, ImplementationStatusSchema, InclusionReasonSchema } from "../ControlSchema";
import { CryptographicKeySchema } from "../CryptographicKeySchema";
import { DocumentSchema, DocumentTypeSchema } from "../DocumentSchema";
import { EndpointCoverageSchema } from "../EndpointCoverageSchema";
import { EvidenceHashSchema, EvidenceSchema } from "../EvidenceSchema";
import { ImprovementSchema } from "../ImprovementSchema";
import { CustodyTransferSchema, ForensicEvidenceSchema, IncidentNotificationSchema, IncidentSchema, IncidentTriageSchema } from "../IncidentSchema";
import { InterestedPartySchema, RequirementSchema } from "../InterestedPartySchema";
import { IsmsParametersSchema } from "../IsmsParametersSchema";
import { LogReviewSchema, LogSourceSchema } from "../LogSourceSchema";
import { ManagementReviewInputIdSchema, ManagementReviewSchema, ReviewDecisionSchema } from "../ManagementReviewSchema";
import { MeasurementResultSchema, MeasurementSchema } from "../MeasurementSchema";
import { MonitoringUseCaseSchema } from "../MonitoringUseCaseSchema";
import { NonconformitySchema } from "../NonconformitySchema";
import { NotificationRegimeIdSchema } from "../notificationRegimes";
import { ObjectiveSchema } from "../ObjectiveSchema";
import { OpportunitySchema } from "../OpportunitySchema";
import { CertificationSchema, OrganizationSchema } from "../OrganizationSchema";
import { PersonSchema } from "../PersonSchema";
import { RiskAcceptanceSchema, RiskRatingSchema, RiskSchema, RiskTreatmentSchema, TreatmentOptionSchema } from "../RiskSchema";
import { ReleaseSchema, SecurityTestSchema } from "../ReleaseSchema";
import { RestoreTestSchema } from "../RestoreTestSchema";
import { RoleSchema } from "../RoleSchema";
import { ScopeExclusionSchema, ScopeInterfaceSchema, ScopeSchema } from "../ScopeSchema";
import { SupplierAttestationSchema, SupplierSchema } from "../SupplierSchema";
import { SystemSchema } from "../SystemSchema";
import { ThreatIntelActionSchema, ThreatIntelReportSchema } from "../ThreatIntelReportSchema";
import { ThreatIntelSourceSchema } from "../ThreatIntelSourceSchema";
import { ThreatSchema } from "../ThreatSchema";
import { TimeSourceSchema } from "../TimeSourceSchema";
import { PlanApprovalSchema, TreatmentPlanSchema } from "../TreatmentPlanSchema";
import { CvssSchema, VulnerabilityExceptionSchema, VulnerabilitySchema } from "../VulnerabilitySchema";

/**
 * The shapes the JSON Schema names in `$defs` (the schema's export name without `Schema`), so each is
 * written once and referred to by `$ref` — `#/$defs/IsoDate`, `#/$defs/Risk` — instead of repeated
 * wherever it is used. An editor shows the names, and a reader of the schema can follow them.
 */
export const JSON_SCHEMA_DEFINITIONS: Readonly<Record<string, z.ZodType>> = {
  IsoDate: IsoDateSchema,
  IsoDateTime: IsoDateTimeSchema,
  EntityId: EntityIdSchema,
  Ref: RefSchema,
  NonEmptyText: NonEmptyStringSchema,
  AnnexAControlId: AnnexAControlIdSchema,
  ClauseId: ClauseIdSchema,
  SecurityProperty: SecurityPropertySchema,
  Extensions: ExtensionsSchema,
  Notes: NotesSchema,
  RecordStatus: RecordStatusSchema,
  RiskScaleEntry: RiskScaleEntrySchema,
  RiskAcceptanceCriteria: RiskAcceptanceCriteriaSchema,
  RiskMatrixDefinition: RiskMatrixDefinitionSchema,
  RiskMethod: RiskMethodSchema,
  ActionStatus: ActionStatusSchema,
  Action: ActionSchema,
  Approval: ApprovalSchema,
  AssetValuation: AssetValuationSchema,
  Asset: AssetSchema,
  AuditScope: AuditScopeSchema,
  PlannedAudit: PlannedAuditSchema,
  AuditProgramme: AuditProgrammeSchema,
  AuditFinding: AuditFindingSchema,
  Audit: AuditSchema,
  Change: ChangeSchema,
  Communication: CommunicationSchema,
  CompetenceHolder: CompetenceHolderSchema,
  Competence: CompetenceSchema,
  Training: TrainingSchema,
  ContextIssue: ContextIssueSchema,
  ClimateChangeAssessment: ClimateChangeAssessmentSchema,
  Context: ContextSchema,
  InclusionReason: InclusionReasonSchema,
  ImplementationStatus: ImplementationStatusSchema,
  CustomControlDefinition: CustomControlDefinitionSchema,
  Control: ControlSchema,
  DocumentType: DocumentTypeSchema,
  Document: DocumentSchema,
  EvidenceHash: EvidenceHashSchema,
  Evidence: EvidenceSchema,
  Improvement: ImprovementSchema,
  NotificationRegimeId: NotificationRegimeIdSchema,
  IncidentTriage: IncidentTriageSchema,
  IncidentNotification: IncidentNotificationSchema,
  CustodyTransfer: CustodyTransferSchema,
  ForensicEvidence: ForensicEvidenceSchema,
  Incident: IncidentSchema,
  Requirement: RequirementSchema,
  InterestedParty: InterestedPartySchema,
  ManagementReviewInputId: ManagementReviewInputIdSchema,
  ReviewDecision: ReviewDecisionSchema,
  ManagementReview: ManagementReviewSchema,
  MeasurementResult: MeasurementResultSchema,
  Measurement: MeasurementSchema,
  Nonconformity: NonconformitySchema,
  Objective: ObjectiveSchema,
  Opportunity: OpportunitySchema,
  Certification: CertificationSchema,
  Organization: OrganizationSchema,
  Person: PersonSchema,
  RiskRating: RiskRatingSchema,
  TreatmentOption: TreatmentOptionSchema,
  RiskTreatment: RiskTreatmentSchema,
  RiskAcceptance: RiskAcceptanceSchema,
  Risk: RiskSchema,
  Role: RoleSchema,
  ScopeInterface: ScopeInterfaceSchema,
  ScopeExclusion: ScopeExclusionSchema,
  Scope: ScopeSchema,
  SupplierAttestation: SupplierAttestationSchema,
  Supplier: SupplierSchema,
  Threat: ThreatSchema,
  PlanApproval: PlanApprovalSchema,
  TreatmentPlan: TreatmentPlanSchema,
  Cvss: CvssSchema,
  VulnerabilityException: VulnerabilityExceptionSchema,
  Vulnerability: VulnerabilitySchema,
  IsmsParameters: IsmsParametersSchema,
  System: SystemSchema,
  Account: AccountSchema,
  AccessEvent: AccessEventSchema,
  AccessReview: AccessReviewSchema,
  LogReview: LogReviewSchema,
  LogSource: LogSourceSchema,
  MonitoringUseCase: MonitoringUseCaseSchema,
  TimeSource: TimeSourceSchema,
  BackupJob: BackupJobSchema,
  RestoreTest: RestoreTestSchema,
  BusinessService: BusinessServiceSchema,
  BusinessImpactAnalysis: BusinessImpactAnalysisSchema,
  ContinuityExercise: ContinuityExerciseSchema,
  ThreatIntelSource: ThreatIntelSourceSchema,
  ThreatIntelAction: ThreatIntelActionSchema,
  ThreatIntelReport: ThreatIntelReportSchema,
  ComplianceResult: ComplianceResultSchema,
  ConfigurationBaseline: ConfigurationBaselineSchema,
  CryptographicKey: CryptographicKeySchema,
  EndpointCoverage: EndpointCoverageSchema,
  SecurityTest: SecurityTestSchema,
  Release: ReleaseSchema,
};
