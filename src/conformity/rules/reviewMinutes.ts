import { builtInRule } from "../_lib/builtInRule";
import { heldReviews } from "../_lib/selectors";

/** 9.3.3: the results of management reviews are kept as documented information. @category Conformity */
export const reviewMinutes = builtInRule({
  id: "9.3.3-review-minutes",
  clause: "9.3.3",
  title: "Management review results are documented",
  description: "Each held management review keeps its results as documented information (`minutesDocumentId`, the minutes). Minor for each that does not.",
  severity: "minor",
  stage: 2,
  hint: "Keep the minutes of the review, with its decisions and actions, and link them (`minutesDocumentId`).",
  check(isms, { asOf, index }) {
    const held = heldReviews(isms, asOf);
    if (held.length === 0) return { notAssessable: "no management review has been held" };
    return held.flatMap(({ value: r, pointer, heldOn }) => {
      const minutes = r.minutesDocumentId === undefined ? undefined : index.documents.get(r.minutesDocumentId)?.value;
      if (minutes !== undefined) return [];
      return [{ message: `the management review of ${heldOn} has no minutes on file: its results are not kept as documented information`, refs: [pointer] }];
    });
  },
});
