import { builtInRule } from "../_lib/builtInRule";
import { shiftDays } from "../_lib/dates";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, latestOn, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 8.16: activity is monitored: alerts watch the logs, or people review them. @category Conformity */
export const logsMonitored = builtInRule({
  id: "A.8.16-logs-monitored",
  controlId: "8.16",
  title: "Logs are watched by alerts or reviewed on time",
  description: `When control 8.16 is applicable, every active log source is monitored: it raises alerts through at least one active monitoring use case (\`alerting\`, \`monitoringUseCases[].logSourceIds\`), or it was reviewed within its own interval (\`reviewIntervalDays\`), else the organisation's (\`parameters.logReviewIntervalDays\`). Minor for each source neither watched nor reviewed in time, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the active log sources). Logs no one looks at detect nothing.`,
  severity: "minor",
  stage: 2,
  hint: "Connect the source to a monitoring use case that alerts someone, or review it on schedule and record the review (`reviews`).",
  reads: ["logSources", "monitoringUseCases"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const active = located(isms.logSources, "logSources", (l) => l.status === "active");
    const skip = unlessRecords("8.16", index, active, "no active log source is recorded");
    if (skip) return skip;
    const { useCasesByLogSource } = index.operations;
    const fallback = parameters.logReviewIntervalDays;
    const lapses = active.flatMap(({ value: l, pointer }) => {
      if (l.alerting && useCasesByLogSource.has(l.id)) return [];
      const days = l.reviewIntervalDays ?? fallback.value;
      const every = l.reviewIntervalDays !== undefined ? `${days} days (its own interval)` : describeParameter(fallback);
      const last = latestOn(l.reviews, (r) => r.performedOn, asOf);
      if (last !== undefined && shiftDays(last.day, days) >= asOf) return [];
      const why = l.alerting ? "its alerting feeds no active use case and it" : "it raises no alerts and";
      return [
        {
          item: l,
          message: last === undefined ? `log source ${quote(l.name)}: ${why} has never been reviewed (every ${every})` : `log source ${quote(l.name)}: ${why} was last reviewed on ${last.day} (every ${every})`,
          refs: [pointer],
          ...(l.reviewIntervalDays === undefined ? { parameters: [fallback] } : {}),
        },
      ];
    });
    return gradeLapses(lapses, active.length, gradingPolicy, "active log sources are neither alerting nor reviewed on time", (l) => l.id);
  },
});
