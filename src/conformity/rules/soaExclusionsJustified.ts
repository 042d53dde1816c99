import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";

/** 6.1.3 d: exclusions in the SoA are justified. @category Conformity */
export const soaExclusionsJustified = builtInRule({
  id: "6.1.3-soa-exclusions-justified",
  clause: "6.1.3",
  title: "Every excluded control is justified",
  description: "Each control excluded from the Statement of Applicability (`applicable: false`) says why. Minor for each exclusion without a justification.",
  severity: "minor",
  stage: 1,
  hint: "Add a `justification` to the excluded control: why no risk or requirement calls for it.",
  check(isms) {
    return isms.controls.flatMap((c, i) =>
      c.applicable === false && (c.justification === undefined || !/\S/.test(c.justification))
        ? [{ message: `control ${c.id} is excluded without a justification`, refs: [pointer("controls", i)], controlId: c.id }]
        : [],
    );
  },
});
