import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { listForMessage, quote } from "../_lib/text";

const has = (s: string | undefined) => s !== undefined && /\S/.test(s);

/** 6.2 h–l: achieving objectives is planned (what, resources, who, when, evaluation). @category Conformity */
export const objectivesPlanned = builtInRule({
  id: "6.2-objectives-planned",
  clause: "6.2",
  title: "Achieving each objective is planned",
  description:
    "Each open objective records what will be done (`plan`, 6.2 h), the resources needed (i), an active owner (j), a due date (k) and how its results are evaluated (`evaluationMethod`, l). Minor for each objective that lacks any of them.",
  severity: "minor",
  stage: 1,
  hint: "Complete the plan: `plan`, `resources`, `ownerId`, `dueDate` and `evaluationMethod`.",
  check(isms, { index }) {
    const open = isms.objectives.flatMap((o, i) => (o.status === "planned" || o.status === "in-progress" ? [{ o, ref: pointer("objectives", i) }] : []));
    if (open.length === 0) return { notAssessable: "no objective is planned or in progress" };
    return open.flatMap(({ o, ref }) => {
      const gaps: string[] = [];
      if (!has(o.plan)) gaps.push("what will be done (h)");
      if (!has(o.resources)) gaps.push("the resources needed (i)");
      if (o.ownerId === undefined) gaps.push("who is responsible (j)");
      else if (!isActivePerson(index.people.get(o.ownerId)?.value)) gaps.push(`an active owner (j; "${o.ownerId}" has left)`);
      if (o.dueDate === undefined) gaps.push("when it will be completed (k)");
      if (!has(o.evaluationMethod)) gaps.push("how results are evaluated (l)");
      return gaps.length === 0 ? [] : [{ message: `objective ${quote(o.title)} does not record ${listForMessage(gaps)}`, refs: [ref] }];
    });
  },
});
