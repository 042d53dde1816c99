import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { CONTROLLED_DOCUMENT_TYPES } from "../_lib/selectors";
import { listForMessage, plural, quote } from "../_lib/text";

/** 7.5.2 c: documents are reviewed and approved. @category Conformity */
export const documentsApproved = builtInRule({
  id: "7.5.2-documents-approved",
  clause: "7.5.2",
  title: "Controlled documents are approved, with a record",
  description:
    "Policies, procedures, processes, plans, standards and guidelines marked approved record who approved them and when (minor for each that does not). Those still in draft or review are listed as an opportunity for improvement: they must not be in use before approval. The information security policy is checked by 5.2.",
  severity: "minor",
  stage: 2,
  hint: "Record the approval (`approval: { approvedById, approvedOn }`), and approve drafts before they are used.",
  check(isms) {
    const controlled = isms.documents.flatMap((d, i) =>
      CONTROLLED_DOCUMENT_TYPES.has(d.type) && d.type !== "information-security-policy" && d.status !== "retired" ? [{ d, ref: pointer("documents", i) }] : [],
    );
    if (controlled.length === 0) return { notAssessable: "no controlled document (policy, procedure, plan …) is recorded" };
    const out: ConformityRuleFinding[] = controlled
      .filter(({ d }) => d.status === "approved" && d.approval === undefined)
      .map(({ d, ref }) => ({ message: `document ${quote(d.title)} is marked approved but the approval is not recorded`, refs: [ref] }));
    const pending = controlled.filter(({ d }) => d.status === "draft" || d.status === "in-review");
    if (pending.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(pending.length, "controlled document")} ${pending.length === 1 ? "is" : "are"} not approved yet: ${listForMessage(pending.map(({ d }) => `${quote(d.title)} (${d.status})`))}`,
        refs: pending.map(({ ref }) => ref),
        hint: "Review and approve these documents, or make sure they are not used until they are.",
      });
    }
    return out;
  },
});
