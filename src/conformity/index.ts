// Conformity checks (issue 6): rules, the engine, its report, and the certification cycle.
export { conformitySeverities, type ConformitySeverity } from "./ConformitySeverity";
export type { ConformityFinding } from "./ConformityFinding";
export type { ConformityCheckResult, ConformityNotAssessable, ConformityRule, ConformityRuleFinding } from "./ConformityRule";
export type { ConformityContext, ConformityIndex, IndexedEntity } from "./ConformityContext";
export type {
  AuditReadiness,
  ClauseConformity,
  ClauseConformityStatus,
  ConformityReport,
  ConformityRuleOutcome,
  ControlConformity,
  ControlConformityStatus,
} from "./ConformityReport";
export { ConformityRuleError, type ConformityRuleIssue } from "./ConformityRuleError";
export { conformityRules } from "./conformityRules";
export { defineConformityRule } from "./defineConformityRule";
export { checkConformity, type CheckConformityOptions } from "./checkConformity";
export { conformityReportToMarkdown } from "../export/conformityReportToMarkdown";
export {
  planCertificationCycle,
  type CertificationCycle,
  type CertificationCycleAudit,
  type PlanCertificationCycleOptions,
} from "./planCertificationCycle";
export { certificationStatus, type CertificationStatusOptions, type CertificationStatusResult } from "./getCertificationStatus";
