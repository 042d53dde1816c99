import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";

/** 9.2.2: planned audits are carried out. @category Conformity */
export const auditsOnPlan = builtInRule({
  id: "9.2.2-audits-on-plan",
  clause: "9.2.2",
  title: "Planned audits are carried out",
  description:
    "Each audit of the programme planned longer ago than the slack (`parameters.plannedActivityGraceDays`) has been carried out (an internal audit that names it in `plannedAuditId`, or held on its planned day, completed or in progress). Minor for each one that has not.",
  severity: "minor",
  stage: 2,
  hint: "Carry out the audit and record it with `plannedAuditId`, or re-plan it in the programme.",
  check(isms, { asOf, parameters }) {
    const grace = parameters.plannedActivityGraceDays;
    const planned = isms.auditProgramme?.plannedAudits ?? [];
    if (planned.length === 0) return { notAssessable: "no audit is planned in the programme" };
    const done = new Set<string>();
    const doneOn = new Set<string>();
    for (const a of isms.audits) {
      if (a.type !== "internal" || (a.status !== "completed" && a.status !== "in-progress")) continue;
      if (a.plannedAuditId !== undefined) done.add(a.plannedAuditId);
      for (const day of [a.plannedOn, a.performedOn]) if (day !== undefined) doneOn.add(day);
    }
    return planned.flatMap((p, i) =>
      daysBetween(p.plannedOn, asOf) > grace.value && !done.has(p.id) && !doneOn.has(p.plannedOn)
        ? [
            {
              message: `the internal audit ${p.title ? `"${p.title}" ` : ""}planned on ${p.plannedOn} has not been carried out (more than ${describeParameter(grace)} late)`,
              refs: [pointer("auditProgramme", "plannedAudits", i)],
              parameters: [grace],
            },
          ]
        : [],
    );
  },
});
