import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { isActivePerson } from "../_lib/selectors";
import { listForMessage, plural, quote } from "../_lib/text";

/** 6.2: achieving objectives is planned (who, when, resources, evaluation). @category Conformity */
export const objectivesPlanned = builtInRule({
  id: "6.2-objectives-planned",
  clause: "6.2",
  title: "Objectives have an owner, a due date, resources and an evaluation method",
  description:
    "Each open objective names an active owner and a due date (minor for each that does not), and the resources it needs and how its results are evaluated (an opportunity for improvement listing those that do not).",
  severity: "minor",
  stage: 1,
  hint: "Give the objective an `ownerId` and a `dueDate`; record `resources` and `evaluationMethod`.",
  check(isms, { index }) {
    const open = isms.objectives.flatMap((o, i) => (o.status === "planned" || o.status === "in-progress" ? [{ o, ref: pointer("objectives", i) }] : []));
    if (open.length === 0) return { notAssessable: "no objective is planned or in progress" };
    const out: ConformityRuleFinding[] = [];
    for (const { o, ref } of open) {
      const gaps: string[] = [];
      if (o.ownerId === undefined) gaps.push("no owner");
      else if (!isActivePerson(index.people.get(o.ownerId)?.value)) gaps.push(`an owner who has left ("${o.ownerId}")`);
      if (o.dueDate === undefined) gaps.push("no due date");
      if (gaps.length > 0) out.push({ message: `objective ${quote(o.title)} has ${gaps.join(" and ")}`, refs: [ref] });
    }
    const thin = open.filter(({ o }) => o.resources === undefined || o.evaluationMethod === undefined);
    if (thin.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(thin.length, "objective")} ${thin.length === 1 ? "does" : "do"} not record the resources needed or how results are evaluated: ${listForMessage(thin.map(({ o }) => o.id))}`,
        refs: thin.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
