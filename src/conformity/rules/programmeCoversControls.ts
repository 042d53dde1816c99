import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { programmeScopes } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2: the audit programme covers every applicable control within the cycle. @category Conformity */
export const programmeCoversControls = builtInRule({
  id: "9.2.2-programme-covers-controls",
  clause: "9.2.2",
  title: "The audit programme covers every applicable control",
  description:
    "Within the programme's period (else the last three years and what is planned), the internal audits planned and held name every applicable control in their scope. Minor listing the controls left out.",
  severity: "minor",
  stage: 2,
  hint: "Add the missing controls to the scope of a planned internal audit (`auditProgramme.plannedAudits[].scope.controlIds`).",
  check(isms, { asOf }) {
    const applicable = isms.controls.filter((c) => c.applicable === true).map((c) => c.id);
    if (applicable.length === 0) return { notAssessable: "no control is applicable" };
    const scopes = programmeScopes(isms, asOf, shiftMonths(asOf, -36));
    if (scopes.length === 0) return { notAssessable: "no internal audit is planned or held" };
    const covered = new Set(scopes.flatMap((s) => s.controlIds));
    const missing = applicable.filter((id) => !covered.has(id));
    if (missing.length === 0) return [];
    return [
      {
        message: `the internal audits of the cycle leave out ${plural(missing.length, "applicable control")} of ${applicable.length}: ${listForMessage(missing, 12)}`,
        refs: [isms.auditProgramme ? "/auditProgramme" : "/audits"],
      },
    ];
  },
});
