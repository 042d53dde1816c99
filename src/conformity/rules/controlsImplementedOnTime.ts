import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage } from "../_lib/text";

/** 8.1: planned controls are implemented as planned. @category Conformity */
export const controlsImplementedOnTime = builtInRule({
  id: "8.1-controls-implemented-on-time",
  clause: "8.1",
  title: "Controls are implemented by their planned date",
  description: `An applicable control whose planned implementation date has passed is implemented. Minor for each one that is not; ${SYSTEMIC_RULE} (of the controls with a planned date).`,
  severity: "minor",
  stage: 2,
  hint: "Implement the control, or re-plan it with a new `plannedImplementationDate` approved by its owner.",
  check(isms, { asOf, gradingPolicy }) {
    const planned = isms.controls.flatMap((c, i) => (c.applicable === true && c.plannedImplementationDate !== undefined ? [{ c, ref: pointer("controls", i) }] : []));
    if (planned.length === 0) return { notAssessable: "no applicable control has a planned implementation date" };
    const late = planned.filter(({ c }) => c.implementationStatus !== "implemented" && c.plannedImplementationDate! < asOf);
    return gradeItems(
      late,
      planned.length,
      gradingPolicy,
      ({ c, ref }) => ({ message: `control ${c.id} was planned to be implemented by ${c.plannedImplementationDate!} and is ${c.implementationStatus ?? "not implemented"}`, refs: [ref], controlId: c.id }),
      (all) => ({ message: `${all.length} of ${planned.length} controls are past their planned implementation date: ${listForMessage(all.map(({ c }) => c.id), 12)}`, refs: all.map(({ ref }) => ref) }),
    );
  },
});
