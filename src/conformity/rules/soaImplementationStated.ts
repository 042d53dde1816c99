import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage } from "../_lib/text";

/** 6.1.3 d: the SoA states whether applicable controls are implemented. @category Conformity */
export const soaImplementationStated = builtInRule({
  id: "6.1.3-soa-implementation-stated",
  clause: "6.1.3",
  title: "The Statement of Applicability states implementation",
  description: `Each applicable control says whether it is implemented (\`implementationStatus\`). Minor for each one that does not; ${SYSTEMIC_RULE} (of the applicable controls).`,
  severity: "minor",
  stage: 1,
  hint: "Set `implementationStatus` (not-implemented, planned, partially-implemented, implemented) for the control.",
  check(isms) {
    const applicable = isms.controls.flatMap((c, i) => (c.applicable === true ? [{ c, ref: pointer("controls", i) }] : []));
    const unstated = applicable.filter(({ c }) => c.implementationStatus === undefined);
    return gradeItems(
      unstated,
      applicable.length,
      ({ c, ref }) => ({ message: `applicable control ${c.id} does not say whether it is implemented`, refs: [ref], controlId: c.id }),
      (all) => ({ message: `${all.length} of ${applicable.length} applicable controls do not say whether they are implemented: ${listForMessage(all.map((a) => a.c.id), 12)}`, refs: all.map((a) => a.ref) }),
    );
  },
});
