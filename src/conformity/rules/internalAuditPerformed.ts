import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { completedInternalAudits } from "../_lib/selectors";

/** 9.2.1: internal audits are conducted. @category Conformity */
export const internalAuditPerformed = builtInRule({
  id: "9.2.1-internal-audit-performed",
  clause: "9.2.1",
  title: "An internal audit has been carried out",
  description:
    "At least one internal audit has been completed. Major when none has: a certification body expects a full internal audit before certification.",
  severity: "major",
  stage: 1,
  hint: "Carry out an internal audit of the whole ISMS (all clauses and the applicable controls) and record it in `audits` with type \"internal\".",
  check(isms, { asOf }) {
    if (completedInternalAudits(isms, asOf).length > 0) return [];
    const next = (isms.auditProgramme?.plannedAudits ?? [])
      .map((p, i) => ({ p, i }))
      .filter(({ p }) => p.plannedOn >= asOf)
      .sort((a, b) => (a.p.plannedOn < b.p.plannedOn ? -1 : a.p.plannedOn > b.p.plannedOn ? 1 : a.i - b.i))[0];
    return [
      {
        message: `no internal audit has been carried out${next ? ` (the first is planned on ${next.p.plannedOn})` : ""}`,
        refs: ["/audits", ...(next ? [pointer("auditProgramme", "plannedAudits", next.i)] : [])],
      },
    ];
  },
});
