import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { heldReviews } from "../_lib/selectors";

/** 9.3.3: management reviews decide on improvement and changes. @category Conformity */
export const reviewDecisions = builtInRule({
  id: "9.3.3-review-decisions",
  clause: "9.3.3",
  title: "Management reviews record decisions",
  description:
    "Each held management review records its decisions (minor for each that records none); an opportunity for improvement when none of a review's decisions concerns improvement or change to the ISMS.",
  severity: "minor",
  stage: 2,
  hint: "Record the review's decisions on improvement opportunities and on changes to the ISMS (`decisions`).",
  check(isms, { asOf }) {
    const held = heldReviews(isms, asOf);
    if (held.length === 0) return { notAssessable: "no management review has been held" };
    const out: ConformityRuleFinding[] = [];
    for (const { value: r, pointer, heldOn } of held) {
      if (r.decisions.length === 0) out.push({ message: `the management review of ${heldOn} records no decision`, refs: [pointer] });
      else if (!r.decisions.some((d) => d.kind === "improvement" || d.kind === "change")) {
        out.push({ severity: "ofi", message: `the management review of ${heldOn} took no decision on improvement or change to the ISMS`, refs: [`${pointer}/decisions`] });
      }
    }
    return out;
  },
});
