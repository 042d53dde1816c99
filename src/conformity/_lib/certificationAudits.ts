import { isAnnexAControlId } from "../../core/annexAControlIds";
import type { Audit } from "../../model/AuditSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { IndexedEntity } from "../ConformityContext";
import { expandClauses } from "./clauseTree";
import { shiftMonths } from "./dates";
import type { CertificationFinding } from "./grading";
import { pointer } from "./pointers";
import { auditDay } from "./selectors";

/** The audits a certification body carries out. */
export const CERTIFICATION_AUDIT_TYPES: ReadonlySet<Audit["type"]> = new Set(["certification-stage-1", "certification-stage-2", "surveillance", "recertification", "special"]);

/** What to call a certification body's audit in a message. */
export const CERTIFICATION_AUDIT_NAMES: Readonly<Partial<Record<Audit["type"], string>>> = {
  "certification-stage-1": "stage 1 audit",
  "certification-stage-2": "stage 2 audit",
  surveillance: "surveillance audit",
  recertification: "recertification audit",
  special: "special audit",
};

/** Whether an audit is one a certification body carries out. */
export function isCertificationBodyAudit(audit: Pick<Audit, "type">): boolean {
  return CERTIFICATION_AUDIT_TYPES.has(audit.type);
}

/** The certification body's audits completed on or before `asOf`, earliest first. */
export function completedCertificationAudits(isms: Pick<Isms, "audits">, asOf: string): (IndexedEntity<Audit> & { day: string })[] {
  const out: (IndexedEntity<Audit> & { day: string })[] = [];
  isms.audits.forEach((a, i) => {
    const day = auditDay(a);
    if (isCertificationBodyAudit(a) && a.status === "completed" && day !== undefined && day <= asOf) out.push({ value: a, pointer: pointer("audits", i), day });
  });
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * The major and minor nonconformities certification bodies raised at audits completed in the
 * `cycleMonths` before `asOf`, each with the requirements it names: its clauses (with the clauses
 * under them) and `A.` and each Annex A control.
 */
export function certificationFindingsOfCycle(isms: Pick<Isms, "audits">, asOf: string, cycleMonths: number): CertificationFinding[] {
  const since = shiftMonths(asOf, -cycleMonths);
  const out: CertificationFinding[] = [];
  for (const { value: audit, pointer: at, day } of completedCertificationAudits(isms, asOf)) {
    if (day < since) continue;
    audit.findings.forEach((f, j) => {
      if (f.type !== "major" && f.type !== "minor") return;
      const requirements = [...expandClauses(f.clauseIds), ...f.controlIds.filter((id) => isAnnexAControlId(id)).map((id) => `A.${id}`)];
      if (requirements.length === 0) return;
      out.push({ requirements, label: `the ${f.type} nonconformity ${f.id} of the ${CERTIFICATION_AUDIT_NAMES[audit.type]!} of ${day}`, pointer: `${at}/findings/${j}` });
    });
  }
  return out;
}
