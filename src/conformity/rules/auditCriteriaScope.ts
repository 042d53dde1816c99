import { builtInRule } from "../_lib/builtInRule";
import { completedInternalAudits } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2 a: each audit has defined criteria and scope. @category Conformity */
export const auditCriteriaScope = builtInRule({
  id: "9.2.2-audit-criteria-scope",
  clause: "9.2.2",
  title: "Each audit defines its criteria and scope",
  description: "Each completed internal audit states its criteria and its scope (clauses, controls, the whole ISMS or a description). Minor listing those that do not.",
  severity: "minor",
  stage: 2,
  hint: "Record the audit's `criteria` (standard, policies, procedures) and `scope`.",
  check(isms, { asOf }) {
    const audits = completedInternalAudits(isms, asOf);
    if (audits.length === 0) return { notAssessable: "no internal audit has been carried out" };
    const vague = audits.filter(
      ({ value: a }) => a.criteria === undefined || (a.scope.clauseIds.length === 0 && a.scope.controlIds.length === 0 && a.scope.allClauses !== true && a.scope.allApplicableControls !== true && a.scope.description === undefined),
    );
    if (vague.length === 0) return [];
    return [
      {
        message: `${plural(vague.length, "internal audit")} ${vague.length === 1 ? "does" : "do"} not state ${vague.length === 1 ? "its" : "their"} criteria or scope: ${listForMessage(vague.map(({ value }) => value.id))}`,
        refs: vague.map(({ pointer }) => pointer),
      },
    ];
  },
});
