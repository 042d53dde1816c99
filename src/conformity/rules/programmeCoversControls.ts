import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { programmeScopes } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2: the audit programme covers every applicable control within the cycle. @category Conformity */
export const programmeCoversControls = builtInRule({
  id: "9.2.2-programme-covers-controls",
  clause: "9.2.2",
  title: "The audit programme covers every applicable control",
  description:
    "Within the programme's period (else the `parameters.auditProgrammeCycleMonths` before the check, and what is planned), the internal audits planned and held cover every applicable control — by `controlIds` or `allApplicableControls`. Minor listing the controls left out; an opportunity for improvement instead when an audit states its scope only in words, which the data cannot read.",
  severity: "minor",
  stage: 2,
  hint: "Add the missing controls to the scope of a planned internal audit (`auditProgramme.plannedAudits[].scope.controlIds`, or `allApplicableControls: true`).",
  check(isms, { asOf, parameters }) {
    const applicable = isms.controls.filter((c) => c.applicable === true).map((c) => c.id);
    if (applicable.length === 0) return { notAssessable: "no control is applicable" };
    const cycle = parameters.auditProgrammeCycleMonths;
    const period = isms.auditProgramme?.period;
    const window = period !== undefined ? `of the programme's period (${period.start} to ${period.end})` : `of the last ${describeParameter(cycle)}`;
    const used = period !== undefined ? [] : [cycle];
    const scopes = programmeScopes(isms, shiftMonths(asOf, -cycle.value));
    if (scopes.length === 0) return { notAssessable: "no internal audit is planned or held" };
    if (scopes.some((s) => s.allApplicableControls === true)) return [];
    const covered = new Set(scopes.flatMap((s) => s.controlIds));
    const missing = applicable.filter((id) => !covered.has(id));
    if (missing.length === 0) return [];
    const ref = isms.auditProgramme ? "/auditProgramme" : "/audits";
    const inWords = scopes.some((s) => s.clauseIds.length === 0 && s.controlIds.length === 0 && s.description !== undefined && /\S/.test(s.description));
    if (inWords) {
      return [
        {
          severity: "ofi",
          message: `the internal audits ${window} name ${applicable.length - missing.length} of ${plural(applicable.length, "applicable control")}; an audit states its scope only in words, so whether it covers ${listForMessage(missing, 12)} cannot be read from the data`,
          refs: [ref],
          hint: "Record the controls the audit covers (`scope.controlIds`, or `allApplicableControls: true`).",
          parameters: used,
        },
      ];
    }
    return [
      {
        message: `the internal audits ${window} leave out ${plural(missing.length, "applicable control")} of ${applicable.length}: ${listForMessage(missing, 12)}`,
        refs: [ref],
        parameters: used,
      },
    ];
  },
});
