/**
 * The public surface, decided on purpose: the run-time names each entry point exports. A name added
 * or removed fails this test until the list below and CHANGELOG.md say so. (Types are checked by the
 * TSDoc test, which documents every exported name.)
 */
import { describe, expect, it } from "vitest";
import * as root from "../../src/index";
import { entryModules } from "../_lib/entryModules";

const surface: Record<string, readonly string[]> = {
  "isms-kit": [
    "AccessEventSchema", "AccessReviewSchema", "AccountSchema", "ActionSchema", "ActionStatusSchema",
    "AnnexAControlIdSchema", "ApprovalSchema", "ArgumentError", "AssetSchema", "AssetValuationSchema",
    "AuditFindingSchema", "AuditProgrammeSchema", "AuditSchema", "AuditScopeSchema", "AuditTypeSchema",
    "BackupJobSchema", "BusinessImpactAnalysisSchema", "BusinessServiceSchema", "CertificationDecisionSchema",
    "CertificationSchema", "ChangeSchema", "ClauseIdSchema", "ClimateChangeAssessmentSchema", "CommunicationSchema",
    "CompetenceHolderSchema", "CompetenceSchema", "ComplianceResultSchema", "ConfigurationBaselineSchema",
    "ConformityRuleError", "ContextIssueSchema", "ContextSchema", "ContinuityExerciseSchema",
    "ControlDecision2013Schema", "ControlSchema", "CryptographicKeySchema", "CustodyTransferSchema",
    "CustomControlDefinitionSchema", "CvssSchema", "DocumentSchema", "DocumentTypeSchema", "EndpointCoverageSchema",
    "EvidenceKindSchema", "EvidenceSchema", "ForensicEvidenceSchema", "GradingPolicySchema", "ISMS_SCHEMA_VERSION",
    "ImpactBandSchema", "ImpactCombinationSchema", "ImpactFactorSchema", "ImplementationStatusSchema",
    "ImprovementSchema", "IncidentNotificationSchema", "IncidentSchema", "IncidentTriageSchema",
    "InclusionReasonSchema", "InterestedPartySchema", "IsmsKitError", "IsmsParametersSchema", "IsmsSchema",
    "IsmsValidationError", "IsoDateSchema", "IsoDateTimeSchema", "LogReviewSchema", "LogSourceSchema",
    "LossEventFrequencySchema", "LossMagnitudeSchema", "LossScenarioSchema", "ManagementReviewInputIdSchema",
    "ManagementReviewSchema", "MeasurementResultSchema", "MeasurementSchema", "MonitoringUseCaseSchema",
    "NonconformitySchema", "NotificationRegimeIdSchema", "ObjectiveSchema", "OpportunitySchema", "OrganizationSchema",
    "PersonSchema", "PertSchema", "PlanApprovalSchema", "PlannedAuditSchema", "PolicyStatementSchema",
    "ReleaseSchema", "RequirementSchema", "RestoreTestSchema", "ReviewDecisionSchema",
    "RiskAcceptanceAuthoritySchema", "RiskAcceptanceCriteriaSchema", "RiskAcceptanceSchema",
    "RiskMatrixDefinitionSchema", "RiskMethodError", "RiskMethodSchema", "RiskRatingSchema", "RiskScaleEntrySchema",
    "RiskSchema", "RiskTreatmentSchema", "RoleSchema", "ScopeExclusionSchema", "ScopeInterfaceSchema", "ScopeSchema",
    "SecurityPropertySchema", "SecurityTestSchema", "SupplierAttestationSchema", "SupplierSchema", "SystemSchema",
    "ThreatIntelActionSchema", "ThreatIntelReportSchema", "ThreatIntelSourceSchema", "ThreatSchema",
    "TimeSourceSchema", "TrainingSchema", "TreatmentInputError", "TreatmentOptionSchema", "TreatmentPlanSchema",
    "VulnerabilityExceptionSchema", "VulnerabilitySchema", "annexA2013ControlIds", "annexAControlIds",
    "assessFrameworkCoverage", "assessRisks", "buildStatementOfApplicability", "checkConformity",
    "checkTreatmentOption", "clauseIds", "combineImpact", "conformityReportToMarkdown", "conformityRules",
    "conformitySeverities", "defaultGradingPolicy", "defaultIsmsParameters", "defaultSoaColumns",
    "defineConformityRule", "defineRiskMatrix", "deriveNistOverallLikelihood", "diffStatementsOfApplicability",
    "documentClauseIds", "frameworkCoverageToCsv", "frameworkCoverageToMarkdown", "fromNistSemiQuantitative",
    "getCertificationStatus", "getIsmsJsonSchema", "getRiskAcceptanceAuthority", "getRiskMatrixPreset",
    "getVulnerabilityDueDate", "getVulnerabilitySeverity", "incidentDeadlines", "isAnnexA2013ControlId", "isAnnexAControlId", "isClauseId",
    "isRiskLevelAcceptable", "isStatementOfApplicability", "nistLevels", "nistSemiQuantitativeScale",
    "notificationRegimes", "parseIsms", "parseIsmsJson", "planCertificationCycle", "prioritizeRemediation", "remediationQueueToCsv", "requirementItems", "resolveIsmsParameters",
    "resolveRiskMethod", "riskHeatmapToSvg", "riskMatrixPresets", "riskRegisterToCsv", "safeParseIsms", "safeParseIsmsJson", "scoreRisk",
    "simulateLoss", "simulatePortfolio", "soaFrom2013", "soaToCsv", "soaToMarkdown", "soaToTable", "soaToXlsx",
    "suggestControls", "summarizeTreatmentPlans", "toNistSemiQuantitative",
  ],
  "isms-kit/catalog": [
    "AnnexA2013CatalogSchema", "AnnexA2013ControlSchema", "AnnexA2013DomainSchema", "AnnexACatalogSchema",
    "AnnexAControlIdSchema", "AnnexAControlSchema", "CatalogControlSchema", "CatalogError", "CatalogSchema",
    "ClauseAmendmentSchema", "ClauseCatalogSchema", "ClauseIdSchema", "ClauseSchema", "ControlAttributesSchema",
    "ControlThemeSchema", "ControlTypeSchema", "CybersecurityConceptSchema", "FindControlsFilterSchema",
    "ManagementReviewInputSchema", "OperationalCapabilitySchema", "PartialControlAttributesSchema",
    "SecurityDomainSchema", "SecurityPropertySchema", "amendment2024", "annexA", "annexA2013",
    "annexA2013ControlIds", "annexAControlIds", "clauseIds", "clauses", "controlAttributeKinds", "defineCatalog",
    "findControls", "getClause", "getControl", "isAnnexA2013ControlId", "isAnnexAControlId", "isClauseId",
    "managementReviewInputs", "withControlText",
  ],
  "isms-kit/mappings": [
    "FrameworkMappingPairSchema", "FrameworkMappingSchema", "FrameworkRequirementSchema", "FrameworkSchema",
    "MappingRelationshipSchema", "ReportingDutySchema", "composeRelationships", "frameworkMappings", "frameworks",
    "getFramework", "getFrameworkMapping", "getMappedFramework", "mapControls", "mapFrom2013", "mapTo2013",
  ],
  "isms-kit/oscal": [
    "ISMS_KIT_OSCAL_NS", "OSCAL_VERSION", "OscalError", "frameworkMappingToOscalMapping", "frameworkToOscalCatalog",
    "fromOscalCatalog", "toOscalAssessmentResults", "toOscalCatalog", "toOscalPoam", "toOscalProfile",
  ],
  "isms-kit/report": ["auditPackSoaColumns", "auditPackToHtml", "prepareManagementReview"],
  "isms-kit/source": [
    "IsmsSourceError", "formatSourceLocation", "locateIssues", "locatePointer", "readIsmsSources", "safeParseIsmsJson",
    "safeParseIsmsSources", "sourceMapOfJson", "writeIsmsSources",
  ],
  "isms-kit/import": [
    "SpreadsheetError", "importCycloneDx", "importRecords", "importRiskRegister", "importSarif", "importStatementOfApplicability",
    "mergeIsmsFragment", "operationalRecordKinds", "readSpreadsheet",
  ],
};

const modules = entryModules;

describe("the public surface", () => {
  it.each(Object.keys(surface))("%s exports exactly the names decided", (entry) => {
    expect(Object.keys(modules[entry]!).sort()).toEqual([...surface[entry]!].sort());
  });

  it("keeps internal helpers out of the root entry", () => {
    for (const name of ["entitySchema", "RefListSchema", "RefSchema", "NonEmptyStringSchema", "EntityIdSchema", "ExtensionsSchema", "toCalendarDay", "fromZodIssues", "deepFreeze"]) {
      expect(Object.keys(root), name).not.toContain(name);
    }
  });
});
