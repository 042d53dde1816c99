import { managementReviewInputs } from "../../catalog/managementReviewInputs";
import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { heldReviews } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.3.2: management reviews consider inputs a–g. @category Conformity */
export const reviewInputs = builtInRule({
  id: "9.3.2-review-inputs",
  clause: "9.3.2",
  title: "Management reviews consider every required input",
  description:
    "Each management review held within the audit programme's cycle (`parameters.auditProgrammeCycleMonths`) records that it considered inputs a to g of 9.3.2 (previous actions, changes in issues and in interested parties' needs, performance feedback, interested parties' feedback, risk assessment and treatment, improvement opportunities). Minor for each review that misses any.",
  severity: "minor",
  stage: 2,
  hint: "Cover the missing inputs at the next review and record them (`managementReviews[].inputs`).",
  check(isms, { asOf, parameters }) {
    const cycle = parameters.auditProgrammeCycleMonths;
    const since = shiftMonths(asOf, -cycle.value);
    const held = heldReviews(isms, asOf).filter((r) => r.heldOn >= since);
    if (held.length === 0) return { notAssessable: `no management review was held since ${since}` };
    return held.flatMap(({ value: r, pointer, heldOn }) => {
      const covered = new Set(r.inputs.map((i) => i.input));
      const missing = managementReviewInputs.filter((i) => !covered.has(i.item));
      if (missing.length === 0) return [];
      return [
        {
          message: `the management review of ${heldOn} did not consider ${plural(missing.length, "required input")}: ${listForMessage(missing.map((m) => `${m.item} (${m.label.toLowerCase()})`))}`,
          refs: [`${pointer}/inputs`],
        },
      ];
    });
  },
});
