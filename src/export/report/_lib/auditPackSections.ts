import type { AuditPackSection } from "./AuditPackData";
import { clausesSection } from "./clausesSection";
import { findingsSection } from "./findingsSection";
import { heatmapSection } from "./heatmapSection";
import { managementReviewSection } from "./managementReviewSection";
import { riskRegisterSection } from "./riskRegisterSection";
import { soaSection } from "./soaSection";
import { summarySection } from "./summarySection";

/** The sections of the audit pack, in order; the contents list follows this list. Add a section here. */
export const auditPackSections: readonly AuditPackSection[] = [
  summarySection,
  findingsSection,
  heatmapSection,
  riskRegisterSection,
  soaSection,
  managementReviewSection,
  clausesSection,
];
