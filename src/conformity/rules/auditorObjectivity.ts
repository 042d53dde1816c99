import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { expandClauses } from "../_lib/clauseTree";
import { CONTROLLED_DOCUMENT_TYPES, completedInternalAudits } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2 b: auditors are objective and impartial. @category Conformity */
export const auditorObjectivity = builtInRule({
  id: "9.2.2-auditor-objectivity",
  clause: "9.2.2",
  title: "Auditors do not audit their own work",
  description:
    "Each completed internal audit names its auditor, and no auditor is among the auditees, owns a control in the audit's scope, or owns a controlled document serving a clause in its scope. Minor for each audit where this is not so.",
  severity: "minor",
  stage: 2,
  hint: "Have the area audited by someone independent of it (another department or an external auditor), and record the auditors (`auditorIds` or `externalAuditor`).",
  check(isms, { asOf, index }) {
    const audits = completedInternalAudits(isms, asOf);
    if (audits.length === 0) return { notAssessable: "no internal audit has been carried out" };
    const docsByOwner = new Map<string, { clauseIds: readonly string[] }[]>();
    for (const d of isms.documents) {
      if (d.ownerId === undefined || !CONTROLLED_DOCUMENT_TYPES.has(d.type) || d.status === "retired") continue;
      const owned = docsByOwner.get(d.ownerId);
      if (owned) owned.push(d);
      else docsByOwner.set(d.ownerId, [d]);
    }
    const out: ConformityRuleFinding[] = [];
    for (const { value: audit, pointer, day } of audits) {
      if (audit.auditorIds.length === 0 && audit.externalAuditor === undefined) {
        out.push({ message: `the internal audit of ${day} names no auditor, so its objectivity cannot be shown`, refs: [pointer] });
        continue;
      }
      const clauses = expandClauses(audit.scope.clauseIds);
      const conflicts: string[] = [];
      const auditees = new Set(audit.auditeeIds);
      for (const auditor of new Set(audit.auditorIds)) {
        if (auditees.has(auditor)) conflicts.push(`"${auditor}" audited as well as being audited`);
        const owned = audit.scope.controlIds.filter((id) => index.controls.get(id)?.value.ownerId === auditor);
        if (owned.length > 0) conflicts.push(`"${auditor}" owns ${plural(owned.length, "control")} in scope (${listForMessage(owned)})`);
        if ((docsByOwner.get(auditor) ?? []).some((d) => d.clauseIds.some((c) => clauses.has(c)))) conflicts.push(`"${auditor}" owns documents of the clauses audited`);
      }
      if (conflicts.length > 0) out.push({ message: `the internal audit of ${day} was not independent: ${conflicts.join("; ")}`, refs: [`${pointer}/auditorIds`] });
    }
    return out;
  },
});
