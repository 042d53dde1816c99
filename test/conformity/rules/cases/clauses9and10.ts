import { removeCollection } from "../../_fixtures/removeCollection";
import { byId, type RuleCase } from "./RuleCase";

export const clauses9and10: RuleCase[] = [
  { rule: "9.1-measurements-defined", when: "nothing is measured", change: (d) => removeCollection(d, "measurements"), severity: "major", message: "no measurement is defined" },
  { rule: "9.1-measurement-plan", when: "a measurement states no method", change: (d) => void delete d.measurements[0].method, severity: "minor", message: "does not state a method" },
  { rule: "9.1-measurement-plan", when: "nobody analyses the results", change: (d) => void delete d.measurements[0].analystId, severity: "minor", message: "does not state who analyses and evaluates the results" },
  { rule: "9.1-measurement-results", when: "no measurement has results", change: (d) => void (d.measurements[0].results = []), severity: "major", message: "no monitoring or measurement result" },
  {
    rule: "9.1-measurement-results",
    when: "one measurement of two has no results",
    change: (d) => void d.measurements.push({ id: "m-2", name: "Incidents", method: "Count", frequency: "Monthly", responsibleId: "p-it", analystId: "p-ceo" }),
    severity: "minor",
    message: '"Incidents" has no result',
  },
  {
    rule: "9.1-measurement-results",
    when: "two intervals were missed",
    change: (d) => void (d.measurements[0].results = [{ date: "2026-03-31", value: 60, analysedOn: "2026-04-02" }]),
    severity: "minor",
    message: "two or more intervals missed",
  },
  {
    rule: "9.1-measurement-results",
    when: "one interval was missed",
    change: (d) => void (d.measurements[0].results = [{ date: "2026-08-15", value: 60, analysedOn: "2026-08-20" }]),
    severity: "ofi",
    message: "its last result is from 2026-08-15",
  },
  { rule: "9.1-results-analysed", when: "the latest result was not analysed", change: (d) => void delete d.measurements[0].results[1].analysedOn, severity: "ofi", message: "m-1" },
  { rule: "9.2.1-internal-audit-performed", when: "no internal audit was carried out", change: (d) => removeCollection(d, "audits"), severity: "major", message: "no internal audit has been carried out" },
  {
    rule: "9.2.1-internal-audit-performed",
    when: "the only internal audit is still planned",
    change: (d) => {
      Object.assign(d.audits[0], { status: "planned", plannedOn: "2026-12-14" });
      delete d.audits[0].performedOn;
    },
    severity: "major",
    message: "no internal audit has been carried out",
  },
  {
    rule: "9.2.1-audit-interval",
    when: "the next audit is late, within the slack",
    change: (d) => void (d.audits[0].performedOn = "2025-11-10"),
    severity: "minor",
    message: "the internal audit due by 2026-11-10 (every 12 months (the organisation's) since 2025-11-10) has not been carried out yet",
  },
  {
    rule: "9.2.1-audit-interval",
    when: "no audit was held in the interval and the slack",
    change: (d) => void (d.audits[0].performedOn = "2025-10-01"),
    severity: "major",
    message: "so internal audit is absent from its period",
  },
  {
    rule: "9.2.1-audit-interval",
    when: "the organisation audits every five months and the last audit is seven months old",
    change: (d) => void (d.parameters.internalAuditIntervalMonths = 5),
    severity: "major",
    message: "every 5 months (the organisation's)",
  },
  {
    rule: "9.2.2-audit-programme",
    when: "there is neither a programme nor an audit",
    change: (d) => removeCollection(removeCollection(d, "audits"), "auditProgramme"),
    severity: "major",
    message: "no internal audit programme and no internal audit",
  },
  { rule: "9.2.2-audit-programme", when: "audits are held without a programme", change: (d) => removeCollection(d, "auditProgramme"), severity: "minor", message: "without a planned audit programme" },
  { rule: "9.2.2-audit-programme", when: "the programme states no methods", change: (d) => void delete d.auditProgramme.methods, severity: "ofi", message: "its methods" },
  {
    rule: "9.2.2-programme-covers-clauses",
    when: "no audit covers clause 10",
    change: (d) => {
      d.auditProgramme.plannedAudits[0].scope.clauseIds = ["4", "5", "6", "7", "8", "9"];
      d.audits[0].scope.clauseIds = ["4", "5", "6", "7", "8", "9"];
    },
    severity: "minor",
    message: "leave out 2 clauses: 10.1 and 10.2",
  },
  {
    rule: "9.2.2-programme-covers-controls",
    when: "no audit covers control 5.1",
    change: (d) => void (d.auditProgramme.plannedAudits[0].scope.controlIds = d.auditProgramme.plannedAudits[0].scope.controlIds.filter((id: string) => id !== "5.1")),
    severity: "minor",
    message: "leave out 1 applicable control of 92: 5.1",
  },
  {
    rule: "9.2.2-audits-on-plan",
    when: "a planned audit was not carried out",
    change: (d) => void d.auditProgramme.plannedAudits.push({ id: "pa-2", title: "Follow-up", plannedOn: "2026-09-01", scope: { clauseIds: ["10"] }, auditorIds: ["p-aud"] }),
    severity: "minor",
    message: 'the internal audit "Follow-up" planned on 2026-09-01 has not been carried out',
  },
  { rule: "9.2.2-auditor-objectivity", when: "the auditor is an auditee", change: (d) => void d.audits[0].auditeeIds.push("p-aud"), severity: "minor", message: "audited as well as being audited" },
  {
    rule: "9.2.2-auditor-objectivity",
    when: "the auditor owns a control in scope",
    change: (d) => {
      d.audits[0].scope.controlIds = ["5.1"];
      byId(d.controls, "5.1").ownerId = "p-aud";
    },
    severity: "minor",
    message: '"p-aud" owns 1 control in scope (5.1)',
  },
  {
    rule: "9.2.2-auditor-objectivity",
    when: "the auditor owns the documents of the clauses audited",
    change: (d) => void (byId(d.documents, "doc-risk").ownerId = "p-aud"),
    severity: "minor",
    message: "owns documents of the clauses audited",
  },
  { rule: "9.2.2-auditor-objectivity", when: "no auditor is named", change: (d) => void (d.audits[0].auditorIds = []), severity: "minor", message: "names no auditor" },
  { rule: "9.2.2-results-reported", when: "results were reported to nobody", change: (d) => void (d.audits[0].reportedToIds = []), severity: "minor", message: "were not reported to anyone" },
  { rule: "9.2.2-results-reported", when: "there is no audit report", change: (d) => void delete d.audits[0].reportDocumentId, severity: "ofi", message: "no audit report on file: aud-1" },
  { rule: "9.2.2-audit-criteria-scope", when: "the audit states no criteria", change: (d) => void delete d.audits[0].criteria, severity: "minor", message: "aud-1" },
  { rule: "9.3.1-management-review-held", when: "no review was held", change: (d) => removeCollection(d, "managementReviews"), severity: "major", message: "no management review has been held" },
  {
    rule: "9.3.1-management-review-held",
    when: "the only review is still planned",
    change: (d) => {
      delete d.managementReviews[0].heldOn;
      d.managementReviews[0].plannedOn = "2027-01-12";
    },
    severity: "major",
    message: "the first is planned on 2027-01-12",
  },
  {
    rule: "9.3.1-review-interval",
    when: "the next review is late, within the slack",
    change: (d) => void Object.assign(d.managementReviews[0], { plannedOn: "2025-11-10", heldOn: "2025-11-10" }),
    severity: "minor",
    message: "the management review due by 2026-11-10",
  },
  {
    rule: "9.3.1-review-interval",
    when: "no review was held in the interval and the slack",
    change: (d) => void Object.assign(d.managementReviews[0], { plannedOn: "2025-10-01", heldOn: "2025-10-01" }),
    severity: "major",
    message: "so the review is absent from its period",
  },
  {
    rule: "9.3.1-review-interval",
    when: "the organisation reviews every four months and the last review is six months old",
    change: (d) => void (d.parameters.managementReviewIntervalMonths = 4),
    severity: "major",
    message: "every 4 months (the organisation's)",
  },
  { rule: "9.3.1-review-interval", when: "a planned review was not held", change: (d) => void d.managementReviews.push({ id: "mr-2", plannedOn: "2026-09-01" }), severity: "minor", message: "planned on 2026-09-01 has not been held" },
  {
    rule: "9.3.1-top-management-attends",
    when: "top management did not take part",
    change: (d) => void Object.assign(d.managementReviews[0], { chairId: "p-it", attendeeIds: ["p-it"] }),
    severity: "minor",
    message: "no member of top management",
  },
  { rule: "9.3.2-review-inputs", when: "a review missed inputs", change: (d) => void (d.managementReviews[0].inputs = [{ input: "a" }, { input: "b" }]), severity: "minor", message: "5 required inputs: c (" },
  { rule: "9.3.3-review-decisions", when: "a review records no decision", change: (d) => void (d.managementReviews[0].decisions = []), severity: "minor", message: "records no decision" },
  {
    rule: "9.3.3-review-decisions",
    when: "no decision concerns improvement or change",
    change: (d) => void (d.managementReviews[0].decisions = d.managementReviews[0].decisions.filter((x: { kind: string }) => x.kind === "resources")),
    severity: "ofi",
    message: "no decision on improvement or change",
  },
  { rule: "9.3.3-review-minutes", when: "a review keeps no minutes", change: (d) => void delete d.managementReviews[0].minutesDocumentId, severity: "minor", message: "has no minutes on file" },
  {
    rule: "9.3.3-review-actions-on-time",
    when: "a review action is overdue",
    change: (d) => {
      const action = d.managementReviews[0].actions[0];
      action.status = "open";
      delete action.completedOn;
    },
    severity: "minor",
    message: "was due on 2026-07-01 and is open",
  },
  {
    rule: "10.1-improvement-pursued",
    when: "nothing shows improvement",
    change: (d) => {
      const out = removeCollection(removeCollection(d, "improvements"), "nonconformities");
      out.managementReviews[0].decisions = out.managementReviews[0].decisions.filter((x: { kind: string }) => x.kind !== "improvement");
      return out;
    },
    severity: "minor",
    message: "nothing in the document shows continual improvement",
  },
  { rule: "10.1-improvement-pursued", when: "an approved improvement has no owner", change: (d) => void delete d.improvements[0].ownerId, severity: "ofi", message: "imp-1" },
  {
    rule: "10.2-audit-findings-followed-up",
    when: "an audit finding is not recorded as a nonconformity",
    change: (d) => {
      delete d.audits[0].findings[0].nonconformityId;
      delete d.nonconformities[0].auditFindingId;
    },
    severity: "minor",
    message: "is not recorded as a nonconformity",
  },
  { rule: "10.2-reaction-and-root-cause", when: "no root cause was analysed", change: (d) => void delete d.nonconformities[0].rootCause, severity: "minor", message: "no root-cause analysis" },
  { rule: "10.2-reaction-and-root-cause", when: "no reaction is recorded", change: (d) => void delete d.nonconformities[0].reaction, severity: "minor", message: '"Late review" records no reaction to control and correct it' },
  {
    rule: "10.2-certification-nonconformities-corrected",
    when: "a certification body's nonconformity is still open before its next audit",
    change: (d) => {
      const nc = byId(d.nonconformities, "nc-cb-1");
      Object.assign(nc, { status: "in-progress" });
      delete nc.closedOn;
      delete nc.effectivenessReview;
      d.audits = d.audits.filter((a: { id: string }) => a.id !== "cb-sv1");
    },
    severity: "minor",
    message: "is still open; the body will verify its correction at its next audit",
  },
  {
    rule: "10.2-certification-nonconformities-corrected",
    when: "a certification body's nonconformity was not corrected by its next audit",
    change: (d) => {
      const nc = byId(d.nonconformities, "nc-cb-1");
      Object.assign(nc, { status: "in-progress" });
      delete nc.closedOn;
      delete nc.effectivenessReview;
    },
    severity: "major",
    message: "was not corrected by the body's next audit (the surveillance audit of 2026-10-12)",
  },
  {
    rule: "10.2-corrective-actions-on-time",
    when: "a corrective action is overdue",
    change: (d) => {
      const nc = d.nonconformities[0];
      Object.assign(nc, { status: "in-progress" });
      delete nc.closedOn;
      delete nc.effectivenessReview;
      nc.correctiveActions[0].status = "in-progress";
      delete nc.correctiveActions[0].completedOn;
    },
    severity: "minor",
    message: "was due on 2026-05-31 and is in-progress",
  },
  {
    rule: "10.2-corrective-actions-on-time",
    when: "an open nonconformity has no corrective action",
    change: (d) => {
      const nc = d.nonconformities[0];
      Object.assign(nc, { status: "open", correctiveActions: [] });
      delete nc.closedOn;
      delete nc.effectivenessReview;
    },
    severity: "minor",
    message: "still has no corrective action",
  },
  { rule: "10.2-effectiveness-reviewed", when: "a nonconformity was closed without review", change: (d) => void delete d.nonconformities[0].effectivenessReview, severity: "minor", message: "without reviewing the effectiveness" },
  { rule: "10.2-effectiveness-reviewed", when: "a nonconformity was closed although ineffective", change: (d) => void (d.nonconformities[0].effectivenessReview.effective = false), severity: "minor", message: "found ineffective" },
];
