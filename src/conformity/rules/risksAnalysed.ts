import { builtInRule } from "../_lib/builtInRule";
import { openRisksWhere } from "../_lib/selectors";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.2 d: every risk is analysed (rated). @category Conformity */
export const risksAnalysed = builtInRule({
  id: "6.1.2-risks-analysed",
  clause: "6.1.2",
  title: "Every risk is rated",
  description: `Each open risk has a rating (likelihood and impact) on the method's scales. Minor for each unrated risk; ${SYSTEMIC_RULE} (of the open risks).`,
  severity: "minor",
  stage: 1,
  hint: "Rate the risk's likelihood and impact (`risks[].inherent`, and `residual` once controls are in place).",
  check(isms, { gradingPolicy }) {
    const { open, matching: unrated } = openRisksWhere(isms.risks, (r) => r.inherent === undefined && r.residual === undefined);
    if (open === 0) return { notAssessable: "no open risk has been recorded" };
    return gradeItems(
      unrated,
      open,
      gradingPolicy,
      ({ r, ref }) => ({ message: `risk ${quote(r.title)} has not been rated`, refs: [ref] }),
      (all) => ({ message: `${all.length} of ${open} open risks have not been rated: ${listForMessage(all.map((a) => a.r.id))}`, refs: all.map((a) => a.ref) }),
    );
  },
});
