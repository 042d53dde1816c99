import { builtInRule } from "../_lib/builtInRule";
import { riskPositions } from "../_lib/createConformityContext";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f: risk owners approve the treatment plan. @category Conformity */
export const planApprovedByOwners = builtInRule({
  id: "6.1.3-plan-approved-by-owners",
  clause: "6.1.3",
  title: "Risk owners approve the treatment plan",
  description: `Each treatment plan is approved by the owner of every open risk it treats (\`treatmentPlans[].approvals\`). Minor for each plan some owner has not approved — one lapse per plan, however many risks it covers; ${SYSTEMIC_RULE} (of the plans covering open risks with an owner).`,
  severity: "minor",
  stage: 1,
  hint: "Record the risk owner's approval of the plan (`approvals: [{ approvedById, approvedOn, riskIds }]`).",
  check(isms, { index, gradingPolicy }) {
    // Each plan covering an open risk with an owner: its position, and the positions of the risks
    // whose owner has not approved it (their pointers written only when the plan is reported on its own).
    const positions = riskPositions(index, isms.risks);
    const plans: { title: string; p: number; unapproved: number[] }[] = [];
    isms.treatmentPlans.forEach((plan, p) => {
      const approvedFor = approvalsOf(plan.approvals);
      let covered = false;
      const unapproved: (typeof plans)[number]["unapproved"] = [];
      const riskIds = eachOnce(plan.riskIds);
      for (let k = 0; k < riskIds.length; k++) {
        const riskId = riskIds[k]!;
        const at = positions.get(riskId);
        const found = at === undefined ? undefined : isms.risks[at]!;
        if (!found || found.status !== "open" || found.ownerId === undefined) continue;
        covered = true;
        if (!approvedFor(found.ownerId, riskId)) unapproved.push(at!);
      }
      if (covered) plans.push({ title: plan.title, p, unapproved });
    });
    if (plans.length === 0) return { notAssessable: "no treatment plan covers an open risk with an owner" };
    return gradeItems(
      plans.filter((x) => x.unapproved.length > 0),
      plans.length,
      gradingPolicy,
      (x) => ({
        message: `treatment plan ${quote(x.title)} is not approved by the owner${x.unapproved.length === 1 ? "" : "s"} of ${listForMessage(x.unapproved.map((u) => `risk ${quote(isms.risks[u]!.title)} ("${isms.risks[u]!.ownerId!}")`))}`,
        refs: [pointer("treatmentPlans", x.p), ...x.unapproved.map((u) => pointer("risks", u))],
      }),
      (all) => ({
        message: `${all.length} of ${plans.length} treatment plans are not approved by the owners of their risks: ${listForMessage(all.map((x) => quote(x.title)))}`,
        refs: all.map((x) => pointer("treatmentPlans", x.p)),
      }),
    );
  },
});

/** The ids, each once in the order they first appear: the list itself when it has no repeats (checked in place when short). */
function eachOnce(ids: readonly string[]): readonly string[] {
  if (ids.length <= 32) {
    let repeats = false;
    for (let k = 0; k < ids.length && !repeats; k++) repeats = ids.indexOf(ids[k]!) !== k;
    if (!repeats) return ids;
  }
  return [...new Set(ids)];
}

/**
 * Whether a plan's approvals cover a risk for its owner: an approval by the owner without `riskIds`
 * (every risk the approver owns) or naming the risk. The usual plan has an approval or two, read as
 * they are; a plan with many gets a map of each approver's scope, built once.
 */
function approvalsOf(approvals: readonly { approvedById: string; riskIds: readonly string[] }[]): (ownerId: string, riskId: string) => boolean {
  if (approvals.length <= 4) {
    return (ownerId, riskId) => {
      for (let a = 0; a < approvals.length; a++) {
        const approval = approvals[a]!;
        if (approval.approvedById === ownerId && (approval.riskIds.length === 0 || approval.riskIds.includes(riskId))) return true;
      }
      return false;
    };
  }
  // Per approver: "all" (an approval without riskIds covers every risk the approver owns) or the risks named.
  const approvedBy = new Map<string, "all" | Set<string>>();
  for (const a of approvals) {
    const known = approvedBy.get(a.approvedById);
    if (known === "all") continue;
    if (a.riskIds.length === 0) approvedBy.set(a.approvedById, "all");
    else if (known) for (const id of a.riskIds) known.add(id);
    else approvedBy.set(a.approvedById, new Set(a.riskIds));
  }
  return (ownerId, riskId) => {
    const scope = approvedBy.get(ownerId);
    return scope === "all" || (scope !== undefined && scope.has(riskId));
  };
}
