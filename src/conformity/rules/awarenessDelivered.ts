import { builtInRule } from "../_lib/builtInRule";
import { latestDay, shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";

/** 7.3: awareness is raised. @category Conformity */
export const awarenessDelivered = builtInRule({
  id: "7.3-awareness-delivered",
  clause: "7.3",
  title: "Awareness activities are held",
  description:
    "Awareness activities (`trainings` of kind awareness) have been delivered: major when none ever was; minor when the last one is older than the organisation's awareness interval (`parameters.awarenessIntervalMonths`).",
  severity: "major",
  stage: 2,
  hint: "Run awareness sessions on the policy, each person's contribution and the implications of not conforming, within the awareness interval, and record them.",
  check(isms, { asOf, parameters }) {
    const last = latestDay(isms.trainings.filter((t) => t.kind === "awareness" && t.deliveredOn !== undefined && t.deliveredOn <= asOf).map((t) => t.deliveredOn));
    if (last === undefined) return [{ message: "no awareness activity has been delivered", refs: ["/trainings"] }];
    const interval = parameters.awarenessIntervalMonths;
    if (last < shiftMonths(asOf, -interval.value)) {
      return [{ severity: "minor", message: `the last awareness activity was delivered on ${last}, longer ago than the awareness interval of ${describeParameter(interval)}`, refs: ["/trainings"], parameters: [interval] }];
    }
    return [];
  },
});
