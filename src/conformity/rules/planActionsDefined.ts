import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { isOpenAction } from "../_lib/dates";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 6.1.3 e: treatment plans say what will be done, by whom and when. @category Conformity */
export const planActionsDefined = builtInRule({
  id: "6.1.3-plan-actions-defined",
  clause: "6.1.3",
  title: "Treatment plans say what, who and when",
  description: "Each treatment plan has actions, and each open action has an owner and a due date. Minor for each plan with no actions or with open actions lacking either.",
  severity: "minor",
  stage: 1,
  hint: "Give every open action an `ownerId` and a `dueDate`.",
  check(isms) {
    if (isms.treatmentPlans.length === 0) return { notAssessable: "there is no treatment plan" };
    const out: ConformityRuleFinding[] = [];
    isms.treatmentPlans.forEach((plan, p) => {
      if (plan.actions.length === 0) {
        out.push({ message: `treatment plan ${quote(plan.title)} has no actions`, refs: [pointer("treatmentPlans", p)] });
        return;
      }
      const vague = plan.actions.flatMap((a, i) => (isOpenAction(a) && (a.ownerId === undefined || a.dueDate === undefined) ? [{ a, ref: pointer("treatmentPlans", p, "actions", i) }] : []));
      if (vague.length > 0) {
        out.push({
          message: `treatment plan ${quote(plan.title)} has ${plural(vague.length, "open action")} without an owner or a due date: ${listForMessage(vague.map((v) => v.a.id))}`,
          refs: vague.map((v) => v.ref),
        });
      }
    });
    return out;
  },
});
