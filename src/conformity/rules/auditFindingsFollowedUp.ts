import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 10.2 a: nonconformities found by audits are recorded and acted on. @category Conformity */
export const auditFindingsFollowedUp = builtInRule({
  id: "10.2-audit-findings-followed-up",
  clause: "10.2",
  title: "Audit nonconformities are recorded for corrective action",
  description:
    "Each major or minor finding of an internal, certification, surveillance or recertification audit is recorded as a nonconformity (`nonconformityId`, or a nonconformity naming the finding). Minor for each one that is not.",
  severity: "minor",
  stage: 2,
  hint: "Raise a nonconformity for the finding (`nonconformities`, with `auditFindingId`) and handle it through corrective action.",
  check(isms) {
    const recorded = new Set(isms.nonconformities.flatMap((n) => (n.auditFindingId === undefined ? [] : [n.auditFindingId])));
    const items: { message: string; ref: string }[] = [];
    let count = 0;
    isms.audits.forEach((a, i) => {
      if (a.type === "supplier" || a.type === "other" || a.status === "cancelled") return;
      a.findings.forEach((f, j) => {
        if (f.type !== "major" && f.type !== "minor") return;
        count++;
        if (f.nonconformityId === undefined && !recorded.has(f.id)) {
          items.push({ message: `the ${f.type} finding ${quote(f.description)} of audit ${a.id} is not recorded as a nonconformity`, ref: pointer("audits", i, "findings", j) });
        }
      });
    });
    if (count === 0) return { notAssessable: "no audit has raised a nonconformity" };
    return items.map(({ message, ref }) => ({ message, refs: [ref] }));
  },
});
