import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 10.2 e: the effectiveness of corrective action is reviewed. @category Conformity */
export const effectivenessReviewed = builtInRule({
  id: "10.2-effectiveness-reviewed",
  clause: "10.2",
  title: "Corrective actions are checked for effectiveness before closing",
  description:
    "A closed nonconformity records a review of the effectiveness of its corrective action, and is not closed when that review found it ineffective. Minor for each that is.",
  severity: "minor",
  stage: 2,
  hint: "Review whether the corrective action removed the cause (`effectivenessReview`) before closing the nonconformity; reopen it if not.",
  check(isms) {
    const closed = isms.nonconformities.flatMap((n, i) => (n.status === "closed" ? [{ n, ref: pointer("nonconformities", i) }] : []));
    if (closed.length === 0) return { notAssessable: "no nonconformity has been closed" };
    return closed.flatMap(({ n, ref }) =>
      n.effectivenessReview === undefined
        ? [{ message: `nonconformity ${quote(n.title)} was closed without reviewing the effectiveness of its corrective action`, refs: [ref] }]
        : !n.effectivenessReview.effective
          ? [{ message: `nonconformity ${quote(n.title)} was closed although its corrective action was found ineffective`, refs: [`${ref}/effectivenessReview`] }]
          : [],
    );
  },
});
