import type { Action } from "../../model/ActionSchema";
import { builtInRule } from "../_lib/builtInRule";
import { isOverdueAction } from "../_lib/dates";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 8.3: the risk treatment plan is implemented on time. @category Conformity */
export const treatmentActionsOnTime = builtInRule({
  id: "8.3-treatment-actions-on-time",
  clause: "8.3",
  title: "Treatment actions are done by their due date",
  description: `No treatment-plan action is open past its due date. Minor for each overdue action; ${SYSTEMIC_RULE} (of the actions with a due date).`,
  severity: "minor",
  stage: 2,
  hint: "Complete the action, or re-plan it with a new due date agreed with the risk owner.",
  check(isms, { asOf, gradingPolicy }) {
    const dated: { a: Action; plan: string; ref: string }[] = [];
    isms.treatmentPlans.forEach((p, i) =>
      p.actions.forEach((a, j) => {
        if (a.dueDate !== undefined && a.status !== "cancelled") dated.push({ a, plan: p.title, ref: pointer("treatmentPlans", i, "actions", j) });
      }),
    );
    if (dated.length === 0) return { notAssessable: "no treatment-plan action has a due date" };
    const overdue = dated.filter(({ a }) => isOverdueAction(a, asOf));
    return gradeItems(
      overdue,
      dated.length,
      gradingPolicy,
      ({ a, plan, ref }) => ({ message: `action ${quote(a.description)} of treatment plan ${quote(plan)} was due on ${a.dueDate!} and is ${a.status}`, refs: [ref] }),
      (all) => ({ message: `${all.length} of ${dated.length} treatment actions are overdue: ${listForMessage(all.map(({ a }) => a.id))}`, refs: all.map(({ ref }) => ref) }),
    );
  },
});
