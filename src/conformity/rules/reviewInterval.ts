import type { ConformityRuleFinding } from "../ConformityRule";
import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { activityLapse } from "../_lib/intervals";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { heldReviews } from "../_lib/selectors";

/** 9.3.1: management reviews are held at planned intervals. @category Conformity */
export const reviewInterval = builtInRule({
  id: "9.3.1-review-interval",
  clause: "9.3.1",
  title: "Management reviews are held at their planned interval",
  description:
    "The next management review is held within the organisation's interval of the latest (`parameters.managementReviewIntervalMonths`): minor when it is late by no more than the slack (`plannedActivityGraceDays`); when none is held in the period after that, the review is absent — graded by the policy's `requiredActivityAbsent` (major by default). A planned review more than the slack overdue is minor.",
  severity: "minor",
  stage: 2,
  hint: "Hold the next management review and record it (`heldOn`), or re-plan it.",
  check(isms, { asOf, parameters, gradingPolicy }) {
    const held = heldReviews(isms, asOf);
    const latest = held[held.length - 1];
    if (latest === undefined) return { notAssessable: "no management review has been held" };
    const interval = parameters.managementReviewIntervalMonths;
    const grace = parameters.plannedActivityGraceDays;
    const out: ConformityRuleFinding[] = [];
    const lapse = activityLapse(latest.heldOn, interval, grace, asOf, gradingPolicy);
    if (lapse.state !== "on-time") {
      out.push({
        severity: lapse.severity,
        message:
          lapse.state === "late"
            ? `the management review due by ${lapse.dueOn} (every ${describeParameter(interval)} since ${latest.heldOn}) has not been held yet`
            : `no management review has been held since ${latest.heldOn}: the next was due by ${lapse.dueOn} (every ${describeParameter(interval)}, with ${describeParameter(grace)} of slack), so the review is absent from its period`,
        refs: [latest.pointer],
        parameters: [interval, grace],
      });
    }
    isms.managementReviews.forEach((r, i) => {
      if (r.heldOn === undefined && r.plannedOn !== undefined && daysBetween(r.plannedOn, asOf) > grace.value) {
        out.push({
          message: `the management review planned on ${r.plannedOn} has not been held (more than ${describeParameter(grace)} late)`,
          refs: [pointer("managementReviews", i)],
          parameters: [grace],
        });
      }
    });
    return out;
  },
});
