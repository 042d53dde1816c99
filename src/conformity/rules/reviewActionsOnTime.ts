import type { Action } from "../../model/ActionSchema";
import { builtInRule } from "../_lib/builtInRule";
import { isOverdueAction } from "../_lib/dates";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 9.3.3: actions decided by management reviews are carried out. @category Conformity */
export const reviewActionsOnTime = builtInRule({
  id: "9.3.3-review-actions-on-time",
  clause: "9.3.3",
  title: "Management-review actions are done on time",
  description: `No action from a management review is open past its due date. Minor for each overdue action; ${SYSTEMIC_RULE} (of the actions with a due date).`,
  severity: "minor",
  stage: 2,
  hint: "Complete the action or have management re-plan it.",
  check(isms, { asOf, gradingPolicy }) {
    const dated: { a: Action; ref: string }[] = [];
    isms.managementReviews.forEach((r, i) =>
      r.actions.forEach((a, j) => {
        if (a.dueDate !== undefined && a.status !== "cancelled") dated.push({ a, ref: pointer("managementReviews", i, "actions", j) });
      }),
    );
    if (dated.length === 0) return { notAssessable: "no management-review action has a due date" };
    const overdue = dated.filter(({ a }) => isOverdueAction(a, asOf));
    return gradeItems(
      overdue,
      dated.length,
      gradingPolicy,
      ({ a, ref }) => ({ message: `management-review action ${quote(a.description)} was due on ${a.dueDate!} and is ${a.status}`, refs: [ref] }),
      (all) => ({ message: `${all.length} of ${dated.length} management-review actions are overdue: ${listForMessage(all.map(({ a }) => a.id))}`, refs: all.map(({ ref }) => ref) }),
    );
  },
});
