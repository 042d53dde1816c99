import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f: risk owners approve the treatment plan. @category Conformity */
export const planApprovedByOwners = builtInRule({
  id: "6.1.3-plan-approved-by-owners",
  clause: "6.1.3",
  title: "Risk owners approve the treatment plan",
  description: `For each open risk in a treatment plan, the risk's owner has approved that plan (\`treatmentPlans[].approvals\`). Minor for each risk whose owner has not; ${SYSTEMIC_RULE} (of the planned risks with an owner).`,
  severity: "minor",
  stage: 1,
  hint: "Record the risk owner's approval of the plan (`approvals: [{ approvedById, approvedOn, riskIds }]`).",
  check(isms) {
    const risks = new Map(isms.risks.map((r, i) => [r.id, { r, i }]));
    const pairs: { plan: string; p: number; risk: string; title: string; ref: string; approved: boolean }[] = [];
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
      for (const riskId of new Set(plan.riskIds)) {
        const found = risks.get(riskId);
        if (!found || found.r.status !== "open" || found.r.ownerId === undefined) continue;
        const scope = approvedBy.get(found.r.ownerId);
        const approved = scope === "all" || (scope !== undefined && scope.has(riskId));
        pairs.push({ plan: plan.title, p, risk: riskId, title: found.r.title, ref: pointer("treatmentPlans", p), approved });
      }
    });
    if (pairs.length === 0) return { notAssessable: "no treatment plan covers an open risk with an owner" };
    const unapproved = pairs.filter((x) => !x.approved);
    return gradeItems(
      unapproved,
      pairs.length,
      (x) => ({ message: `the owner of risk ${quote(x.title)} has not approved treatment plan ${quote(x.plan)}`, refs: [x.ref, pointer("risks", risks.get(x.risk)!.i)] }),
      (all) => ({
        message: `risk owners have not approved the treatment plans for ${all.length} of ${pairs.length} planned risks: ${listForMessage(all.map((a) => a.risk))}`,
        refs: [...new Set(all.map((a) => a.ref))],
      }),
    );
  },
});
