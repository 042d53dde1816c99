import { dropReferences, removeCollection } from "../../_fixtures/removeCollection";
import { byId, type RuleCase } from "./RuleCase";

export const annexA: RuleCase[] = [
  { rule: "A.5.1-topic-specific-policies", when: "no topic-specific policy is approved", change: (d) => void (byId(d.documents, "doc-acp").status = "draft"), severity: "minor", message: "no topic-specific policy is approved" },
  { rule: "A.5.1-topic-specific-policies", when: "there is no topic-specific policy", change: (d) => void (byId(d.documents, "doc-acp").type = "procedure"), severity: "minor", message: "there is no topic-specific policy" },
  {
    rule: "A.5.1-policies-reviewed",
    when: "the policy is overdue for review",
    change: (d) => void Object.assign(byId(d.documents, "doc-pol"), { lastReviewedOn: "2025-01-05", approval: { approvedById: "p-ceo", approvedOn: "2025-01-10" } }),
    severity: "minor",
    message: "was due for review on 2026-01-05 (last reviewed 2025-01-05; its own interval)",
  },
  {
    rule: "A.5.1-policies-reviewed",
    when: "a topic-specific policy without an interval is older than the default",
    change: (d) => void Object.assign(byId(d.documents, "doc-acp"), { reviewIntervalMonths: undefined, lastReviewedOn: "2025-09-01", approval: { approvedById: "p-ceo", approvedOn: "2025-09-01" } }),
    severity: "minor",
    message: "every 12 months (default)",
  },
  {
    rule: "A.5.1-policies-reviewed",
    when: "neither the policy nor the organisation plans a review interval",
    change: (d) => void delete byId(d.documents, "doc-pol").reviewIntervalMonths,
    severity: "ofi",
    message: "no planned review interval",
  },
  { rule: "A.5.9-asset-inventory", when: "an asset has no owner", change: (d) => void delete d.assets[0].ownerId, severity: "minor", message: "1 asset of 1 has no active owner" },
  {
    rule: "A.5.9-asset-inventory",
    when: "most assets have no owner",
    change: (d) => {
      for (let i = 0; i < 3; i++) d.assets.push({ id: `a-x${i}`, name: `Laptop ${i}`, type: "hardware" });
    },
    severity: "major",
    message: "3 assets of 4",
  },
  { rule: "A.5.9-asset-inventory", when: "the inventory is empty", change: (d) => removeCollection(d, "assets"), severity: "minor", message: "the asset inventory is empty" },
  { rule: "A.5.12-information-classified", when: "an information asset is not classified", change: (d) => void delete d.assets[0].classification, severity: "ofi", message: "a-1" },
  { rule: "A.5.20-supplier-agreements", when: "no requirements are agreed with a critical supplier", change: (d) => void delete d.suppliers[0].securityRequirementsAgreed, severity: "minor", message: 'critical supplier "Cloud Co"' },
  { rule: "A.5.22-supplier-monitoring", when: "a critical supplier is overdue for review", change: (d) => void (d.suppliers[0].lastAssessedOn = "2025-06-01"), severity: "minor", message: "was due for reassessment on 2026-06-01" },
  { rule: "A.5.22-supplier-monitoring", when: "a critical supplier was never assessed", change: (d) => void delete d.suppliers[0].lastAssessedOn, severity: "minor", message: "has never been assessed" },
  {
    rule: "A.5.24-incident-handling",
    when: "a high incident is open for months",
    change: (d) => void d.incidents.push({ id: "inc-9", title: "Leak", severity: "high", detectedOn: "2026-09-01", status: "contained" }),
    severity: "minor",
    message: "is still contained after 88 days (closure target 30 days (default))",
  },
  {
    rule: "A.5.24-incident-handling",
    when: "a critical incident is still open, not contained, days after detection",
    change: (d) => void d.incidents.push({ id: "inc-9", title: "Ransomware", severity: "critical", detectedOn: "2026-11-25", status: "open" }),
    severity: "minor",
    message: "is still open, not contained, after 3 days (response target 4 hours (default))",
  },
  {
    rule: "A.5.24-incident-handling",
    when: "a low incident outlives the organisation's own closure target",
    change: (d) => {
      d.parameters.incidentClosureDays = { low: 7 };
      d.incidents.push({ id: "inc-9", title: "Lost badge", severity: "low", detectedOn: "2026-11-01", status: "contained" });
    },
    severity: "minor",
    message: "closure target 7 days (the organisation's)",
  },
  { rule: "A.5.27-lessons-learned", when: "a medium incident records no lessons", change: (d) => void delete d.incidents[0].lessonsLearned, severity: "ofi", message: "inc-1" },
  { rule: "A.5.31-legal-requirements", when: "no legal requirement is recorded", change: (d) => void (d.interestedParties[1].requirements[0].type = "contractual"), severity: "minor", message: "no legal or regulatory requirement" },
  {
    rule: "A.5.35-independent-review",
    when: "the only review in a year is an internal audit by the ISMS manager",
    change: (d) => {
      d.audits = d.audits.filter((a: { type: string }) => a.type === "internal");
      dropReferences(d, new Set(["cb-s1", "cb-s2", "cb-sv1", "cb-s2-f1"]));
      d.audits[0].auditorIds = ["p-it"];
    },
    severity: "minor",
    message: "no independent review was completed since 2025-11-28 (every 12 months (default))",
  },
  {
    rule: "A.8.8-vulnerabilities-handled",
    when: "a high vulnerability is open past the organisation's own target",
    change: (d) => void (d.vulnerabilities[0].status = "open"),
    severity: "minor",
    message: "has been open since 2025-06-01 (545 days; remediation target 120 days (the organisation's))",
  },
  {
    rule: "A.8.8-vulnerabilities-handled",
    when: "a medium vulnerability is open past the default target",
    change: (d) => void Object.assign(d.vulnerabilities[0], { status: "open", severity: "medium" }),
    severity: "minor",
    message: "remediation target 180 days (default)",
  },
];
