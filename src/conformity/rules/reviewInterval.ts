import type { ConformityRuleFinding } from "../ConformityRule";
import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { DEFAULT_INTERVAL_MONTHS, shiftMonths } from "../_lib/dates";
import { pointer } from "../_lib/pointers";
import { heldReviews } from "../_lib/selectors";

/** 9.3.1: management reviews are held at planned intervals. @category Conformity */
export const reviewInterval = builtInRule({
  id: "9.3.1-review-interval",
  clause: "9.3.1",
  title: "Management reviews are held at least yearly",
  description: `The latest management review is no more than ${DEFAULT_INTERVAL_MONTHS} months old (minor when it is; major when more than 24 months — the review process has stopped), and no planned review is more than 30 days overdue (minor for each).`,
  severity: "minor",
  stage: 2,
  hint: "Hold the next management review and record it (`heldOn`), or re-plan it.",
  check(isms, { asOf }) {
    const held = heldReviews(isms, asOf);
    const latest = held[held.length - 1];
    if (latest === undefined) return { notAssessable: "no management review has been held" };
    const out: ConformityRuleFinding[] = [];
    if (latest.heldOn < shiftMonths(asOf, -DEFAULT_INTERVAL_MONTHS)) {
      const stopped = latest.heldOn < shiftMonths(asOf, -24);
      out.push({
        severity: stopped ? "major" : "minor",
        message: `the latest management review was held on ${latest.heldOn}, more than ${stopped ? 24 : DEFAULT_INTERVAL_MONTHS} months ago`,
        refs: [latest.pointer],
      });
    }
    isms.managementReviews.forEach((r, i) => {
      if (r.heldOn === undefined && r.plannedOn !== undefined && daysBetween(r.plannedOn, asOf) > 30) {
        out.push({ message: `the management review planned on ${r.plannedOn} has not been held`, refs: [pointer("managementReviews", i)] });
      }
    });
    return out;
  },
});
