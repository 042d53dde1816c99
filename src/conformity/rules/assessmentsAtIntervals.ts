import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 8.2: risk assessments are performed at planned intervals. @category Conformity */
export const assessmentsAtIntervals = builtInRule({
  id: "8.2-assessments-at-intervals",
  clause: "8.2",
  title: "Risks are reassessed at planned intervals",
  description: `The risk method plans how often risks are reassessed (minor when it does not), and no open risk is past its reassessment date. Minor for each overdue risk; ${SYSTEMIC_RULE} (of the open risks).`,
  severity: "minor",
  stage: 2,
  hint: "Reassess the risk with its owner and record `lastAssessedOn`; set `riskMethod.assessmentIntervalMonths`.",
  check(isms, { riskRegister, gradingPolicy }) {
    if (isms.riskMethod === undefined) return { notAssessable: "no risk method is defined" };
    if (isms.riskMethod.assessmentIntervalMonths === undefined) {
      return [{ message: "the risk method sets no interval for reassessing risks", refs: ["/riskMethod"] }];
    }
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    const open = riskRegister.entries.filter((e) => e.status === "open");
    if (open.length === 0) return { notAssessable: "no open risk has been recorded" };
    const overdue = open.filter((e) => e.assessment.overdue);
    return gradeItems(
      overdue,
      open.length,
      gradingPolicy,
      (e) => ({
        message: e.assessment.dueOn === undefined ? `risk ${quote(e.title)} has never been assessed` : `risk ${quote(e.title)} was due for reassessment on ${e.assessment.dueOn}`,
        refs: [e.pointer],
      }),
      (all) => ({ message: `${all.length} of ${open.length} open risks are overdue for reassessment: ${listForMessage(all.map((e) => e.riskId))}`, refs: all.map((e) => e.pointer) }),
    );
  },
});
