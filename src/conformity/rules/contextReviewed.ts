import { builtInRule } from "../_lib/builtInRule";
import { isIntervalOverdue } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";

/** 4.1: the context is kept up to date. @category Conformity */
export const contextReviewed = builtInRule({
  id: "4.1-context-reviewed",
  clause: "4.1",
  title: "The context is reviewed at its planned interval",
  description:
    "Issues change; the context should show when it was last reviewed (`context.reviewedOn`). An opportunity for improvement when it never was, or not within the organisation's interval (`parameters.contextReviewIntervalMonths`).",
  severity: "ofi",
  stage: 2,
  hint: "Review the internal and external issues (for example before each management review) and record `context.reviewedOn`.",
  check(isms, { asOf, parameters }) {
    const context = isms.context;
    if (context === undefined || context.issues.length === 0) return { notAssessable: "no context issue has been recorded" };
    if (context.reviewedOn === undefined) return [{ message: "the context has no record of being reviewed", refs: ["/context"] }];
    const interval = parameters.contextReviewIntervalMonths;
    if (isIntervalOverdue(context.reviewedOn, interval.value, asOf)) {
      return [{ message: `the context was last reviewed on ${context.reviewedOn}, longer ago than its interval of ${describeParameter(interval)}`, refs: ["/context/reviewedOn"], parameters: [interval] }];
    }
    return [];
  },
});
