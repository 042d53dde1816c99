import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 6.2 b: objectives are measurable. @category Conformity */
export const objectivesMeasurable = builtInRule({
  id: "6.2-objectives-measurable",
  clause: "6.2",
  title: "Objectives are measurable",
  description:
    "Each objective says how its achievement is measured (`measure`, or linked `measurementIds`) — minor for each that does not — and what value counts as achieved (`target`) — an opportunity for improvement listing those without.",
  severity: "minor",
  stage: 1,
  hint: "State the objective's `measure` (or link its measurements) and its `target`.",
  check(isms) {
    const live = isms.objectives.flatMap((o, i) => (o.status !== "cancelled" ? [{ o, ref: pointer("objectives", i) }] : []));
    if (live.length === 0) return { notAssessable: "no objective has been established" };
    const out: ConformityRuleFinding[] = live
      .filter(({ o }) => (o.measure === undefined || !/\S/.test(o.measure)) && o.measurementIds.length === 0)
      .map(({ o, ref }) => ({ message: `objective ${quote(o.title)} is not measurable: it has no measure and no measurement`, refs: [ref] }));
    const noTarget = live.filter(({ o }) => o.target === undefined || !/\S/.test(o.target));
    if (noTarget.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(noTarget.length, "objective")} ${noTarget.length === 1 ? "has" : "have"} no target value: ${listForMessage(noTarget.map(({ o }) => o.id))}`,
        refs: noTarget.map(({ ref }) => ref),
        hint: "Add a `target` so achievement can be judged.",
      });
    }
    return out;
  },
});
