import { removeCollection } from "../../_fixtures/removeCollection";
import { byId, type RuleCase } from "./RuleCase";

export const annexA: RuleCase[] = [
  { rule: "A.5.1-topic-specific-policies", when: "no topic-specific policy is approved", change: (d) => void (byId(d.documents, "doc-acp").status = "draft"), severity: "minor", message: "no topic-specific policy is approved" },
  { rule: "A.5.1-topic-specific-policies", when: "there is no topic-specific policy", change: (d) => void (byId(d.documents, "doc-acp").type = "procedure"), severity: "minor", message: "there is no topic-specific policy" },
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
    change: (d) => void d.incidents.push({ id: "inc-2", title: "Leak", severity: "high", detectedOn: "2026-09-01", status: "contained" }),
    severity: "minor",
    message: "is still contained",
  },
  { rule: "A.5.27-lessons-learned", when: "a medium incident records no lessons", change: (d) => void delete d.incidents[0].lessonsLearned, severity: "ofi", message: "inc-1" },
  { rule: "A.5.31-legal-requirements", when: "no legal requirement is recorded", change: (d) => void (d.interestedParties[1].requirements[0].type = "contractual"), severity: "minor", message: "no legal or regulatory requirement" },
  { rule: "A.5.35-independent-review", when: "no independent review in a year", change: (d) => void (byId(d.people, "p-aud").external = false), severity: "minor", message: "no independent review was completed since 2025-11-28" },
  { rule: "A.8.8-vulnerabilities-handled", when: "a high vulnerability is open for months", change: (d) => void (d.vulnerabilities[0].status = "open"), severity: "minor", message: "has been open since 2025-06-01" },
];
