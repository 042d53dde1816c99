import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { isOpenAction } from "../_lib/dates";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 6.1.1 d, e: actions on opportunities are planned and their effectiveness evaluated. @category Conformity */
export const opportunityActions = builtInRule({
  id: "6.1.1-opportunity-actions",
  clause: "6.1.1",
  title: "Actions on opportunities are planned and evaluated",
  description:
    "Each opportunity being taken (planned or in progress) has actions (6.1.1 d), each open one with an owner and a due date (6.1.1 e 1: integrated into the ISMS's processes); each realised opportunity records how the effectiveness of its actions was evaluated (6.1.1 e 2). Minor for each opportunity that falls short.",
  severity: "minor",
  stage: 2,
  hint: "Plan the actions with owners and due dates (`opportunities[].actions`), and once done, evaluate whether they worked (`evaluation`).",
  check(isms) {
    const taken = isms.opportunities.flatMap((o, i) => (o.status === "planned" || o.status === "in-progress" || o.status === "realised" ? [{ o, ref: pointer("opportunities", i) }] : []));
    if (taken.length === 0) return { notAssessable: "no opportunity is being taken" };
    const out: ConformityRuleFinding[] = [];
    for (const { o, ref } of taken) {
      if (o.status === "realised") {
        if (o.evaluation === undefined) out.push({ message: `opportunity ${quote(o.title)} is realised but the effectiveness of its actions was not evaluated`, refs: [ref] });
      } else if (o.actions.length === 0) {
        out.push({ message: `opportunity ${quote(o.title)} is ${o.status} but has no actions`, refs: [ref] });
      } else if (o.actions.some((a) => isOpenAction(a) && (a.ownerId === undefined || a.dueDate === undefined))) {
        out.push({ message: `opportunity ${quote(o.title)} has open actions without an owner or a due date`, refs: [`${ref}/actions`] });
      }
    }
    return out;
  },
});
