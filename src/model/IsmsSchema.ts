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
import { lazyShape } from "../core/lazyShape";

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
  .strictObject(lazyShape(() => ({
    $schema: z.string().optional().register(z.globalRegistry, { description: "Optional link to the JSON Schema, for editors.", examples: ["https://unpkg.com/isms-kit/dist/schema.json"] }),
    schemaVersion: z.literal(ISMS_SCHEMA_VERSION, {
      error: `expected schemaVersion "${ISMS_SCHEMA_VERSION}"`,
    }).register(z.globalRegistry, { description: "The version of the document format.", examples: ["1.0"] }),
    organization: OrganizationSchema.meta({ description: "The organisation whose ISMS this is." }),
    parameters: IsmsParametersSchema.optional().register(z.globalRegistry, { description: "The organisation's own intervals, targets and limits; a value left out takes its default." }),
    scope: ScopeSchema.optional().register(z.globalRegistry, { description: "The scope of the ISMS (4.3)." }),
    context: ContextSchema.optional().register(z.globalRegistry, { description: "The organisation's context (4.1)." }),
    interestedParties: z.array(InterestedPartySchema).default([]).register(z.globalRegistry, { description: "Interested parties and their requirements (4.2).", examples: [[{ id: "ip-customers", name: "Enterprise customers", kind: "external" }]] }),
    people: z.array(PersonSchema).default([]).register(z.globalRegistry, { description: "People named anywhere in the document: owners, approvers, auditors.", examples: [[{ id: "p-ciso", name: "Ada Lovelace", jobTitle: "CISO", topManagement: true }]] }),
    roles: z.array(RoleSchema).default([]).register(z.globalRegistry, { description: "Roles with their responsibilities and authorities (5.3).", examples: [[{ id: "role-ciso", name: "Information security officer", holderIds: ["p-ciso"] }]] }),
    documents: z.array(DocumentSchema).default([]).register(z.globalRegistry, { description: "Documented information (7.5).", examples: [[{ id: "doc-policy", title: "Information security policy", type: "information-security-policy", status: "approved" }]] }),
    objectives: z.array(ObjectiveSchema).default([]).register(z.globalRegistry, { description: "Information security objectives (6.2).", examples: [[{ id: "obj-mfa", title: "MFA everywhere", status: "in-progress" }]] }),
    assets: z.array(AssetSchema).default([]).register(z.globalRegistry, { description: "Assets: information, software, hardware, services, people, sites.", examples: [[{ id: "a-customer-db", name: "Customer database", type: "information", ownerId: "p-cto" }]] }),
    threats: z.array(ThreatSchema).default([]).register(z.globalRegistry, { description: "Threats considered in the risk assessment.", examples: [[{ id: "t-ransomware", name: "Ransomware", source: "adversarial" }]] }),
    vulnerabilities: z.array(VulnerabilitySchema).default([]).register(z.globalRegistry, {
      description: "Vulnerabilities: weaknesses from the risk assessment and technical vulnerabilities (8.8).",
      examples: [[{ id: "v-1", name: "No MFA on the VPN", severity: "high", identifiedOn: "2026-03-02" }]],
    }),
    riskMethod: RiskMethodSchema.optional().register(z.globalRegistry, { description: "The risk assessment method: a preset or a matrix of the organisation's own, with acceptance criteria (6.1.2)." }),
    risks: z.array(RiskSchema).default([]).register(z.globalRegistry, {
      description: "Information security risks (6.1.2).",
      examples: [[{ id: "r-ransomware", title: "Ransomware on the file server", ownerId: "p-cto", inherent: { likelihood: "possible", impact: "major" } }]],
    }),
    opportunities: z.array(OpportunitySchema).default([]).register(z.globalRegistry, { description: "Opportunities (6.1.1).", examples: [[{ id: "opp-sso", title: "Single sign-on reduces password reuse", status: "planned" }]] }),
    controls: z.array(ControlSchema).default([]).register(z.globalRegistry, {
      description: "Control decisions: the Statement of Applicability (6.1.3 d), and controls of the organisation's own.",
      examples: [[{ id: "8.5", applicable: true, reasons: ["risk-treatment"], implementationStatus: "implemented" }]],
    }),
    treatmentPlans: z.array(TreatmentPlanSchema).default([]).register(z.globalRegistry, { description: "Risk treatment plans (6.1.3 e).", examples: [[{ id: "tp-1", title: "Harden remote access", riskIds: ["r-ransomware"] }]] }),
    changes: z.array(ChangeSchema).default([]).register(z.globalRegistry, { description: "Planned changes to the ISMS (6.3).", examples: [[{ id: "chg-1", title: "New identity provider", status: "approved" }]] }),
    competences: z.array(CompetenceSchema).default([]).register(z.globalRegistry, { description: "Competences and who holds them (7.2).", examples: [[{ id: "comp-cloud", name: "Cloud security engineering" }]] }),
    trainings: z.array(TrainingSchema).default([]).register(z.globalRegistry, { description: "Training and awareness (7.2, 7.3).", examples: [[{ id: "tr-2026", title: "Security awareness 2026", kind: "awareness", deliveredOn: "2026-02-10" }]] }),
    communications: z.array(CommunicationSchema).default([]).register(z.globalRegistry, { description: "Communication (7.4).", examples: [[{ id: "com-policy", subject: "Information security policy", audience: "All staff" }]] }),
    measurements: z.array(MeasurementSchema).default([]).register(z.globalRegistry, { description: "Monitoring and measurement (9.1).", examples: [[{ id: "m-mfa", name: "Share of accounts with MFA", target: "100 %" }]] }),
    auditProgramme: AuditProgrammeSchema.optional().register(z.globalRegistry, { description: "The internal audit programme (9.2.2)." }),
    audits: z.array(AuditSchema).default([]).register(z.globalRegistry, { description: "Audits: internal, a certification body's, of suppliers (9.2).", examples: [[{ id: "aud-2026", type: "internal", status: "completed", performedOn: "2026-05-04" }]] }),
    managementReviews: z.array(ManagementReviewSchema).default([]).register(z.globalRegistry, { description: "Management reviews (9.3).", examples: [[{ id: "mr-2026", heldOn: "2026-06-15", chairId: "p-ceo" }]] }),
    nonconformities: z.array(NonconformitySchema).default([]).register(z.globalRegistry, {
      description: "Nonconformities and corrective actions (10.2).",
      examples: [[{ id: "nc-2026-04", title: "Leavers kept access", source: "internal-audit", raisedOn: "2026-05-06", status: "open" }]],
    }),
    improvements: z.array(ImprovementSchema).default([]).register(z.globalRegistry, { description: "Improvements (10.1).", examples: [[{ id: "imp-1", title: "Automate leaver access removal", status: "proposed" }]] }),
    incidents: z.array(IncidentSchema).default([]).register(z.globalRegistry, {
      description: "Information security incidents and events (5.24–5.28).",
      examples: [[{ id: "inc-7", title: "Mailbox takeover", severity: "high", status: "closed", detectedOn: "2026-03-04" }]],
    }),
    suppliers: z.array(SupplierSchema).default([]).register(z.globalRegistry, { description: "Suppliers (5.19–5.23).", examples: [[{ id: "sup-aws", name: "Amazon Web Services", criticality: "critical" }]] }),
    evidence: z.array(EvidenceSchema).default([]).register(z.globalRegistry, { description: "Evidence: what proves what.", examples: [[{ id: "ev-mfa-export", title: "MFA policy export", kind: "configuration", collectedOn: "2026-03-01" }]] }),
    systems: z.array(SystemSchema).default([]).register(z.globalRegistry, { description: "Information systems in scope of access control, logging and secure development.", examples: [[{ id: "sys-github", name: "GitHub", type: "source-code", mfaRequired: true }]] }),
    accounts: z.array(AccountSchema).default([]).register(z.globalRegistry, { description: "Accounts on the systems (5.15–5.18, 8.2, 8.5).", examples: [[{ id: "acc-ada-github", systemId: "sys-github", username: "ada", personId: "p-ada", mfa: true }]] }),
    accessEvents: z.array(AccessEventSchema).default([]).register(z.globalRegistry, {
      description: "Joiner, mover and leaver events (5.11, 5.18, 6.1, 6.5, 6.6).",
      examples: [[{ id: "ae-1", type: "leaver", personId: "p-bob", effectiveOn: "2026-02-27", accessRemovedOn: "2026-02-27" }]],
    }),
    accessReviews: z.array(AccessReviewSchema).default([]).register(z.globalRegistry, { description: "Reviews of access rights (5.18, 8.2).", examples: [[{ id: "ar-1", systemId: "sys-github", reviewerId: "p-cto", status: "completed", performedOn: "2026-03-31" }]] }),
    logSources: z.array(LogSourceSchema).default([]).register(z.globalRegistry, {
      description: "Log sources (8.15–8.17).",
      examples: [[{ id: "ls-cloudtrail", name: "AWS CloudTrail", eventTypes: ["authentication", "configuration-change"], retentionDays: 365, integrity: "worm" }]],
    }),
    monitoringUseCases: z.array(MonitoringUseCaseSchema).default([]).register(z.globalRegistry, { description: "Monitoring use cases (8.16).", examples: [[{ id: "uc-brute-force", name: "Brute force on the VPN", status: "active" }]] }),
    timeSources: z.array(TimeSourceSchema).default([]).register(z.globalRegistry, { description: "Reference time sources (8.17).", examples: [[{ id: "ts-aws", name: "Amazon Time Sync", reference: "169.254.169.123" }]] }),
    backupJobs: z.array(BackupJobSchema).default([]).register(z.globalRegistry, { description: "Backup jobs (8.13).", examples: [[{ id: "bk-db", name: "Nightly database snapshot", intervalMinutes: 1440, retentionDays: 35, encrypted: true, offsite: true }]] }),
    restoreTests: z.array(RestoreTestSchema).default([]).register(z.globalRegistry, { description: "Restore tests (8.13).", examples: [[{ id: "rt-1", backupJobId: "bk-db", performedOn: "2026-03-12", result: "success" }]] }),
    businessImpactAnalysis: BusinessImpactAnalysisSchema.optional().register(z.globalRegistry, { description: "The business impact analysis: services with their RTO and RPO (5.30)." }),
    continuityExercises: z.array(ContinuityExerciseSchema).default([]).register(z.globalRegistry, {
      description: "Continuity and disaster-recovery exercises (5.29, 5.30, 8.14).",
      examples: [[{ id: "ce-1", title: "Region failover", kind: "disaster-recovery", type: "failover", performedOn: "2026-04-20", result: "met" }]],
    }),
    threatIntelSources: z.array(ThreatIntelSourceSchema).default([]).register(z.globalRegistry, { description: "Threat-intelligence sources (5.6, 5.7).", examples: [[{ id: "tis-cert", name: "National CERT advisories", kind: "government-cert" }]] }),
    threatIntelReports: z.array(ThreatIntelReportSchema).default([]).register(z.globalRegistry, {
      description: "Threat-intelligence reports and the actions taken (5.7).",
      examples: [[{ id: "tir-1", sourceId: "tis-cert", title: "Exploited VPN flaw", receivedOn: "2026-01-12", relevance: "relevant" }]],
    }),
    configurationBaselines: z.array(ConfigurationBaselineSchema).default([]).register(z.globalRegistry, { description: "Configuration baselines and compliance results (8.9).", examples: [[{ id: "cb-linux", name: "CIS hardened Linux" }]] }),
    cryptographicKeys: z.array(CryptographicKeySchema).default([]).register(z.globalRegistry, {
      description: "The cryptographic key inventory (8.24).",
      examples: [[{ id: "key-data", name: "Customer data key", algorithm: "AES-256-GCM", storage: "kms", createdOn: "2025-06-01" }]],
    }),
    endpointCoverage: z.array(EndpointCoverageSchema).default([]).register(z.globalRegistry, {
      description: "Coverage of endpoint controls: malware protection, encryption, management (8.1, 8.7).",
      examples: [[{ id: "ec-laptops", scope: "Company laptops", checkedOn: "2026-03-01", devices: 48, malwareProtected: 48 }]],
    }),
    releases: z.array(ReleaseSchema).default([]).register(z.globalRegistry, { description: "Releases of in-house systems and their security tests (8.25–8.29, 8.32).", examples: [[{ id: "rel-2026-03", systemId: "sys-shop", version: "4.2.0", releasedOn: "2026-03-18" }]] }),
    extensions: ExtensionsSchema.optional().register(z.globalRegistry, { description: "Tool-specific data about the whole document." }),
  })))
  .register(z.globalRegistry, { description: "An ISO/IEC 27001:2022 information security management system, as one isms-kit document." });

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
