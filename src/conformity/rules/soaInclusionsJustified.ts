import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage } from "../_lib/text";

/** 6.1.3 d: inclusions in the SoA are justified. @category Conformity */
export const soaInclusionsJustified = builtInRule({
  id: "6.1.3-soa-inclusions-justified",
  clause: "6.1.3",
  title: "Every applicable control is justified",
  description: `Each applicable control gives a reason for its inclusion (\`reasons\`: risk treatment, legal, contractual … or a \`justification\`). Minor for each control without one; ${SYSTEMIC_RULE} (of the applicable controls).`,
  severity: "minor",
  stage: 1,
  hint: "Record why the control is included: `reasons` (risk-treatment, legal, regulatory, contractual, business, best-practice) or a `justification`.",
  check(isms) {
    const applicable = isms.controls.flatMap((c, i) => (c.applicable === true ? [{ c, ref: pointer("controls", i) }] : []));
    const bare = applicable.filter(({ c }) => c.reasons.length === 0 && (c.justification === undefined || !/\S/.test(c.justification)));
    return gradeItems(
      bare,
      applicable.length,
      ({ c, ref }) => ({ message: `control ${c.id} is applicable but no reason for its inclusion is given`, refs: [ref], controlId: c.id }),
      (all) => ({ message: `${all.length} of ${applicable.length} applicable controls give no reason for their inclusion: ${listForMessage(all.map((a) => a.c.id), 12)}`, refs: all.map((a) => a.ref) }),
    );
  },
});
