import { builtInRule } from "../_lib/builtInRule";
import { reviewFindings } from "../_lib/documentReviews";
import { SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { CONTROLLED_DOCUMENT_TYPES, POLICY_TYPES } from "../_lib/selectors";

/** 7.5.2 c: documents are reviewed at their planned interval. @category Conformity */
export const documentsReviewed = builtInRule({
  id: "7.5.2-documents-reviewed",
  clause: "7.5.2",
  title: "Approved documents are reviewed on time",
  description: `Each approved controlled document other than a policy was last reviewed (or approved) within its own review interval, else the organisation's (\`parameters.documentReviewIntervalMonths\`): minor for each overdue document; ${SYSTEMIC_RULE} (of those documents). When neither the document nor the organisation plans an interval, an opportunity for improvement lists the documents. Policies are checked by A.5.1.`,
  severity: "minor",
  stage: 2,
  hint: "Review the document and record `lastReviewedOn`; plan its review interval (`reviewIntervalMonths`, or the organisation's in `parameters`).",
  check(isms, { asOf, parameters, gradingPolicy }) {
    const approved = isms.documents.flatMap((d, i) =>
      CONTROLLED_DOCUMENT_TYPES.has(d.type) && !POLICY_TYPES.has(d.type) && d.status === "approved" ? [{ d, ref: pointer("documents", i) }] : [],
    );
    if (approved.length === 0) return { notAssessable: "no approved controlled document (other than a policy) is recorded" };
    return reviewFindings(approved, parameters.documentReviewIntervalMonths, asOf, gradingPolicy, ["document", "documents"]);
  },
});
