import { builtInRule } from "../_lib/builtInRule";
import { describeParameter } from "../_lib/parameters";
import { shiftMonths } from "../_lib/dates";
import { currentPolicies, heldReviews } from "../_lib/selectors";
import { listForMessage } from "../_lib/text";

/** 5.1: top management shows leadership of the ISMS. @category Conformity */
export const leadershipShown = builtInRule({
  id: "5.1-leadership-shown",
  clause: "5.1",
  title: "Top management visibly leads the ISMS",
  description:
    "The data shows top management at work on each commitment of 5.1 it can show: approving the policy with objectives in place (a), deciding on resources in a management review (c), communicating the importance of information security (d, a communication by a member of top management), reviewing whether the ISMS achieves its outcomes (e, a management review attended within the interval), assigning the ISMS roles (f) and deciding on improvement (g). Minor when more than half are not shown; an opportunity for improvement listing those not shown otherwise.",
  severity: "minor",
  stage: 2,
  hint: "Have top management approve the policy, chair the management review and decide there on resources and improvement, assign the ISMS roles and communicate on information security — and record it.",
  check(isms, { asOf, index, parameters }) {
    const top = index.activeTopManagement;
    if (top.size === 0) return { notAssessable: "no member of top management is identified" };
    const isTop = (id: string | undefined) => id !== undefined && index.people.get(id)?.value.topManagement === true;
    const interval = parameters.managementReviewIntervalMonths;
    const reviews = heldReviews(isms, asOf).filter((r) => isTop(r.value.chairId) || r.value.attendeeIds.some(isTop));
    const shown: [string, boolean][] = [
      ["approving the policy with objectives in place (a)", currentPolicies(isms).some((p) => p.value.status === "approved" && isTop(p.value.approval?.approvedById)) && isms.objectives.some((o) => o.status !== "cancelled")],
      ["deciding on resources (c)", reviews.some((r) => r.value.decisions.some((d) => d.kind === "resources"))],
      ["communicating the importance of information security (d)", isms.communications.some((c) => isTop(c.communicatorId))],
      [`reviewing the ISMS's results within the review interval (e, ${describeParameter(interval)})`, reviews.some((r) => r.heldOn >= shiftMonths(asOf, -interval.value))],
      ["assigning the ISMS roles (f)", isms.roles.some((r) => r.ismsDuties.length > 0 && isTop(r.assignedById))],
      ["deciding on improvement (g)", reviews.some((r) => r.value.decisions.some((d) => d.kind === "improvement"))],
    ];
    const missing = shown.filter(([, ok]) => !ok).map(([what]) => what);
    if (missing.length === 0) return [];
    return [
      {
        severity: missing.length * 2 > shown.length ? "minor" : "ofi",
        message: `the data does not show top management ${listForMessage(missing)}`,
        refs: ["/people", "/managementReviews", "/roles", "/communications"],
        parameters: [interval],
      },
    ];
  },
});
