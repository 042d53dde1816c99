import type { Action } from "../../model/ActionSchema";
import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { isOverdueAction } from "../_lib/dates";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { describeParameter } from "../_lib/parameters";
import { listForMessage, quote } from "../_lib/text";

/** 10.2 c, d: corrective actions are taken, on time. @category Conformity */
export const correctiveActionsOnTime = builtInRule({
  id: "10.2-corrective-actions-on-time",
  clause: "10.2",
  title: "Corrective actions are taken on time",
  description: `Each open nonconformity raised longer ago than the organisation's response time (\`parameters.nonconformityResponseDays\`) has a corrective action, and no corrective action is open past its due date. Minor for each; ${SYSTEMIC_RULE} (of the corrective actions with a due date).`,
  severity: "minor",
  stage: 2,
  hint: "Decide and record the corrective action (`correctiveActions`, with owner and due date), and complete it on time or re-plan it.",
  check(isms, { asOf, parameters, gradingPolicy }) {
    const response = parameters.nonconformityResponseDays;
    const raised = isms.nonconformities.flatMap((n, i) => (n.raisedOn <= asOf ? [{ n, i }] : []));
    if (raised.length === 0) return { notAssessable: "no nonconformity has been recorded" };
    const missing = raised
      .filter(({ n }) => n.status !== "closed" && n.correctiveActions.length === 0 && daysBetween(n.raisedOn, asOf) > response.value)
      .map(({ n, i }) => ({
        message: `nonconformity ${quote(n.title)} was raised on ${n.raisedOn} and still has no corrective action (response time ${describeParameter(response)})`,
        refs: [pointer("nonconformities", i)],
        parameters: [response],
      }));
    const dated: { a: Action; title: string; ref: string }[] = [];
    for (const { n, i } of raised) {
      n.correctiveActions.forEach((a, j) => {
        if (a.dueDate !== undefined && a.status !== "cancelled") dated.push({ a, title: n.title, ref: pointer("nonconformities", i, "correctiveActions", j) });
      });
    }
    const overdue = dated.filter(({ a }) => isOverdueAction(a, asOf));
    return [
      ...missing,
      ...gradeItems(
        overdue,
        dated.length,
        gradingPolicy,
        ({ a, title, ref }) => ({ message: `corrective action ${quote(a.description)} for ${quote(title)} was due on ${a.dueDate!} and is ${a.status}`, refs: [ref] }),
        (all) => ({ message: `${all.length} of ${dated.length} corrective actions are overdue: ${listForMessage(all.map(({ a }) => a.id))}`, refs: all.map(({ ref }) => ref) }),
      ),
    ];
  },
});
