import { builtInRule } from "../_lib/builtInRule";
import { heldReviews } from "../_lib/selectors";

/** 9.3.1: management reviews are made by top management. @category Conformity */
export const topManagementAttends = builtInRule({
  id: "9.3.1-top-management-attends",
  clause: "9.3.1",
  title: "Top management takes part in management reviews",
  description: "Each held management review is chaired or attended by a member of top management. Minor for each one that is not.",
  severity: "minor",
  stage: 2,
  hint: "Record the members of top management who chaired and attended the review (`chairId`, `attendeeIds`).",
  check(isms, { asOf, index }) {
    const held = heldReviews(isms, asOf);
    if (held.length === 0) return { notAssessable: "no management review has been held" };
    const isTop = (id: string | undefined) => id !== undefined && index.people.get(id)?.value.topManagement === true;
    return held
      .filter(({ value: r }) => !isTop(r.chairId) && !r.attendeeIds.some(isTop))
      .map(({ pointer, heldOn }) => ({ message: `no member of top management chaired or attended the management review of ${heldOn}`, refs: [pointer] }));
  },
});
