import { builtInRule } from "../_lib/builtInRule";
import { accessReviewLapses } from "../_lib/accessReviews";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";

/** Annex A 5.18: access rights are reviewed at the organisation's interval. @category Conformity */
export const accessReviewed = builtInRule({
  id: "A.5.18-access-reviewed",
  controlId: "5.18",
  title: "Access rights are reviewed at planned intervals",
  description:
    `When control 5.18 is applicable, every active system with active accounts of standard privilege had a completed access review of all its accounts within the organisation's interval (\`parameters.accessReviewIntervalMonths.standard\`). Minor for each system overdue or never reviewed, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the systems).`,
  severity: "minor",
  stage: 2,
  hint: "Have the system owner review every account's access, remove what is not needed, and record the review (`accessReviews`).",
  reads: ["systems", "accounts", "accessReviews"],
  check: (isms, context) => accessReviewLapses(isms, context, "standard"),
});
