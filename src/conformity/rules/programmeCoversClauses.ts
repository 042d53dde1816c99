import { assessableClauseIds, expandClauses } from "../_lib/clauseTree";
import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { programmeScopes } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2: the audit programme covers every clause within the cycle. @category Conformity */
export const programmeCoversClauses = builtInRule({
  id: "9.2.2-programme-covers-clauses",
  clause: "9.2.2",
  title: "The audit programme covers every clause",
  description:
    "Within the programme's period (else the `parameters.auditProgrammeCycleMonths` before the check, and what is planned), the internal audits planned and held cover every clause 4.1 to 10.2 — by `clauseIds` (a heading such as \"9\" covers the clauses under it) or `allClauses`. Minor listing the clauses left out; an opportunity for improvement instead when an audit states its scope only in words, which the data cannot read.",
  severity: "minor",
  stage: 2,
  hint: "Add the missing clauses to the scope of a planned internal audit (`auditProgramme.plannedAudits[].scope.clauseIds`, or `allClauses: true`).",
  check(isms, { asOf, parameters }) {
    const cycle = parameters.auditProgrammeCycleMonths;
    const period = isms.auditProgramme?.period;
    const window = period !== undefined ? `of the programme's period (${period.start} to ${period.end})` : `of the last ${describeParameter(cycle)}`;
    const used = period !== undefined ? [] : [cycle];
    const scopes = programmeScopes(isms, shiftMonths(asOf, -cycle.value));
    if (scopes.length === 0) return { notAssessable: "no internal audit is planned or held" };
    if (scopes.some((s) => s.allClauses === true)) return [];
    const covered = expandClauses(scopes.flatMap((s) => s.clauseIds));
    const missing = assessableClauseIds.filter((c) => !covered.has(c));
    if (missing.length === 0) return [];
    const inWords = scopes.some((s) => s.clauseIds.length === 0 && s.controlIds.length === 0 && s.description !== undefined && /\S/.test(s.description));
    const ref = isms.auditProgramme ? "/auditProgramme" : "/audits";
    if (inWords) {
      return [
        {
          severity: "ofi",
          message: `the internal audits ${window} name ${plural(assessableClauseIds.length - missing.length, "clause")} of ${assessableClauseIds.length}; an audit states its scope only in words, so whether it covers ${listForMessage(missing, 12)} cannot be read from the data`,
          refs: [ref],
          hint: "Record the clauses the audit covers (`scope.clauseIds`, or `allClauses: true`).",
          parameters: used,
        },
      ];
    }
    return [{ message: `the internal audits ${window} leave out ${plural(missing.length, "clause")}: ${listForMessage(missing, 12)}`, refs: [ref], parameters: used }];
  },
});
