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
    // The population is counted, and only the overdue actions kept (their pointers written when reported).
    let dated = 0;
    const overdue: { a: Action; plan: string; i: number; j: number }[] = [];
    isms.treatmentPlans.forEach((p, i) =>
      p.actions.forEach((a, j) => {
        if (a.dueDate === undefined || a.status === "cancelled") return;
        dated++;
        if (isOverdueAction(a, asOf)) overdue.push({ a, plan: p.title, i, j });
      }),
    );
    if (dated === 0) return { notAssessable: "no treatment-plan action has a due date" };
    const ref = ({ i, j }: (typeof overdue)[number]) => pointer("treatmentPlans", i, "actions", j);
    return gradeItems(
      overdue,
      dated,
      gradingPolicy,
      (x) => ({ message: `action ${quote(x.a.description)} of treatment plan ${quote(x.plan)} was due on ${x.a.dueDate!} and is ${x.a.status}`, refs: [ref(x)] }),
      (all) => ({ message: `${all.length} of ${dated} treatment actions are overdue: ${listForMessage(all.map(({ a }) => a.id))}`, refs: all.map(ref) }),
    );
  },
});
