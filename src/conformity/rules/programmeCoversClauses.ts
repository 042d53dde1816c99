import { assessableClauseIds, expandClauses } from "../_lib/clauseTree";
import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { programmeScopes } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2: the audit programme covers every clause within the cycle. @category Conformity */
export const programmeCoversClauses = builtInRule({
  id: "9.2.2-programme-covers-clauses",
  clause: "9.2.2",
  title: "The audit programme covers every clause",
  description:
    "Within the programme's period (else the last three years and what is planned), the internal audits planned and held cover every clause 4.1 to 10.2 (a heading such as \"9\" covers the clauses under it). Minor listing the clauses left out.",
  severity: "minor",
  stage: 2,
  hint: "Add the missing clauses to the scope of a planned internal audit (`auditProgramme.plannedAudits[].scope.clauseIds`).",
  check(isms, { asOf }) {
    const scopes = programmeScopes(isms, asOf, shiftMonths(asOf, -36));
    if (scopes.length === 0) return { notAssessable: "no internal audit is planned or held" };
    const covered = expandClauses(scopes.flatMap((s) => s.clauseIds));
    const missing = assessableClauseIds.filter((c) => !covered.has(c));
    if (missing.length === 0) return [];
    return [{ message: `the internal audits of the cycle leave out ${plural(missing.length, "clause")}: ${listForMessage(missing, 12)}`, refs: [isms.auditProgramme ? "/auditProgramme" : "/audits"] }];
  },
});
