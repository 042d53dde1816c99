import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { minutesText } from "../_lib/durations";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { unlessApplicable } from "../_lib/applicability";
import { gradeLapses, latestOn } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 5.30: each service's recovery is exercised, and meets its objective. @category Conformity */
export const recoveryExercised = builtInRule({
  id: "A.5.30-recovery-exercised",
  controlId: "5.30",
  title: "Each service's recovery is exercised and meets its RTO",
  description: `When control 5.30 is applicable, every service of the business impact analysis had a disaster-recovery exercise (\`continuityExercises\`, kind disaster-recovery) within the organisation's interval (\`parameters.continuityExerciseIntervalMonths\`), and its latest one met its objectives: recovered within the service's RTO, and not recorded as not met. Minor for each service that was not exercised or missed, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the services).`,
  severity: "minor",
  stage: 2,
  hint: "Exercise the service's recovery (a walkthrough at least, a failover or restore at best), time it against the RTO, and record the exercise and what it taught.",
  reads: ["businessImpactAnalysis", "continuityExercises"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const skip = unlessApplicable("5.30", index);
    if (skip) return skip;
    const { services, exercisesByService } = index.operations;
    if (services.size === 0) return { notAssessable: "no business impact analysis lists services" };
    const interval = parameters.continuityExerciseIntervalMonths;
    const since = shiftMonths(asOf, -interval.value);
    const lapses = [...services.values()].flatMap(({ value: s, pointer }) => {
      const dr = (exercisesByService.get(s.id) ?? []).filter((x) => x.value.kind === "disaster-recovery");
      const last = latestOn(dr, (x) => x.value.performedOn, asOf);
      if (last === undefined) return [{ item: s, message: `the recovery of service ${quote(s.name)} has never been exercised (every ${describeParameter(interval)})`, refs: [pointer], parameters: [interval] }];
      const x = last.item.value;
      if (last.day < since) return [{ item: s, message: `the recovery of service ${quote(s.name)} was last exercised on ${last.day} (every ${describeParameter(interval)})`, refs: [last.item.pointer], parameters: [interval] }];
      if (x.recoveryMinutes !== undefined && x.recoveryMinutes > s.rtoMinutes) {
        return [{ item: s, message: `the exercise ${quote(x.title)} on ${last.day} recovered service ${quote(s.name)} in ${minutesText(x.recoveryMinutes)}, beyond its ${minutesText(s.rtoMinutes)} recovery time objective`, refs: [last.item.pointer] }];
      }
      if (x.result === "not-met") return [{ item: s, message: `the exercise ${quote(x.title)} on ${last.day} did not meet its objectives for service ${quote(s.name)}`, refs: [last.item.pointer] }];
      return [];
    });
    return gradeLapses(lapses, services.size, gradingPolicy, "services are not shown to recover within their objectives", (s) => s.id);
  },
});
