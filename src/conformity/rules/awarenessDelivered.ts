import { builtInRule } from "../_lib/builtInRule";
import { latestDay, shiftMonths } from "../_lib/dates";

/** 7.3: awareness is raised. @category Conformity */
export const awarenessDelivered = builtInRule({
  id: "7.3-awareness-delivered",
  clause: "7.3",
  title: "Awareness activities are held",
  description: "Awareness activities (`trainings` of kind awareness) have been delivered: major when none ever was; minor when the last one is more than 12 months old.",
  severity: "major",
  stage: 2,
  hint: "Run awareness sessions on the policy, each person's contribution and the consequences of not conforming, at least yearly, and record them.",
  check(isms, { asOf }) {
    const last = latestDay(isms.trainings.filter((t) => t.kind === "awareness" && t.deliveredOn !== undefined && t.deliveredOn <= asOf).map((t) => t.deliveredOn));
    if (last === undefined) return [{ message: "no awareness activity has been delivered", refs: ["/trainings"] }];
    if (last < shiftMonths(asOf, -12)) return [{ severity: "minor", message: `the last awareness activity was delivered on ${last}, more than 12 months ago`, refs: ["/trainings"] }];
    return [];
  },
});
