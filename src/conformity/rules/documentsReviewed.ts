import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { CONTROLLED_DOCUMENT_TYPES } from "../_lib/selectors";
import { listForMessage, plural, quote } from "../_lib/text";

/** 7.5.2 c: documents are reviewed at their planned interval. @category Conformity */
export const documentsReviewed = builtInRule({
  id: "7.5.2-documents-reviewed",
  clause: "7.5.2",
  title: "Approved documents are reviewed on time",
  description: `Each approved controlled document with a review interval was last reviewed (or approved) within it: minor for each overdue document; ${SYSTEMIC_RULE} (of the documents with an interval). Approved controlled documents without an interval are listed as an opportunity for improvement. The policy is checked by 5.2.`,
  severity: "minor",
  stage: 2,
  hint: "Review the document, record `lastReviewedOn`, and set a `reviewIntervalMonths` for documents that have none.",
  check(isms, { asOf }) {
    const approved = isms.documents.flatMap((d, i) =>
      CONTROLLED_DOCUMENT_TYPES.has(d.type) && d.type !== "information-security-policy" && d.status === "approved" ? [{ d, ref: pointer("documents", i) }] : [],
    );
    if (approved.length === 0) return { notAssessable: "no approved controlled document (other than the policy) is recorded" };
    const withInterval = approved.filter(({ d }) => d.reviewIntervalMonths !== undefined);
    const overdue = withInterval.flatMap(({ d, ref }) => {
      const last = d.lastReviewedOn ?? d.approval?.approvedOn ?? d.publishedOn;
      const due = last === undefined ? undefined : shiftMonths(last, d.reviewIntervalMonths!);
      return due === undefined || due < asOf ? [{ d, ref, last, due }] : [];
    });
    const out: ConformityRuleFinding[] = gradeItems(
      overdue,
      withInterval.length,
      ({ d, ref, last, due }) => ({
        message: due === undefined ? `document ${quote(d.title)} has no record of a review or approval date` : `document ${quote(d.title)} was due for review on ${due} (last reviewed ${last!})`,
        refs: [ref],
      }),
      (all) => ({ message: `${all.length} of ${withInterval.length} approved documents are overdue for review: ${listForMessage(all.map(({ d }) => d.id))}`, refs: all.map(({ ref }) => ref) }),
    );
    const noInterval = approved.filter(({ d }) => d.reviewIntervalMonths === undefined);
    if (noInterval.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(noInterval.length, "approved document")} ${noInterval.length === 1 ? "has" : "have"} no planned review interval: ${listForMessage(noInterval.map(({ d }) => d.id))}`,
        refs: noInterval.map(({ ref }) => ref),
      });
    }
    return out;
  },
});
