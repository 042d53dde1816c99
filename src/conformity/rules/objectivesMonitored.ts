import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 6.2 d, 6.2 e / 9.1: objectives are monitored and evaluated. @category Conformity */
export const objectivesMonitored = builtInRule({
  id: "6.2-objectives-monitored",
  clause: "6.2",
  title: "Objectives are monitored and evaluated",
  description:
    "An objective past its due date has been evaluated (achieved, partially achieved or not achieved) — minor for each still open — and each objective is tracked by a measurement or has been evaluated — an opportunity for improvement listing those that are not.",
  severity: "minor",
  stage: 2,
  hint: "Evaluate the objective and record its outcome (`status`, `lastEvaluatedOn`); link the measurements that track it (`measurementIds`).",
  check(isms, { asOf }) {
    const live = isms.objectives.flatMap((o, i) => (o.status !== "cancelled" ? [{ o, ref: pointer("objectives", i) }] : []));
    if (live.length === 0) return { notAssessable: "no objective has been established" };
    const out: ConformityRuleFinding[] = live
      .filter(({ o }) => (o.status === "planned" || o.status === "in-progress") && o.dueDate !== undefined && o.dueDate < asOf)
      .map(({ o, ref }) => ({ message: `objective ${quote(o.title)} was due on ${o.dueDate!} and has not been evaluated`, refs: [ref] }));
    const untracked = live.filter(({ o }) => o.measurementIds.length === 0 && o.lastEvaluatedOn === undefined);
    if (untracked.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(untracked.length, "objective")} ${untracked.length === 1 ? "is" : "are"} neither tracked by a measurement nor evaluated: ${listForMessage(untracked.map(({ o }) => o.id))}`,
        refs: untracked.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
