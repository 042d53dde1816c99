import { builtInRule } from "../_lib/builtInRule";
import { evidenceStatesByControl } from "../_lib/createConformityContext";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage } from "../_lib/text";

/** 8.1: implemented controls are backed by evidence. @category Conformity */
export const implementedControlsEvidenced = builtInRule({
  id: "8.1-implemented-controls-evidenced",
  clause: "8.1",
  title: "Implemented controls have evidence",
  description: `Each applicable control marked implemented has at least one evidence record. Minor for each one without; ${SYSTEMIC_RULE} (of the implemented controls).`,
  severity: "minor",
  stage: 2,
  hint: "Collect evidence that the control operates (a record, export, configuration or report) and link it (`evidence[].controlIds` or `controls[].evidenceIds`).",
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const implemented = isms.controls.flatMap((c, i) => (c.applicable === true && c.implementationStatus === "implemented" ? [{ c, ref: pointer("controls", i) }] : []));
    if (implemented.length === 0) return { notAssessable: "no applicable control is marked implemented" };
    // The shared per-control arrays of evidence states: no located record needed to count them.
    const statesOf = evidenceStatesByControl(index, { asOf, parameters });
    const bare = implemented.filter(({ c }) => (statesOf.get(c.id)?.states.length ?? 0) === 0);
    return gradeItems(
      bare,
      implemented.length,
      gradingPolicy,
      ({ c, ref }) => ({ message: `control ${c.id} is marked implemented but no evidence supports it`, refs: [ref], controlId: c.id }),
      (all) => ({ message: `${all.length} of ${implemented.length} implemented controls have no evidence: ${listForMessage(all.map(({ c }) => c.id), 12)}`, refs: all.map(({ ref }) => ref) }),
    );
  },
});
