import { builtInRule } from "../_lib/builtInRule";
import { currentPolicies, heldReviews } from "../_lib/selectors";

/** 5.1: top management shows leadership of the ISMS. @category Conformity */
export const leadershipShown = builtInRule({
  id: "5.1-leadership-shown",
  clause: "5.1",
  title: "Top management visibly leads the ISMS",
  description:
    "The data shows top management at work on the ISMS: it approved the information security policy, took part in a management review, or assigned the ISMS roles. Minor when none of these is recorded.",
  severity: "minor",
  stage: 2,
  hint: "Have top management approve the policy, chair the management review and assign the ISMS roles, and record it.",
  check(isms, { asOf, index }) {
    const top = index.activeTopManagement;
    if (top.size === 0) return { notAssessable: "no member of top management is identified" };
    const isTop = (id: string | undefined) => id !== undefined && index.people.get(id)?.value.topManagement === true;
    const approvedPolicy = currentPolicies(isms).some((p) => p.value.status === "approved" && isTop(p.value.approval?.approvedById));
    const reviewed = heldReviews(isms, asOf).some((r) => isTop(r.value.chairId) || r.value.attendeeIds.some(isTop));
    const assigned = isms.roles.some((r) => r.ismsDuties.length > 0 && isTop(r.assignedById));
    if (approvedPolicy || reviewed || assigned) return [];
    return [
      {
        message: "nothing in the document shows top management leading the ISMS: it approved no policy, attended no management review and assigned no ISMS role",
        refs: ["/people", "/managementReviews", "/roles"],
      },
    ];
  },
});
