import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { EntityIdSchema, ExtensionsSchema, NonEmptyStringSchema, RefSchema } from "../../src/core/primitives";
import * as api from "../../src/index";
import { RefListSchema } from "../../src/model/_lib/entitySchema";

/** For every schema: a value it accepts, and a value it rejects with the path of the problem. */
const cases: Record<string, { valid: unknown; invalid: unknown; path: (string | number)[] }> = {
  IsoDateSchema: { valid: "2024-02-29", invalid: "2023-02-29", path: [] },
  EntityIdSchema: { valid: "risk-1", invalid: " risk-1", path: [] },
  RefSchema: { valid: "p-1", invalid: "", path: [] },
  NonEmptyStringSchema: { valid: "x", invalid: " \n", path: [] },
  AnnexAControlIdSchema: { valid: "5.37", invalid: "5.38", path: [] },
  ClauseIdSchema: { valid: "10.2", invalid: "10.3", path: [] },
  SecurityPropertySchema: { valid: "integrity", invalid: "authenticity", path: [] },
  ExtensionsSchema: { valid: { "x:a": [1, { b: null }] }, invalid: { "x:a": () => 1 }, path: ["x:a"] },
  RefListSchema: { valid: ["a", "b"], invalid: ["a", 1], path: [1] },
  ApprovalSchema: { valid: { approvedById: "p", approvedOn: "2026-01-01" }, invalid: { approvedById: "p" }, path: ["approvedOn"] },
  ActionStatusSchema: { valid: "done", invalid: "closed", path: [] },
  ActionSchema: { valid: { id: "a", description: "x", status: "open" }, invalid: { id: "a", description: "x", status: "open", dueDate: "soon" }, path: ["dueDate"] },
  CertificationSchema: { valid: { edition: "2022", status: "certified" }, invalid: { edition: "2017", status: "certified" }, path: ["edition"] },
  OrganizationSchema: { valid: { name: "A" }, invalid: { name: "A", employees: -1 }, path: ["employees"] },
  ScopeInterfaceSchema: { valid: { description: "x" }, invalid: { description: "x", kind: "border" }, path: ["kind"] },
  ScopeExclusionSchema: { valid: { description: "x" }, invalid: { justification: "y" }, path: ["description"] },
  ScopeSchema: { valid: {}, invalid: { boundaries: { legal: [] } }, path: ["boundaries"] },
  ContextIssueSchema: { valid: { id: "c", kind: "internal", description: "x" }, invalid: { id: "c", kind: "inside", description: "x" }, path: ["kind"] },
  ClimateChangeAssessmentSchema: { valid: { relevant: false }, invalid: { relevant: "no" }, path: ["relevant"] },
  ContextSchema: { valid: { issues: [] }, invalid: { issues: [{ id: "c", kind: "external" }] }, path: ["issues", 0, "description"] },
  RequirementSchema: {
    valid: { id: "r", description: "x", type: "legal", addressedThroughIsms: true },
    invalid: { id: "r", description: "x", type: "legal" },
    path: ["addressedThroughIsms"],
  },
  InterestedPartySchema: { valid: { id: "i", name: "x", kind: "external" }, invalid: { id: "i", name: "x", kind: "external", relevant: 1 }, path: ["relevant"] },
  PersonSchema: { valid: { id: "p", name: "x" }, invalid: { id: "p", name: "x", status: "retired" }, path: ["status"] },
  RoleSchema: { valid: { id: "r", name: "x" }, invalid: { id: "r", name: "x", ismsDuties: ["approve"] }, path: ["ismsDuties", 0] },
  DocumentTypeSchema: { valid: "procedure", invalid: "memo", path: [] },
  DocumentSchema: { valid: { id: "d", title: "x", type: "record" }, invalid: { id: "d", title: "x", type: "record", reviewIntervalMonths: 0 }, path: ["reviewIntervalMonths"] },
  ObjectiveSchema: { valid: { id: "o", title: "x", status: "planned" }, invalid: { id: "o", title: "x", status: "done" }, path: ["status"] },
  AssetValuationSchema: { valid: { integrity: "high" }, invalid: { authenticity: "high" }, path: [] },
  AssetSchema: { valid: { id: "a", name: "x", type: "site" }, invalid: { id: "a", name: "x", type: "building" }, path: ["type"] },
  ThreatSchema: { valid: { id: "t", name: "x" }, invalid: { id: "t", name: "x", source: "insider" }, path: ["source"] },
  VulnerabilitySchema: { valid: { id: "v", name: "x" }, invalid: { id: "v", name: "x", severity: "severe" }, path: ["severity"] },
  RiskScaleEntrySchema: { valid: { id: "l", label: "Low" }, invalid: { id: "l", label: "Low", value: Number.NaN }, path: ["value"] },
  RiskAcceptanceAuthoritySchema: { valid: { level: "high", topManagement: true }, invalid: { level: "high", roleIds: [] }, path: [] },
  AuditTypeSchema: { valid: "special", invalid: "external", path: [] },
  CertificationDecisionSchema: { valid: { outcome: "continued", decidedOn: "2026-03-01" }, invalid: { outcome: "passed", decidedOn: "2026-03-01" }, path: ["outcome"] },
  PolicyStatementSchema: { valid: { commitments: ["continual-improvement"] }, invalid: { commitments: ["be-nice"] }, path: ["commitments", 0] },
  EvidenceKindSchema: { valid: "log", invalid: "photo", path: [] },
  IsmsParametersSchema: { valid: { incidentClosureDays: { low: 7 } }, invalid: { evidenceMaxAgeMonths: { log: 121 } }, path: ["evidenceMaxAgeMonths", "log"] },
  OpportunitySchema: { valid: { id: "o", title: "x", status: "identified" }, invalid: { id: "o", title: "x", status: "open" }, path: ["status"] },
  GradingPolicySchema: {
    valid: { systemic: { share: 0.25, minimumAffected: 3 }, minorsPerRequirement: 3, repeatedNonconformity: "major", uncorrectedCertificationNonconformity: "major", requiredActivityAbsent: "minor" },
    invalid: { systemic: { share: 1.5, minimumAffected: 3 }, minorsPerRequirement: 3, repeatedNonconformity: "major", uncorrectedCertificationNonconformity: "major", requiredActivityAbsent: "minor" },
    path: ["systemic", "share"],
  },
  RiskAcceptanceCriteriaSchema: { valid: { maxLevel: "low" }, invalid: { maxLevel: "low", validityMonths: 1.5 }, path: ["validityMonths"] },
  RiskMatrixDefinitionSchema: {
    valid: { id: "m", likelihood: [{ id: "a", label: "A" }], impact: [{ id: "b", label: "B" }], levels: [{ id: "c", label: "C" }], grid: [[0]] },
    invalid: { id: "m", likelihood: [], impact: [{ id: "b", label: "B" }], levels: [{ id: "c", label: "C" }], grid: [[0]] },
    path: ["likelihood"],
  },
  RiskMethodSchema: { valid: { preset: "5x5" }, invalid: { preset: "5x5", assessmentIntervalMonths: -12 }, path: ["assessmentIntervalMonths"] },
  RiskRatingSchema: { valid: { likelihood: "a", impact: "b" }, invalid: { likelihood: "a" }, path: ["impact"] },
  TreatmentOptionSchema: { valid: "share", invalid: "transfer", path: [] },
  RiskTreatmentSchema: { valid: { option: "avoid", avoidedActivity: "x" }, invalid: { option: "avoid", controlIds: "8.1" }, path: ["controlIds"] },
  RiskAcceptanceSchema: { valid: { acceptedById: "p", acceptedOn: "2026-01-01" }, invalid: { acceptedById: "p", acceptedOn: "01/01/2026" }, path: ["acceptedOn"] },
  RiskSchema: { valid: { id: "r", title: "x" }, invalid: { id: "r", title: "x", status: "accepted" }, path: ["status"] },
  InclusionReasonSchema: { valid: "business", invalid: "nice-to-have", path: [] },
  ImplementationStatusSchema: { valid: "planned", invalid: "done", path: [] },
  CustomControlDefinitionSchema: { valid: { title: "x" }, invalid: { title: "x", theme: "cyber" }, path: ["theme"] },
  ControlSchema: { valid: { id: "5.1", applicable: null }, invalid: { id: "5.1" }, path: ["applicable"] },
  PlanApprovalSchema: { valid: { approvedById: "p", approvedOn: "2026-01-01" }, invalid: { approvedOn: "2026-01-01" }, path: ["approvedById"] },
  TreatmentPlanSchema: { valid: { id: "t", title: "x" }, invalid: { id: "t", title: "x", actions: [{ id: "a", description: "y" }] }, path: ["actions", 0, "status"] },
  ChangeSchema: { valid: { id: "c", title: "x", status: "proposed" }, invalid: { id: "c", title: "x", status: "open" }, path: ["status"] },
  CompetenceHolderSchema: { valid: { personId: "p" }, invalid: { personId: "p", validUntil: "never" }, path: ["validUntil"] },
  CompetenceSchema: { valid: { id: "c", name: "x" }, invalid: { id: "c", name: "x", holders: [{}] }, path: ["holders", 0, "personId"] },
  TrainingSchema: { valid: { id: "t", title: "x", kind: "exercise" }, invalid: { id: "t", title: "x", kind: "webinar" }, path: ["kind"] },
  CommunicationSchema: { valid: { id: "c", subject: "x" }, invalid: { id: "c", subject: "x", direction: "both" }, path: ["direction"] },
  MeasurementResultSchema: { valid: { date: "2026-01-01", value: "green" }, invalid: { date: "2026-01-01", value: null }, path: ["value"] },
  MeasurementSchema: { valid: { id: "m", name: "x" }, invalid: { id: "m", name: "x", intervalMonths: 0 }, path: ["intervalMonths"] },
  AuditScopeSchema: { valid: {}, invalid: { clauseIds: ["A.5"] }, path: ["clauseIds", 0] },
  PlannedAuditSchema: { valid: { id: "p", plannedOn: "2026-01-01", scope: {} }, invalid: { id: "p", scope: {} }, path: ["plannedOn"] },
  AuditProgrammeSchema: { valid: {}, invalid: { period: { start: "2026-01-01" } }, path: ["period", "end"] },
  AuditFindingSchema: { valid: { id: "f", type: "ofi", description: "x" }, invalid: { id: "f", type: "nc", description: "x" }, path: ["type"] },
  AuditSchema: { valid: { id: "a", type: "internal", status: "planned" }, invalid: { id: "a", type: "internal", status: "done" }, path: ["status"] },
  ManagementReviewInputIdSchema: { valid: "g", invalid: "h", path: [] },
  ReviewDecisionSchema: { valid: { id: "d", kind: "change", description: "x" }, invalid: { id: "d", kind: "budget", description: "x" }, path: ["kind"] },
  ManagementReviewSchema: { valid: { id: "m" }, invalid: { id: "m", inputs: [{ input: "z" }] }, path: ["inputs", 0, "input"] },
  NonconformitySchema: {
    valid: { id: "n", title: "x", source: "complaint", raisedOn: "2026-01-01", status: "open" },
    invalid: { id: "n", title: "x", source: "complaint", raisedOn: "2026-01-01", status: "open", severity: "critical" },
    path: ["severity"],
  },
  ImprovementSchema: { valid: { id: "i", title: "x", status: "proposed" }, invalid: { id: "i", title: "x", status: "done" }, path: ["status"] },
  IncidentSchema: { valid: { id: "i", title: "x", severity: "low", detectedOn: "2026-01-01", status: "open" }, invalid: { id: "i", title: "x", severity: "low", status: "open" }, path: ["detectedOn"] },
  SupplierSchema: { valid: { id: "s", name: "x", criticality: "low" }, invalid: { id: "s", name: "x", criticality: "none" }, path: ["criticality"] },
  EvidenceSchema: {
    valid: { id: "e", title: "x", kind: "log", collectedOn: "2026-01-01" },
    invalid: { id: "e", title: "x", kind: "log", collectedOn: "2026-01-01", hash: { algorithm: "sha256", value: "xyz" } },
    path: ["hash", "value"],
  },
  IsmsSchema: { valid: { schemaVersion: "1.0", organization: { name: "x" } }, invalid: { schemaVersion: "1.0", organization: {} }, path: ["organization", "name"] },
  ImpactFactorSchema: { valid: { id: "financial", weight: 2 }, invalid: { id: "financial", weight: -1 }, path: ["weight"] },
  ImpactBandSchema: { valid: { minScore: 7, impact: "major" }, invalid: { minScore: 7 }, path: ["impact"] },
  ImpactCombinationSchema: { valid: { method: "max" }, invalid: { method: "median" }, path: ["method"] },
  PertSchema: { valid: { min: 1, mode: 2, max: 10 }, invalid: { min: 1, mode: 2, max: "10" }, path: ["max"] },
  LossEventFrequencySchema: { valid: { poisson: { rate: 0.5 } }, invalid: { poisson: { rate: -1 } }, path: ["poisson", "rate"] },
  LossMagnitudeSchema: { valid: { lognormal: { p05: 1_000, p95: 100_000 } }, invalid: { lognormal: { p05: 1_000, p95: 100 } }, path: ["lognormal", "p95"] },
  LossScenarioSchema: {
    valid: { frequency: { poisson: { rate: 0.5 } }, magnitude: { lognormal: { p05: 1_000, p95: 100_000 } } },
    invalid: { frequency: { poisson: { rate: 0.5 } } },
    path: ["magnitude"],
  },
  IsoDateTimeSchema: { valid: "2026-03-29T01:30:00+01:00", invalid: "2026-03-29T01:30:00", path: [] },
  IncidentTriageSchema: {
    valid: { decidedAt: "2026-03-04T10:05:00+01:00", decidedById: "p", classification: "incident", regimes: ["nis2-early-warning"] },
    invalid: { decidedAt: "2026-03-04T10:05:00+01:00", decidedById: "p", classification: "incident", regimes: ["ccpa"] },
    path: ["regimes", 0],
  },
  IncidentNotificationSchema: { valid: { id: "n", regime: "dora-initial", recipient: "BaFin" }, invalid: { id: "n", regime: "dora-initial", recipient: "BaFin", sentAt: "2026-03-04" }, path: ["sentAt"] },
  CustodyTransferSchema: { valid: { at: "2026-03-04T11:00:00Z", toId: "p" }, invalid: { at: "2026-03-04T11:00:00Z" }, path: ["toId"] },
  ForensicEvidenceSchema: {
    valid: { id: "e", description: "Image", collectedAt: "2026-03-04T11:00:00Z", collectedById: "p" },
    invalid: { id: "e", description: "Image", collectedAt: "2026-03-04T11:00:00Z", collectedById: "p", hash: { algorithm: "md5", value: "ab" } },
    path: ["hash", "algorithm"],
  },
  CvssSchema: { valid: { version: "3.1", vector: "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", score: 9.8 }, invalid: { version: "3.1", score: 9.85 }, path: ["score"] },
  VulnerabilityExceptionSchema: {
    valid: { ownerId: "a", approvedById: "b", approvedOn: "2026-01-01", expiresOn: "2026-03-01", justification: "x" },
    invalid: { ownerId: "a", approvedById: "b", approvedOn: "2026-01-01", justification: "x" },
    path: ["expiresOn"],
  },
  SupplierAttestationSchema: { valid: { id: "a", type: "soc2-type2", expiresOn: "2027-03-31" }, invalid: { id: "a", type: "soc3", expiresOn: "2027-03-31" }, path: ["type"] },
  SystemSchema: { valid: { id: "s", name: "x", type: "saas" }, invalid: { id: "s", name: "x", type: "mainframe" }, path: ["type"] },
  AccountSchema: { valid: { id: "a", systemId: "s", username: "u", privilege: "privileged" }, invalid: { id: "a", systemId: "s", username: "u", privilege: "root" }, path: ["privilege"] },
  AccessEventSchema: { valid: { id: "e", type: "mover", personId: "p", effectiveOn: "2026-01-01" }, invalid: { id: "e", type: "transfer", personId: "p", effectiveOn: "2026-01-01" }, path: ["type"] },
  AccessReviewSchema: { valid: { id: "r", systemId: "s", reviewerId: "p", status: "completed" }, invalid: { id: "r", systemId: "s", reviewerId: "p", status: "completed", accountsReviewed: -1 }, path: ["accountsReviewed"] },
  LogReviewSchema: { valid: { performedOn: "2026-01-01" }, invalid: { performedOn: "2026-01-01", reviewerId: 3 }, path: ["reviewerId"] },
  LogSourceSchema: {
    valid: { id: "l", name: "x", eventTypes: ["authentication"], retentionDays: 365, integrity: "signed" },
    invalid: { id: "l", name: "x", eventTypes: [], retentionDays: 365, integrity: "signed" },
    path: ["eventTypes"],
  },
  MonitoringUseCaseSchema: { valid: { id: "u", name: "x", status: "active", attackTechniques: ["T1110.003"] }, invalid: { id: "u", name: "x", status: "active", attackTechniques: ["TA0001"] }, path: ["attackTechniques", 0] },
  TimeSourceSchema: { valid: { id: "t", name: "x", reference: "pool.ntp.org" }, invalid: { id: "t", name: "x", reference: "pool.ntp.org", maxDriftMs: 1.5 }, path: ["maxDriftMs"] },
  BackupJobSchema: {
    valid: { id: "b", name: "x", intervalMinutes: 60, retentionDays: 35, encrypted: true, offsite: true },
    invalid: { id: "b", name: "x", intervalMinutes: 0, retentionDays: 35, encrypted: true, offsite: true },
    path: ["intervalMinutes"],
  },
  RestoreTestSchema: { valid: { id: "t", backupJobId: "b", performedOn: "2026-01-01", result: "partial" }, invalid: { id: "t", backupJobId: "b", performedOn: "2026-01-01", result: "ok" }, path: ["result"] },
  BusinessServiceSchema: { valid: { id: "s", name: "x", criticality: "high", rtoMinutes: 240, rpoMinutes: 60 }, invalid: { id: "s", name: "x", criticality: "high", rtoMinutes: 240 }, path: ["rpoMinutes"] },
  BusinessImpactAnalysisSchema: { valid: { performedOn: "2026-01-01" }, invalid: { performedOn: "2026-01-01", services: [{ id: "s", name: "x", criticality: "high", rtoMinutes: -1, rpoMinutes: 0 }] }, path: ["services", 0, "rtoMinutes"] },
  ContinuityExerciseSchema: {
    valid: { id: "x", title: "t", kind: "disaster-recovery", type: "failover", performedOn: "2026-01-01", result: "met" },
    invalid: { id: "x", title: "t", kind: "disaster-recovery", type: "drill", performedOn: "2026-01-01", result: "met" },
    path: ["type"],
  },
  ThreatIntelSourceSchema: { valid: { id: "s", name: "x", kind: "isac" }, invalid: { id: "s", name: "x", kind: "twitter" }, path: ["kind"] },
  ThreatIntelActionSchema: { valid: { description: "x" }, invalid: { description: "x", takenOn: "today" }, path: ["takenOn"] },
  ThreatIntelReportSchema: { valid: { id: "r", sourceId: "s", title: "x", receivedOn: "2026-01-01", relevance: "relevant" }, invalid: { id: "r", sourceId: "s", title: "x", receivedOn: "2026-01-01", relevance: "high" }, path: ["relevance"] },
  ComplianceResultSchema: { valid: { checkedOn: "2026-01-01", checked: 10, compliant: 9 }, invalid: { checkedOn: "2026-01-01", checked: 10, compliant: 11 }, path: ["compliant"] },
  ConfigurationBaselineSchema: { valid: { id: "b", name: "x" }, invalid: { id: "b", name: "x", targetCompliancePercent: 101 }, path: ["targetCompliancePercent"] },
  CryptographicKeySchema: {
    valid: { id: "k", name: "x", algorithm: "AES-256-GCM", storage: "hsm", createdOn: "2026-01-01" },
    invalid: { id: "k", name: "x", algorithm: "AES-256-GCM", storage: "usb-stick", createdOn: "2026-01-01" },
    path: ["storage"],
  },
  EndpointCoverageSchema: {
    valid: { id: "c", scope: "Laptops", checkedOn: "2026-01-01", devices: 10, malwareProtected: 10, encrypted: 9 },
    invalid: { id: "c", scope: "Laptops", checkedOn: "2026-01-01", devices: 10, malwareProtected: 10, encrypted: 12 },
    path: ["encrypted"],
  },
  SecurityTestSchema: { valid: { kind: "dast", result: "pass" }, invalid: { kind: "fuzzing", result: "pass" }, path: ["kind"] },
  ReleaseSchema: { valid: { id: "r", systemId: "s", version: "1", releasedOn: "2026-01-01" }, invalid: { id: "r", systemId: "s", version: "1", releasedOn: "2026-01-01", codeReviewed: "yes" }, path: ["codeReviewed"] },
  NotificationRegimeIdSchema: { valid: "nis2-final-report", invalid: "nis2-progress-report", path: [] },
  ControlDecision2013Schema: { valid: { id: "A.9.4.2", applicable: true }, invalid: { id: "A.9.4.9", applicable: true }, path: ["id"] },
};

/** Schemas that are not public but shape every entity: tested here all the same. */
const internalSchemas: Record<string, z.ZodType> = { EntityIdSchema, RefSchema, NonEmptyStringSchema, ExtensionsSchema, RefListSchema };

const exportedSchemas = [...Object.entries(api).filter(([name]) => /^[A-Z]\w*Schema$/.test(name)), ...Object.entries(internalSchemas)] as [string, z.ZodType][];

describe("every public schema, and the internal ones every entity uses", () => {
  it("has a case in this test", () => {
    expect(exportedSchemas.map(([name]) => name).filter((name) => !(name in cases))).toEqual([]);
  });

  describe.each(exportedSchemas)("%s", (name, schema) => {
    const c = cases[name]!;
    it("accepts a valid value", () => {
      const result = schema.safeParse(c.valid);
      expect(result.error?.issues ?? []).toEqual([]);
    });
    it("rejects an invalid value at the right path", () => {
      const result = schema.safeParse(c.invalid);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path)).toContainEqual(c.path);
    });
  });

  it("rejects unknown fields on entities instead of dropping them", () => {
    const result = api.PersonSchema.safeParse({ id: "p", name: "x", nickname: "y" });
    expect(result.error?.issues[0]?.code).toBe("unrecognized_keys");
  });
});
