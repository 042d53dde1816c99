import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { hasProblem } from "../_lib/soa";
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
  check(_isms, { statementOfApplicability, gradingPolicy }) {
    const applicable = statementOfApplicability.rows.filter((row) => row.applicable === true);
    const unstated = applicable.filter((row) => hasProblem(row, "missing-implementation-status"));
    return gradeItems(
      unstated,
      applicable.length,
      gradingPolicy,
      (row) => ({ message: `applicable control ${row.controlId} does not say whether it is implemented`, refs: [row.pointer!], controlId: row.controlId }),
      (all) => ({ message: `${all.length} of ${applicable.length} applicable controls do not say whether they are implemented: ${listForMessage(all.map((row) => row.controlId), 12)}`, refs: all.map((row) => row.pointer!) }),
    );
  },
});
