import { builtInRule } from "../_lib/builtInRule";
import { openRisksWhere } from "../_lib/selectors";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 a: a treatment option is selected for every risk. @category Conformity */
export const treatmentSelected = builtInRule({
  id: "6.1.3-treatment-selected",
  clause: "6.1.3",
  title: "Every risk has a treatment decision",
  description: `Each open risk has a treatment option (modify, retain, avoid or share). Minor for each risk without one; ${SYSTEMIC_RULE} (of the open risks).`,
  severity: "minor",
  stage: 1,
  hint: "Decide how to treat the risk (`risks[].treatment.option`) — even a low risk needs the decision to retain it.",
  check(isms, { gradingPolicy }) {
    const { open, matching: untreated } = openRisksWhere(isms.risks, (r) => r.treatment === undefined);
    if (open === 0) return { notAssessable: "no open risk has been recorded" };
    return gradeItems(
      untreated,
      open,
      gradingPolicy,
      ({ r, ref }) => ({ message: `risk ${quote(r.title)} has no treatment decision`, refs: [ref] }),
      (all) => ({ message: `${all.length} of ${open} open risks have no treatment decision: ${listForMessage(all.map((a) => a.r.id))}`, refs: all.map((a) => a.ref) }),
    );
  },
});
