import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { reviewFindings } from "../_lib/documentReviews";
import { SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { POLICY_TYPES } from "../_lib/selectors";

/** Annex A 5.1: policies are reviewed at planned intervals. @category Conformity */
export const policiesReviewed = builtInRule({
  id: "A.5.1-policies-reviewed",
  controlId: "5.1",
  title: "Policies are reviewed at planned intervals",
  description: `When control 5.1 is applicable, the approved information security policy and each approved topic-specific policy was last reviewed (or approved) within its own review interval, else the organisation's (\`parameters.policyReviewIntervalMonths\`): minor for each overdue policy; ${SYSTEMIC_RULE} (of the policies). When neither the policy nor the organisation plans an interval, an opportunity for improvement lists the policies.`,
  severity: "minor",
  stage: 2,
  hint: "Review the policy, record `lastReviewedOn`, and plan its review interval (`reviewIntervalMonths`, or the organisation's in `parameters`).",
  reads: ["documents"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const skip = unlessApplicable("5.1", index);
    if (skip) return skip;
    const approved = isms.documents.flatMap((d, i) => (POLICY_TYPES.has(d.type) && d.status === "approved" ? [{ d, ref: pointer("documents", i) }] : []));
    if (approved.length === 0) return { notAssessable: "no approved policy is recorded" };
    return reviewFindings(approved, parameters.policyReviewIntervalMonths, asOf, gradingPolicy, ["policy", "policies"]);
  },
});
