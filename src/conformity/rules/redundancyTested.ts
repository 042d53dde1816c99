import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE } from "../_lib/grading";
import { shiftMonths } from "../_lib/dates";
import { unlessApplicable } from "../_lib/applicability";
import { minutesText } from "../_lib/durations";
import { latestOn } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

/** Annex A 8.14: critical services have redundancy, and it is shown to work. @category Conformity */
export const redundancyTested = builtInRule({
  id: "A.8.14-redundancy-tested",
  controlId: "8.14",
  title: "Critical services are redundant, and failover is tested",
  description:
    `When control 8.14 is applicable, every service of the business impact analysis rated critical states redundancy (\`redundancy\` other than none), and every service with redundancy had a failover test (a continuity exercise of type failover or full-interruption covering it) within the organisation's interval (\`parameters.continuityExerciseIntervalMonths\`). Minor for each service that does not, ${ISOLATED_LAPSE}.`,
  severity: "minor",
  stage: 2,
  hint: "Add redundancy for the critical service (another zone or region, a standby), and fail over to it in an exercise; record the result.",
  reads: ["businessImpactAnalysis", "continuityExercises"],
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("8.14", index);
    if (skip) return skip;
    const { services, exercisesByService } = index.operations;
    const judged = [...services.values()].filter(({ value }) => value.criticality === "critical" || (value.redundancy !== undefined && value.redundancy !== "none"));
    if (judged.length === 0) return { notAssessable: "no service of the business impact analysis is critical or states redundancy" };
    const interval = parameters.continuityExerciseIntervalMonths;
    const since = shiftMonths(asOf, -interval.value);
    const out: ConformityRuleFinding[] = [];
    for (const { value: s, pointer } of judged) {
      if (s.redundancy === undefined || s.redundancy === "none") {
        out.push({ message: `the critical service ${quote(s.name)} has no redundancy (RTO ${minutesText(s.rtoMinutes)})`, refs: [pointer] });
        continue;
      }
      const failovers = (exercisesByService.get(s.id) ?? []).filter((x) => x.value.type === "failover" || x.value.type === "full-interruption");
      const last = latestOn(failovers, (x) => x.value.performedOn, asOf);
      if (last !== undefined && last.day >= since) continue;
      out.push({
        message: last === undefined ? `the ${s.redundancy} redundancy of service ${quote(s.name)} has never been tested by a failover` : `the ${s.redundancy} redundancy of service ${quote(s.name)} was last tested by a failover on ${last.day} (every ${describeParameter(interval)})`,
        refs: [last === undefined ? pointer : last.item.pointer],
        parameters: [interval],
      });
    }
    return out;
  },
});
