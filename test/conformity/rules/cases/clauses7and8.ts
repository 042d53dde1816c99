import { removeCollection } from "../../_fixtures/removeCollection";
import { byId, type RuleCase } from "./RuleCase";

export const clauses7and8: RuleCase[] = [
  {
    rule: "7.1-resources-determined",
    when: "nothing records resources",
    change: (d) => {
      delete d.objectives[0].resources;
      d.managementReviews[0].decisions = d.managementReviews[0].decisions.filter((x: { kind: string }) => x.kind !== "resources");
    },
    severity: "minor",
    message: "records the resources",
  },
  {
    rule: "7.2-competence-required",
    when: "an ISMS role names no competence",
    change: (d) => {
      d.roles[0].requiredCompetenceIds = [];
      d.competences[0].roleIds = [];
    },
    severity: "minor",
    message: "the competence it needs is not determined",
  },
  {
    rule: "7.2-competence-required",
    when: "another role names no competence",
    change: (d) => void d.roles.push({ id: "r-dev", name: "Developer", responsibilities: ["Code"], authorities: ["Merge"], holderIds: ["p-hr"] }),
    severity: "ofi",
    message: '"Developer"',
  },
  { rule: "7.2-competence-evidence", when: "a holder has no evidence", change: (d) => void (d.competences[0].holders[0].evidenceIds = []), severity: "minor", message: "without evidence of competence" },
  { rule: "7.2-competence-evidence", when: "a holder's competence expired", change: (d) => void (d.competences[0].holders[0].validUntil = "2026-01-01"), severity: "minor", message: "expired on 2026-01-01" },
  { rule: "7.2-competence-evidence", when: "a holder lacks the competence", change: (d) => void (d.competences[0].holders = []), severity: "minor", message: "does not hold the required competence" },
  { rule: "7.3-awareness-delivered", when: "no awareness was ever delivered", change: (d) => removeCollection(d, "trainings"), severity: "major", message: "no awareness activity" },
  { rule: "7.3-awareness-delivered", when: "the last awareness is over a year old", change: (d) => void d.trainings.forEach((t: { deliveredOn: string }) => (t.deliveredOn = "2025-06-01")), severity: "minor", message: "longer ago than the awareness interval of 12 months (default)" },
  {
    rule: "7.3-awareness-delivered",
    when: "the last awareness is older than the organisation's own interval",
    change: (d) => void (d.parameters.awarenessIntervalMonths = 6),
    severity: "minor",
    message: "6 months (the organisation's)",
  },
  {
    rule: "7.3-awareness-content",
    when: "awareness does not cover the implications of not conforming",
    change: (d) => void d.trainings.forEach((t: { awarenessTopics: string[] }) => (t.awarenessTopics = ["policy", "contribution"])),
    severity: "minor",
    message: "do not cover the implications of not conforming (7.3 c)",
  },
  { rule: "7.3-awareness-coverage", when: "most staff missed awareness", change: (d) => void (d.trainings[0].attendeeIds = ["p-it"]), severity: "minor", message: "3 people of 5" },
  {
    rule: "7.3-awareness-coverage",
    when: "one of several people missed awareness",
    change: (d) => {
      for (let i = 0; i < 4; i++) d.people.push({ id: `p-s${i}`, name: `Staff ${i}` });
      d.trainings[0].attendeeIds.push("p-s0", "p-s1", "p-s2");
    },
    severity: "ofi",
    message: "1 person of 9",
  },
  { rule: "7.4-communication-determined", when: "no communication is recorded", change: (d) => removeCollection(d, "communications"), severity: "minor", message: "no communication" },
  { rule: "7.4-communication-determined", when: "only external communication is recorded", change: (d) => void (d.communications[0].direction = "external"), severity: "ofi", message: "no internal communication" },
  { rule: "7.4-communication-determined", when: "a communication does not say how", change: (d) => void delete d.communications[0].channel, severity: "ofi", message: "com-1" },
  { rule: "7.5.1-documented-information", when: "there is no document", change: (d) => removeCollection(d, "documents"), severity: "major", message: "no current documented information" },
  {
    rule: "7.5.1-references-current",
    when: "a role refers to a retired document",
    change: (d) => {
      byId(d.documents, "doc-acp").status = "retired";
      d.roles[0].documentIds = ["doc-acp"];
    },
    severity: "minor",
    message: 'roles[0].documentIds[0] refers to the retired document "Access control policy"',
  },
  { rule: "7.5.2-documents-approved", when: "an approval is not recorded", change: (d) => void delete byId(d.documents, "doc-acp").approval, severity: "minor", message: "approval is not recorded" },
  {
    rule: "7.5.2-documents-approved",
    when: "a procedure is still a draft",
    change: (d) => {
      const acp = byId(d.documents, "doc-acp");
      acp.status = "draft";
      delete acp.approval;
    },
    severity: "ofi",
    message: "(draft)",
  },
  { rule: "7.5.2-documents-identified", when: "a document has no version", change: (d) => void delete byId(d.documents, "doc-acp").version, severity: "ofi", message: "doc-acp" },
  {
    rule: "7.5.2-documents-reviewed",
    when: "a document is overdue for review",
    change: (d) => void Object.assign(byId(d.documents, "doc-risk"), { lastReviewedOn: "2024-01-10", approval: { approvedById: "p-ceo", approvedOn: "2024-01-10" } }),
    severity: "minor",
    message: "was due for review on 2026-01-10 (last reviewed 2024-01-10; its own interval)",
  },
  {
    rule: "7.5.2-documents-reviewed",
    when: "a document without an interval is older than the organisation's",
    change: (d) => {
      delete byId(d.documents, "doc-risk").reviewIntervalMonths;
      d.parameters.documentReviewIntervalMonths = 6;
    },
    severity: "minor",
    message: "was due for review on 2026-07-10 (last reviewed 2026-01-10; every 6 months (the organisation's))",
  },
  {
    rule: "7.5.2-documents-reviewed",
    when: "most documents are overdue",
    change: (d) => {
      for (let i = 0; i < 3; i++) {
        d.documents.push({ id: `doc-p${i}`, title: `Procedure ${i}`, type: "procedure", status: "approved", approval: { approvedById: "p-ceo", approvedOn: "2024-01-01" }, reviewIntervalMonths: 12 });
      }
    },
    severity: "major",
    message: "3 of 7 approved documents are overdue",
  },
  {
    rule: "7.5.2-documents-reviewed",
    when: "neither the document nor the organisation plans a review interval",
    change: (d) => void delete byId(d.documents, "doc-risk").reviewIntervalMonths,
    severity: "ofi",
    message: "no planned review interval (judged by the 24 months (default) interval): doc-risk",
  },
  { rule: "7.5.3-documents-controlled", when: "a policy does not say where it is kept", change: (d) => void delete byId(d.documents, "doc-acp").location, severity: "ofi", message: "doc-acp" },
  { rule: "7.5.3-documents-controlled", when: "a record states no retention", change: (d) => void delete byId(d.documents, "doc-soa").retention, severity: "ofi", message: "no retention: doc-soa" },
  { rule: "7.5.3-evidence-retrievable", when: "evidence has neither location nor hash", change: (d) => void delete d.evidence[0].location, severity: "ofi", message: "ev-1" },
  {
    rule: "8.1-controls-implemented-on-time",
    when: "a control is past its planned date",
    change: (d) => void (byId(d.controls, "8.24").plannedImplementationDate = "2026-10-01"),
    severity: "minor",
    message: "control 8.24 was planned to be implemented by 2026-10-01",
  },
  {
    rule: "8.1-implemented-controls-evidenced",
    when: "an implemented control has no evidence",
    change: (d) => void (byId(d.evidence, "ev-all").controlIds = byId(d.evidence, "ev-all").controlIds.filter((id: string) => id !== "5.1")),
    severity: "minor",
    message: "control 5.1 is marked implemented but no evidence",
  },
  {
    rule: "8.1-implemented-controls-evidenced",
    when: "most implemented controls have no evidence",
    change: (d) => void (byId(d.evidence, "ev-all").controlIds = ["5.1"]),
    severity: "major",
    message: "implemented controls have no evidence",
  },
  { rule: "8.1-evidence-current", when: "evidence cited by a control has expired", change: (d) => void (byId(d.evidence, "ev-1").validUntil = "2026-10-01"), severity: "minor", message: '"MFA export" expired on 2026-10-01' },
  {
    rule: "8.1-evidence-current",
    when: "evidence without an expiry is older than its kind allows",
    change: (d) => void Object.assign(byId(d.evidence, "ev-1"), { validUntil: undefined, collectedOn: "2025-06-01" }),
    severity: "minor",
    message: "is older than the 12 months (default) allowed for evidence of kind configuration",
  },
  {
    rule: "8.1-evidence-current",
    when: "most evidence has expired",
    change: (d) => {
      byId(d.evidence, "ev-1").validUntil = "2026-10-01";
      byId(d.evidence, "ev-all").validUntil = "2026-10-01";
      byId(d.evidence, "ev-comp").controlIds = ["5.1"];
      byId(d.evidence, "ev-comp").validUntil = "2026-10-01";
    },
    severity: "major",
    message: "3 of 3 evidence records for implemented controls have expired",
  },
  {
    rule: "8.1-external-processes-controlled",
    when: "requirements are not agreed with a supplier the ISMS depends on",
    change: (d) => void (d.suppliers[0].securityRequirementsAgreed = false),
    severity: "minor",
    message: "no agreed security requirements",
  },
  {
    rule: "8.2-assessments-at-intervals",
    when: "a risk is overdue for reassessment",
    change: (d) => void Object.assign(byId(d.risks, "risk-1"), { identifiedOn: "2025-01-01", lastAssessedOn: "2025-06-01" }),
    severity: "minor",
    message: "was due for reassessment on 2026-06-01",
  },
  { rule: "8.2-assessments-at-intervals", when: "no interval is planned", change: (d) => void delete d.riskMethod.assessmentIntervalMonths, severity: "minor", message: "no interval for reassessing risks" },
  {
    rule: "8.2-reassessed-after-change",
    when: "an implemented change names no risk and no risk assessment",
    change: (d) => void (d.changes[0].riskIds = []),
    severity: "minor",
    message: 'change "New IdP" was implemented with no record that its risks were assessed',
  },
  {
    rule: "8.2-reassessed-after-change",
    when: "a risk was not reassessed after a change",
    change: (d) => void (d.changes[0].implementedOn = "2026-03-15"),
    severity: "minor",
    message: "has not been reassessed since change chg-1",
  },
  {
    rule: "8.2-reassessed-after-change",
    when: "a risk was not reassessed after a serious incident",
    change: (d) => void Object.assign(d.incidents[0], { severity: "high", detectedOn: "2026-04-01", resolvedOn: "2026-04-02" }),
    severity: "ofi",
    message: "linked to a serious incident",
  },
  {
    rule: "8.3-treatment-actions-on-time",
    when: "a treatment action is overdue",
    change: (d) => void (byId(d.treatmentPlans, "tp-2").actions[0].dueDate = "2026-11-01"),
    severity: "minor",
    message: "was due on 2026-11-01 and is in-progress",
  },
  {
    rule: "8.3-treatment-results-recorded",
    when: "a completed treatment left no residual rating",
    change: (d) => {
      const risk = byId(d.risks, "risk-1");
      delete risk.residual;
      delete risk.acceptance.acceptedRating;
    },
    severity: "minor",
    message: "is complete but no residual rating is recorded",
  },
  {
    rule: "8.3-treatment-results-recorded",
    when: "a completed treatment left a control unimplemented",
    change: (d) => void (byId(d.controls, "8.5").implementationStatus = "partially-implemented"),
    severity: "minor",
    message: "control 8.5 is not implemented",
  },
  { rule: "8.3-treatment-results-recorded", when: "a risk under treatment has no residual rating", change: (d) => void delete byId(d.risks, "risk-2").residual, severity: "ofi", message: "no residual rating yet: risk-2" },
];
