import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { listForMessage } from "../_lib/text";

const POINTS = {
  policy: "the information security policy (7.3 a)",
  contribution: "each person's contribution to the ISMS (7.3 b)",
  consequences: "the implications of not conforming (7.3 c)",
} as const;

/** 7.3 a–c: awareness covers the policy, each person's contribution and the implications of not conforming. @category Conformity */
export const awarenessContent = builtInRule({
  id: "7.3-awareness-content",
  clause: "7.3",
  title: "Awareness covers the policy, contributions and consequences",
  description:
    "The awareness activities delivered within the awareness interval (`parameters.awarenessIntervalMonths`) cover, between them, the three points of 7.3 (`awarenessTopics`): the policy, each person's contribution to the ISMS, and the implications of not conforming. Minor naming the points not covered.",
  severity: "minor",
  stage: 2,
  hint: "Cover the missing points in the awareness programme and record them (`trainings[].awarenessTopics`).",
  check(isms, { asOf, parameters }) {
    const interval = parameters.awarenessIntervalMonths;
    const since = shiftMonths(asOf, -interval.value);
    const recent = isms.trainings.filter((t) => t.kind === "awareness" && t.deliveredOn !== undefined && t.deliveredOn <= asOf && t.deliveredOn >= since);
    if (recent.length === 0) return { notAssessable: `no awareness activity was delivered within the awareness interval (${describeParameter(interval)})` };
    const covered = new Set(recent.flatMap((t) => t.awarenessTopics));
    const missing = (Object.keys(POINTS) as (keyof typeof POINTS)[]).filter((p) => !covered.has(p));
    if (missing.length === 0) return [];
    return [
      {
        message: `the awareness activities of the last ${describeParameter(interval)} do not cover ${listForMessage(missing.map((p) => POINTS[p]))}`,
        refs: ["/trainings"],
        parameters: [interval],
      },
    ];
  },
});
