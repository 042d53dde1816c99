import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { hasProblem, problemMessage } from "../_lib/soa";
import { listForMessage } from "../_lib/text";

/** 6.1.3 d: inclusions in the SoA are justified. @category Conformity */
export const soaInclusionsJustified = builtInRule({
  id: "6.1.3-soa-inclusions-justified",
  clause: "6.1.3",
  title: "Every applicable control is justified",
  description: `Each applicable control has a reason for its inclusion in the Statement of Applicability: one declared (\`reasons\` other than best practice alone, or a \`justification\` — not a placeholder such as \"N/A\", nor boilerplate repeated on ten or more controls of different themes) or one derived from the document (an open risk whose treatment selects it, a legal, regulatory or contractual requirement that calls for it). Minor for each control without one; ${SYSTEMIC_RULE} (of the applicable controls).`,
  severity: "minor",
  stage: 1,
  hint: "Record why the control is included: `reasons` (risk-treatment, legal, regulatory, contractual, business, best-practice) or a `justification`.",
  check(_isms, { statementOfApplicability, gradingPolicy }) {
    const applicable = statementOfApplicability.rows.filter((row) => row.applicable === true);
    const bare = applicable.filter((row) => hasProblem(row, "missing-justification"));
    return gradeItems(
      bare,
      applicable.length,
      gradingPolicy,
      (row) => ({ message: `control ${row.controlId} is ${problemMessage(row, "missing-justification")!}`, refs: [row.pointer!], controlId: row.controlId }),
      (all) => ({ message: `${all.length} of ${applicable.length} applicable controls give no reason for their inclusion: ${listForMessage(all.map((row) => row.controlId), 12)}`, refs: all.map((row) => row.pointer!) }),
    );
  },
});
