import { builtInRule } from "../_lib/builtInRule";
import { activityLapse } from "../_lib/intervals";
import { describeParameter } from "../_lib/parameters";
import { completedInternalAudits } from "../_lib/selectors";

/** 9.2.1: internal audits are conducted at planned intervals. @category Conformity */
export const auditInterval = builtInRule({
  id: "9.2.1-audit-interval",
  clause: "9.2.1",
  title: "Internal audits are held at their planned interval",
  description:
    "The next internal audit is carried out within the audit programme's frequency of the latest (`parameters.internalAuditIntervalMonths`): minor when it is late by no more than the slack (`plannedActivityGraceDays`); when none is carried out in the period after that, internal audit is absent — graded by the policy's `requiredActivityAbsent` (major by default).",
  severity: "minor",
  stage: 2,
  hint: "Carry out the next internal audit of the programme.",
  check(isms, { asOf, parameters, gradingPolicy }) {
    const audits = completedInternalAudits(isms, asOf);
    const latest = audits[audits.length - 1];
    if (latest === undefined) return { notAssessable: "no internal audit has been carried out" };
    const interval = parameters.internalAuditIntervalMonths;
    const grace = parameters.plannedActivityGraceDays;
    const lapse = activityLapse(latest.day, interval, grace, asOf, gradingPolicy);
    if (lapse.state === "on-time") return [];
    return [
      {
        severity: lapse.severity,
        message:
          lapse.state === "late"
            ? `the internal audit due by ${lapse.dueOn} (every ${describeParameter(interval)} since ${latest.day}) has not been carried out yet`
            : `no internal audit has been carried out since ${latest.day}: the next was due by ${lapse.dueOn} (every ${describeParameter(interval)}, with ${describeParameter(grace)} of slack), so internal audit is absent from its period`,
        refs: [latest.pointer],
        parameters: [interval, grace],
      },
    ];
  },
});
