import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { listForMessage } from "../_lib/text";

/** 9.2.2: an internal audit programme is planned. @category Conformity */
export const auditProgrammeDefined = builtInRule({
  id: "9.2.2-audit-programme",
  clause: "9.2.2",
  title: "An internal audit programme is planned",
  description:
    "An audit programme plans the internal audits. Major when there is neither a programme nor any internal audit; minor when audits are held without a programme; an opportunity for improvement when the programme lacks its period, owner or methods.",
  severity: "major",
  stage: 1,
  hint: "Plan the internal audits of the certification cycle in `auditProgramme`: period, owner, methods and the planned audits with scope and auditors.",
  check(isms) {
    const programme = isms.auditProgramme;
    const planned = programme?.plannedAudits.length ?? 0;
    if (planned === 0) {
      const held = isms.audits.some((a) => a.type === "internal");
      return [
        held
          ? { severity: "minor", message: "internal audits are held without a planned audit programme", refs: [programme ? "/auditProgramme" : "/audits"] }
          : { message: "there is no internal audit programme and no internal audit", refs: [programme ? "/auditProgramme" : ""] },
      ];
    }
    const gaps = [
      ...(programme!.period === undefined ? ["its period"] : []),
      ...(programme!.ownerId === undefined ? ["who manages it"] : []),
      ...(programme!.methods === undefined ? ["its methods"] : []),
    ];
    const out: ConformityRuleFinding[] = [];
    if (gaps.length > 0) out.push({ severity: "ofi", message: `the audit programme does not state ${listForMessage(gaps)}`, refs: ["/auditProgramme"] });
    return out;
  },
});
