import { builtInRule } from "../_lib/builtInRule";
import { isIntervalOverdue } from "../_lib/dates";

/** 4.1: the context is kept up to date. @category Conformity */
export const contextReviewed = builtInRule({
  id: "4.1-context-reviewed",
  clause: "4.1",
  title: "The context is reviewed at least yearly",
  description:
    "Issues change; the context should show when it was last reviewed (`context.reviewedOn`). An opportunity for improvement when it never was, or not in the 12 months before the check.",
  severity: "ofi",
  stage: 2,
  hint: "Review the internal and external issues (for example before each management review) and record `context.reviewedOn`.",
  check(isms, { asOf }) {
    const context = isms.context;
    if (context === undefined || context.issues.length === 0) return { notAssessable: "no context issue has been recorded" };
    if (context.reviewedOn === undefined) return [{ message: "the context has no record of being reviewed", refs: ["/context"] }];
    if (isIntervalOverdue(context.reviewedOn, 12, asOf)) {
      return [{ message: `the context was last reviewed on ${context.reviewedOn}, more than 12 months ago`, refs: ["/context/reviewedOn"] }];
    }
    return [];
  },
});
