import { builtInRule } from "../_lib/builtInRule";
import { hasProblem, problemMessage } from "../_lib/soa";

/** 6.1.3 d: exclusions in the SoA are justified. @category Conformity */
export const soaExclusionsJustified = builtInRule({
  id: "6.1.3-soa-exclusions-justified",
  clause: "6.1.3",
  title: "Every excluded control is justified",
  description:
    "Each control excluded from the Statement of Applicability (`applicable: false`) says why. A placeholder (\"N/A\", \"-\", \"TBD\" …) or boilerplate (the same text on ten or more controls of different themes) is no justification. Minor for each exclusion without one.",
  severity: "minor",
  stage: 1,
  hint: "Add a `justification` to the excluded control: why no risk or requirement calls for it.",
  check(_isms, { statementOfApplicability }) {
    return statementOfApplicability.rows.flatMap((row) =>
      row.applicable === false && hasProblem(row, "missing-justification")
        ? [{ message: `control ${row.controlId} is ${problemMessage(row, "missing-justification")!}`, refs: [row.pointer!], controlId: row.controlId }]
        : [],
    );
  },
});
