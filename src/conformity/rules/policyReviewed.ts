import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { currentPolicies } from "../_lib/selectors";
import { quote } from "../_lib/text";

/** 5.2 / 7.5.2: the policy is reviewed at its planned interval. @category Conformity */
export const policyReviewed = builtInRule({
  id: "5.2-policy-reviewed",
  clause: "5.2",
  title: "The policy is reviewed at its planned interval",
  description:
    "The approved policy has a review interval and was last reviewed (or approved) within it. Minor when the review is overdue; an opportunity for improvement when no interval is set.",
  severity: "minor",
  stage: 2,
  hint: "Review the policy, record `lastReviewedOn`, and set `reviewIntervalMonths` (12 is common).",
  check(isms, { asOf }) {
    const approved = currentPolicies(isms).filter((p) => p.value.status === "approved");
    if (approved.length === 0) return { notAssessable: "there is no approved information security policy" };
    const out: ConformityRuleFinding[] = [];
    for (const { value: d, pointer } of approved) {
      const last = d.lastReviewedOn ?? d.approval?.approvedOn ?? d.publishedOn;
      if (d.reviewIntervalMonths === undefined) {
        out.push({ severity: "ofi", message: `the information security policy ${quote(d.title)} has no planned review interval`, refs: [pointer] });
      } else if (last === undefined) {
        out.push({ message: `the information security policy ${quote(d.title)} has no record of a review or approval date`, refs: [pointer] });
      } else {
        const due = shiftMonths(last, d.reviewIntervalMonths);
        if (due < asOf) out.push({ message: `the information security policy ${quote(d.title)} was due for review on ${due} (last reviewed ${last})`, refs: [pointer] });
      }
    }
    return out;
  },
});
