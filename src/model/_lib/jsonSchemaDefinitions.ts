import * as z from "zod";
import { AnnexAControlIdSchema, ClauseIdSchema, EntityIdSchema, ExtensionsSchema, IsoDateSchema, NonEmptyStringSchema, RefSchema, SecurityPropertySchema } from "../../core/primitives";
import { RiskAcceptanceCriteriaSchema, RiskMatrixDefinitionSchema, RiskMethodSchema, RiskScaleEntrySchema } from "../../method/RiskMethodSchema";
import { ActionSchema, ActionStatusSchema } from "../ActionSchema";
import { ApprovalSchema } from "../ApprovalSchema";
import { AssetSchema, AssetValuationSchema } from "../AssetSchema";
import { AuditFindingSchema, AuditProgrammeSchema, AuditSchema, AuditScopeSchema, PlannedAuditSchema } from "../AuditSchema";
import { ChangeSchema } from "../ChangeSchema";
import { CommunicationSchema } from "../CommunicationSchema";
import { CompetenceHolderSchema, CompetenceSchema, TrainingSchema } from "../CompetenceSchema";
import { ClimateChangeAssessmentSchema, ContextIssueSchema, ContextSchema } from "../ContextSchema";
import { ControlSchema, CustomControlDefinitionSchema, ImplementationStatusSchema, InclusionReasonSchema } from "../ControlSchema";
import { DocumentSchema, DocumentTypeSchema } from "../DocumentSchema";
import { EvidenceSchema } from "../EvidenceSchema";
import { ImprovementSchema } from "../ImprovementSchema";
import { IncidentSchema } from "../IncidentSchema";
import { InterestedPartySchema, RequirementSchema } from "../InterestedPartySchema";
import { ManagementReviewInputIdSchema, ManagementReviewSchema, ReviewDecisionSchema } from "../ManagementReviewSchema";
import { MeasurementResultSchema, MeasurementSchema } from "../MeasurementSchema";
import { NonconformitySchema } from "../NonconformitySchema";
import { ObjectiveSchema } from "../ObjectiveSchema";
import { CertificationSchema, OrganizationSchema } from "../OrganizationSchema";
import { PersonSchema } from "../PersonSchema";
import { RiskAcceptanceSchema, RiskRatingSchema, RiskSchema, RiskTreatmentSchema, TreatmentOptionSchema } from "../RiskSchema";
import { RoleSchema } from "../RoleSchema";
import { ScopeExclusionSchema, ScopeInterfaceSchema, ScopeSchema } from "../ScopeSchema";
import { SupplierSchema } from "../SupplierSchema";
import { ThreatSchema } from "../ThreatSchema";
import { PlanApprovalSchema, TreatmentPlanSchema } from "../TreatmentPlanSchema";
import { VulnerabilitySchema } from "../VulnerabilitySchema";

/**
 * The shapes the JSON Schema names in `$defs` (the schema's export name without `Schema`), so each is
 * written once and referred to by `$ref` — `#/$defs/IsoDate`, `#/$defs/Risk` — instead of repeated
 * wherever it is used. An editor shows the names, and a reader of the schema can follow them.
 */
export const JSON_SCHEMA_DEFINITIONS: Readonly<Record<string, z.ZodType>> = {
  IsoDate: IsoDateSchema,
  EntityId: EntityIdSchema,
  Ref: RefSchema,
  NonEmptyText: NonEmptyStringSchema,
  AnnexAControlId: AnnexAControlIdSchema,
  ClauseId: ClauseIdSchema,
  SecurityProperty: SecurityPropertySchema,
  Extensions: ExtensionsSchema,
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
  Evidence: EvidenceSchema,
  Improvement: ImprovementSchema,
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
  Supplier: SupplierSchema,
  Threat: ThreatSchema,
  PlanApproval: PlanApprovalSchema,
  TreatmentPlan: TreatmentPlanSchema,
  Vulnerability: VulnerabilitySchema,
};
