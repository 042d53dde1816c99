import * as z from "zod";
import { AccessEventSchema } from "./AccessEventSchema";
import { AccessReviewSchema } from "./AccessReviewSchema";
import { AccountSchema } from "./AccountSchema";
import { BackupJobSchema } from "./BackupJobSchema";
import { BusinessImpactAnalysisSchema } from "./BusinessImpactAnalysisSchema";
import { ConfigurationBaselineSchema } from "./ConfigurationBaselineSchema";
import { ContinuityExerciseSchema } from "./ContinuityExerciseSchema";
import { CryptographicKeySchema } from "./CryptographicKeySchema";
import { EndpointCoverageSchema } from "./EndpointCoverageSchema";
import { LogSourceSchema } from "./LogSourceSchema";
import { MonitoringUseCaseSchema } from "./MonitoringUseCaseSchema";
import { ReleaseSchema } from "./ReleaseSchema";
import { RestoreTestSchema } from "./RestoreTestSchema";
import { SystemSchema } from "./SystemSchema";
import { ThreatIntelReportSchema } from "./ThreatIntelReportSchema";
import { ThreatIntelSourceSchema } from "./ThreatIntelSourceSchema";
import { TimeSourceSchema } from "./TimeSourceSchema";
import { AssetSchema } from "./AssetSchema";
import { AuditProgrammeSchema, AuditSchema } from "./AuditSchema";
import { ChangeSchema } from "./ChangeSchema";
import { CommunicationSchema } from "./CommunicationSchema";
import { CompetenceSchema, TrainingSchema } from "./CompetenceSchema";
import { ContextSchema } from "./ContextSchema";
import { ControlSchema } from "./ControlSchema";
import { DocumentSchema } from "./DocumentSchema";
import { EvidenceSchema } from "./EvidenceSchema";
import { ImprovementSchema } from "./ImprovementSchema";
import { IncidentSchema } from "./IncidentSchema";
import { InterestedPartySchema } from "./InterestedPartySchema";
import { IsmsParametersSchema } from "./IsmsParametersSchema";
import { ManagementReviewSchema } from "./ManagementReviewSchema";
import { MeasurementSchema } from "./MeasurementSchema";
import { NonconformitySchema } from "./NonconformitySchema";
import { ObjectiveSchema } from "./ObjectiveSchema";
import { OpportunitySchema } from "./OpportunitySchema";
import { OrganizationSchema } from "./OrganizationSchema";
import { PersonSchema } from "./PersonSchema";
import { ExtensionsSchema } from "../core/primitives";
import { RiskMethodSchema } from "../method/RiskMethodSchema";
import { RiskSchema } from "./RiskSchema";
import { RoleSchema } from "./RoleSchema";
import { ScopeSchema } from "./ScopeSchema";
import { SupplierSchema } from "./SupplierSchema";
import { ThreatSchema } from "./ThreatSchema";
import { TreatmentPlanSchema } from "./TreatmentPlanSchema";
import { VulnerabilitySchema } from "./VulnerabilitySchema";

/**
 * The version of the ISMS document format this release reads and writes.
 *
 * @category Model
 * @example
 * ```ts
 * ISMS_SCHEMA_VERSION
 * //=> "1.0"
 * ```
 */
export const ISMS_SCHEMA_VERSION = "1.0";

/**
 * The schema of a whole ISMS document: one JSON document describes one ISMS. Collections that are
 * absent are read as empty, so a young ISMS parses and its gaps show up in the conformity report.
 *
 * Prefer {@link parseIsms}: it adds the checks a schema cannot make (unique ids, references that
 * resolve, dates in order) and reports every problem at once.
 *
 * @category Model
 * @example
 * ```ts
 * IsmsSchema.safeParse({ schemaVersion: "1.0", organization: { name: "Acme" } }).success
 * //=> true
 * ```
 */
export const IsmsSchema = z
  .strictObject({
    $schema: z.string().optional().describe("Optional link to the JSON Schema, for editors."),
    schemaVersion: z.literal(ISMS_SCHEMA_VERSION, {
      error: `expected schemaVersion "${ISMS_SCHEMA_VERSION}"`,
    }),
    organization: OrganizationSchema,
    parameters: IsmsParametersSchema.optional(),
    scope: ScopeSchema.optional(),
    context: ContextSchema.optional(),
    interestedParties: z.array(InterestedPartySchema).default([]),
    people: z.array(PersonSchema).default([]),
    roles: z.array(RoleSchema).default([]),
    documents: z.array(DocumentSchema).default([]),
    objectives: z.array(ObjectiveSchema).default([]),
    assets: z.array(AssetSchema).default([]),
    threats: z.array(ThreatSchema).default([]),
    vulnerabilities: z.array(VulnerabilitySchema).default([]),
    riskMethod: RiskMethodSchema.optional(),
    risks: z.array(RiskSchema).default([]),
    opportunities: z.array(OpportunitySchema).default([]),
    controls: z.array(ControlSchema).default([]),
    treatmentPlans: z.array(TreatmentPlanSchema).default([]),
    changes: z.array(ChangeSchema).default([]),
    competences: z.array(CompetenceSchema).default([]),
    trainings: z.array(TrainingSchema).default([]),
    communications: z.array(CommunicationSchema).default([]),
    measurements: z.array(MeasurementSchema).default([]),
    auditProgramme: AuditProgrammeSchema.optional(),
    audits: z.array(AuditSchema).default([]),
    managementReviews: z.array(ManagementReviewSchema).default([]),
    nonconformities: z.array(NonconformitySchema).default([]),
    improvements: z.array(ImprovementSchema).default([]),
    incidents: z.array(IncidentSchema).default([]),
    suppliers: z.array(SupplierSchema).default([]),
    evidence: z.array(EvidenceSchema).default([]),
    systems: z.array(SystemSchema).default([]).describe("Information systems in scope of access control, logging and secure development."),
    accounts: z.array(AccountSchema).default([]).describe("Accounts on the systems (5.15–5.18, 8.2, 8.5)."),
    accessEvents: z.array(AccessEventSchema).default([]).describe("Joiner, mover and leaver events (5.11, 5.18, 6.1, 6.5, 6.6)."),
    accessReviews: z.array(AccessReviewSchema).default([]).describe("Reviews of access rights (5.18, 8.2)."),
    logSources: z.array(LogSourceSchema).default([]).describe("Log sources (8.15–8.17)."),
    monitoringUseCases: z.array(MonitoringUseCaseSchema).default([]).describe("Monitoring use cases (8.16)."),
    timeSources: z.array(TimeSourceSchema).default([]).describe("Reference time sources (8.17)."),
    backupJobs: z.array(BackupJobSchema).default([]).describe("Backup jobs (8.13)."),
    restoreTests: z.array(RestoreTestSchema).default([]).describe("Restore tests (8.13)."),
    businessImpactAnalysis: BusinessImpactAnalysisSchema.optional(),
    continuityExercises: z.array(ContinuityExerciseSchema).default([]).describe("Continuity and disaster-recovery exercises (5.29, 5.30, 8.14)."),
    threatIntelSources: z.array(ThreatIntelSourceSchema).default([]).describe("Threat-intelligence sources (5.6, 5.7)."),
    threatIntelReports: z.array(ThreatIntelReportSchema).default([]).describe("Threat-intelligence reports and the actions taken (5.7)."),
    configurationBaselines: z.array(ConfigurationBaselineSchema).default([]).describe("Configuration baselines and compliance results (8.9)."),
    cryptographicKeys: z.array(CryptographicKeySchema).default([]).describe("The cryptographic key inventory (8.24)."),
    endpointCoverage: z.array(EndpointCoverageSchema).default([]).describe("Coverage of endpoint controls: malware protection, encryption, management (8.1, 8.7)."),
    releases: z.array(ReleaseSchema).default([]).describe("Releases of in-house systems and their security tests (8.25–8.29, 8.32)."),
    extensions: ExtensionsSchema.optional(),
  })
  .describe("An ISO/IEC 27001:2022 information security management system, as one isms-kit document.");

/**
 * A validated ISMS document, as {@link parseIsms} returns it: every collection present (empty when
 * the input left it out), every reference resolved.
 *
 * @category Model
 * @example
 * ```ts
 * const isms: Isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * isms.risks
 * //=> []
 * ```
 */
export type Isms = z.infer<typeof IsmsSchema>;

/**
 * An ISMS document as a user may write it: collections and defaulted fields may be left out.
 *
 * @category Model
 * @example
 * ```ts
 * const input: IsmsInput = { schemaVersion: "1.0", organization: { name: "Acme" } };
 * ```
 */
export type IsmsInput = z.input<typeof IsmsSchema>;
