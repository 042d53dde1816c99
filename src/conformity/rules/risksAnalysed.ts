import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
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
    const open = isms.risks.flatMap((r, i) => (r.status === "open" ? [{ r, ref: pointer("risks", i) }] : []));
    if (open.length === 0) return { notAssessable: "no open risk has been recorded" };
    const unrated = open.filter(({ r }) => r.inherent === undefined && r.residual === undefined);
    return gradeItems(
      unrated,
      open.length,
      gradingPolicy,
      ({ r, ref }) => ({ message: `risk ${quote(r.title)} has not been rated`, refs: [ref] }),
      (all) => ({ message: `${all.length} of ${open.length} open risks have not been rated: ${listForMessage(all.map((a) => a.r.id))}`, refs: all.map((a) => a.ref) }),
    );
  },
});
