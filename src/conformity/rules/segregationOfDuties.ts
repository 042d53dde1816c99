import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { unlessApplicable } from "../_lib/applicability";
import type { ConformityRuleFinding } from "../ConformityRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 5.3: no one approves or reviews their own work. @category Conformity */
export const segregationOfDuties = builtInRule({
  id: "A.5.3-segregation-of-duties",
  controlId: "5.3",
  title: "No one approves or reviews their own work",
  description:
    `When control 5.3 is applicable, conflicting duties are held by different people where the records show both: a vulnerability exception is not approved by the person who owns the exposure, a release is not approved for production by one of its authors, and an access review is not performed by someone who holds a personal privileged account on the system reviewed. Minor for each, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Have someone independent of the work approve or review it (the owner's manager, another engineer, the system owner's deputy).",
  reads: ["vulnerabilities", "releases", "accessReviews", "accounts"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.3", index);
    if (skip) return skip;
    const exceptions = isms.vulnerabilities.flatMap((v, i) => (v.exception ? [{ v, i }] : []));
    const approved = isms.releases.flatMap((r, i) => (r.approvedById !== undefined ? [{ r, i }] : []));
    const reviews = isms.accessReviews.flatMap((r, i) => (r.status === "completed" ? [{ r, i }] : []));
    if (exceptions.length + approved.length + reviews.length === 0) return { notAssessable: "no vulnerability exception, release approval or access review is recorded" };
    const name = (id: string) => quote(index.people.get(id)?.value.name ?? id);
    const out: ConformityRuleFinding[] = [];
    for (const { v, i } of exceptions) {
      if (v.exception!.approvedById === v.exception!.ownerId) out.push({ message: `the exception for vulnerability ${quote(v.name)} was approved by its own owner, ${name(v.exception!.ownerId)}`, refs: [pointer("vulnerabilities", i, "exception")] });
    }
    for (const { r, i } of approved) {
      if (r.authorIds.includes(r.approvedById!)) out.push({ message: `release ${quote(r.version)} was approved for production by one of its authors, ${name(r.approvedById!)}`, refs: [pointer("releases", i, "approvedById")] });
    }
    for (const { r, i } of reviews) {
      const own = (index.operations.accountsBySystem.get(r.systemId) ?? []).find((a) => a.value.status === "active" && a.value.privilege === "privileged" && a.value.personId === r.reviewerId);
      if (own) out.push({ message: `the access review of ${quote(index.operations.systems.get(r.systemId)?.value.name ?? r.systemId)} on ${r.performedOn ?? "?"} was performed by ${name(r.reviewerId)}, who holds the privileged account ${quote(own.value.username)} on it`, refs: [pointer("accessReviews", i, "reviewerId"), own.pointer] });
    }
    return out;
  },
});
