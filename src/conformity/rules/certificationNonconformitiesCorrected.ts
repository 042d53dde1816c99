import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { CERTIFICATION_AUDIT_NAMES, completedCertificationAudits } from "../_lib/certificationAudits";
import { pointer } from "../_lib/pointers";
import { OPEN_CERTIFICATION_NONCONFORMITY_RULE } from "../_lib/readiness";
import { quote } from "../_lib/text";

/** 10.2: nonconformities a certification body raised are corrected before its next audit. @category Conformity */
export const certificationNonconformitiesCorrected = builtInRule({
  id: OPEN_CERTIFICATION_NONCONFORMITY_RULE,
  clause: "10.2",
  title: "The certification body's nonconformities are corrected by its next audit",
  description:
    "Each major or minor nonconformity a certification body raised is corrected — its nonconformity closed — before the body's next audit. When a later audit of the body has taken place and the nonconformity is still open, the finding is graded by the policy's `uncorrectedCertificationNonconformity` (major by default); while the next audit is still to come, an open one is minor, and it blocks readiness for that audit (the body will verify its correction there).",
  severity: "minor",
  stage: 2,
  hint: "Complete the corrective action, review its effectiveness and close the nonconformity before the certification body's next audit.",
  check(isms, { asOf, gradingPolicy }) {
    const audits = completedCertificationAudits(isms, asOf);
    const nonconformities = new Map(isms.nonconformities.map((n, i) => [n.id, { n, i }]));
    const byFinding = new Map(isms.nonconformities.flatMap((n, i) => (n.auditFindingId === undefined ? [] : [[n.auditFindingId, { n, i }] as const])));
    const out: ConformityRuleFinding[] = [];
    let raised = 0;
    audits.forEach(({ value: audit, day }, k) => {
      const next = audits.slice(k + 1).find((later) => later.day > day);
      audit.findings.forEach((f) => {
        if (f.type !== "major" && f.type !== "minor") return;
        raised++;
        const found = (f.nonconformityId === undefined ? undefined : nonconformities.get(f.nonconformityId)) ?? byFinding.get(f.id);
        if (found === undefined) return;
        const { n, i } = found;
        if (n.status === "closed" && (n.closedOn === undefined || n.closedOn <= asOf)) return;
        const name = `the ${f.type} nonconformity ${quote(n.title)} the certification body raised at its ${CERTIFICATION_AUDIT_NAMES[audit.type]!} of ${day}`;
        if (next !== undefined) {
          out.push({
            severity: gradingPolicy.uncorrectedCertificationNonconformity,
            message: `${name} was not corrected by the body's next audit (the ${CERTIFICATION_AUDIT_NAMES[next.value.type]!} of ${next.day}) and is still open`,
            refs: [pointer("nonconformities", i), next.pointer],
          });
        } else {
          out.push({ message: `${name} is still open; the body will verify its correction at its next audit`, refs: [pointer("nonconformities", i)] });
        }
      });
    });
    if (raised === 0) return { notAssessable: "no certification body has raised a nonconformity" };
    return out;
  },
});
