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
      // Per approver: "all" (an approval without riskIds covers every risk the approver owns) or the risks named.
      const approvedBy = new Map<string, "all" | Set<string>>();
      for (const a of plan.approvals) {
        const known = approvedBy.get(a.approvedById);
        if (known === "all") continue;
        if (a.riskIds.length === 0) approvedBy.set(a.approvedById, "all");
        else if (known) for (const id of a.riskIds) known.add(id);
        else approvedBy.set(a.approvedById, new Set(a.riskIds));
      }
      let covered = false;
      const unapproved: (typeof plans)[number]["unapproved"] = [];
      for (const riskId of new Set(plan.riskIds)) {
        const at = positions.get(riskId);
        const found = at === undefined ? undefined : isms.risks[at]!;
        if (!found || found.status !== "open" || found.ownerId === undefined) continue;
        covered = true;
        const scope = approvedBy.get(found.ownerId);
        if (scope === "all" || (scope !== undefined && scope.has(riskId))) continue;
        unapproved.push(at!);
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
