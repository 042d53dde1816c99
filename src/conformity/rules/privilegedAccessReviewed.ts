import { builtInRule } from "../_lib/builtInRule";
import { accessReviewLapses } from "../_lib/accessReviews";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";

/** Annex A 8.2: privileged access rights are reviewed at the organisation's shorter interval. @category Conformity */
export const privilegedAccessReviewed = builtInRule({
  id: "A.8.2-privileged-access-reviewed",
  controlId: "8.2",
  title: "Privileged access is reviewed at its shorter interval",
  description:
    `When control 8.2 is applicable, every active system with active privileged accounts had a completed review of its privileged accounts (or of all its accounts) within the organisation's interval for privileged access (\`parameters.accessReviewIntervalMonths.privileged\`). Minor for each system overdue or never reviewed, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the systems).`,
  severity: "minor",
  stage: 2,
  hint: "Review who holds privileged access to the system and why, remove what is not needed, and record the review (`accessReviews`, scope `privileged`).",
  reads: ["systems", "accounts", "accessReviews"],
  check: (isms, context) => accessReviewLapses(isms, context, "privileged"),
});
