import type { Isms } from "../../model/IsmsSchema";
import type { ConformityFinding } from "../ConformityFinding";
import type { AuditReadiness, CertificationAuditKind, NextAuditReadiness, ReadinessBlocker } from "../ConformityReport";
import { getCertificationStatus, type CertificationStatus } from "../getCertificationStatus";
import { requirementOf } from "./grading";
import { listForMessage, plural } from "./text";

/** The rule whose findings are certification-body nonconformities still open: they block the next surveillance or recertification audit. */
export const OPEN_CERTIFICATION_NONCONFORMITY_RULE = "10.2-certification-nonconformities-corrected";

function where(findings: readonly ConformityFinding[]): string {
  return listForMessage([...new Set(findings.map(requirementOf))]);
}

/** Readiness for a stage 1 and a stage 2 audit. */
export function stageReadiness(findings: readonly ConformityFinding[]): { stage1: AuditReadiness; stage2: AuditReadiness } {
  const majors = findings.filter((f) => f.severity === "major");
  const minors = findings.filter((f) => f.severity === "minor");
  const stage1Blockers = majors.filter((f) => f.stage === 1);
  const stage1Concerns = minors.filter((f) => f.stage === 1);
  return {
    stage1: {
      ready: stage1Blockers.length === 0,
      blockers: stage1Blockers.map((f) => f.id),
      concerns: stage1Concerns.map((f) => f.id),
      summary:
        stage1Blockers.length > 0
          ? `Not ready for stage 1: ${plural(stage1Blockers.length, "major finding")} on the documented ISMS (${where(stage1Blockers)}).`
          : `Ready for stage 1: the documented ISMS has no major gap${stage1Concerns.length > 0 ? `; ${plural(stage1Concerns.length, "minor finding")} on it (${where(stage1Concerns)}) to resolve before stage 2` : ""}.`,
    },
    stage2: {
      ready: majors.length === 0,
      blockers: majors.map((f) => f.id),
      concerns: minors.map((f) => f.id),
      summary:
        majors.length > 0
          ? `Not ready for stage 2: ${plural(majors.length, "major finding")} (${where(majors)}) would prevent certification until corrected.`
          : `Ready for stage 2: no major nonconformity${minors.length > 0 ? `; ${plural(minors.length, "minor nonconformity", "minor nonconformities")} (${where(minors)}) will need a correction and corrective-action plan` : ""}.`,
    },
  };
}

const NAMES: Record<CertificationAuditKind, string> = {
  stage1: "the stage 1 audit",
  stage2: "the stage 2 audit",
  surveillance1: "surveillance audit 1",
  surveillance2: "surveillance audit 2",
  recertification: "the recertification audit",
};

/** Which audit comes next, by when, from the certification status. */
function nextAudit(status: CertificationStatus, isms: Pick<Isms, "audits">): { audit: CertificationAuditKind; due: string | undefined; plannedOn: string | undefined } {
  const next = status.nextAudit;
  const plannedOn = next?.plannedOn;
  if (next === undefined) {
    if (status.status === "valid" || status.status === "suspended") return { audit: "surveillance1", due: undefined, plannedOn: undefined };
    const stage1Done = isms.audits.some((a) => a.type === "certification-stage-1" && a.status === "completed");
    return { audit: stage1Done && status.status !== "withdrawn" ? "stage2" : "stage1", due: undefined, plannedOn: undefined };
  }
  switch (next.kind) {
    case "certification-stage-1":
      return { audit: "stage1", due: plannedOn, plannedOn };
    case "certification-stage-2":
      return { audit: "stage2", due: plannedOn, plannedOn };
    case "surveillance":
      return { audit: next.sequence === 2 ? "surveillance2" : "surveillance1", due: next.dueBy, plannedOn };
    default:
      return { audit: "recertification", due: next.dueBy ?? plannedOn, plannedOn };
  }
}

/** Why a requirement blocks: the message of its first finding graded major by its rule, else the grading policy's reason, else the first message. */
function blockerReason(findings: readonly ConformityFinding[]): string {
  const own = findings.find((f) => f.escalation === undefined && f.severity === "major");
  const escalated = findings.find((f) => f.escalation !== undefined);
  const first = own ?? findings[0]!;
  if (own === undefined && escalated?.escalation !== undefined) return escalated.escalation.reason;
  return findings.length === 1 ? first.message : `${first.message} (and ${plural(findings.length - 1, "more finding")})`;
}

/** Readiness for the certification body's next audit of the cycle on `asOf`. */
export function nextAuditReadiness(isms: Pick<Isms, "organization" | "audits">, asOf: string, findings: readonly ConformityFinding[]): NextAuditReadiness {
  const { audit, due, plannedOn } = nextAudit(getCertificationStatus(isms, { asOf }), isms);
  const blocking = findings.filter((f) =>
    audit === "stage1" ? f.severity === "major" && f.stage === 1 : f.severity === "major" || (audit !== "stage2" && f.ruleId === OPEN_CERTIFICATION_NONCONFORMITY_RULE),
  );
  const blockingIds = new Set(blocking.map((f) => f.id));
  const concerns = findings.filter((f) => f.severity === "minor" && !blockingIds.has(f.id) && (audit !== "stage1" || f.stage === 1)).map((f) => f.id);
  const groups = new Map<string, ConformityFinding[]>();
  for (const f of blocking) {
    const key = requirementOf(f);
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const blockers: ReadinessBlocker[] = [...groups].map(([requirement, group]) => ({ requirement, reason: blockerReason(group), findingIds: group.map((f) => f.id) }));
  const name = NAMES[audit];
  const when = due === undefined ? "" : ` (${audit === "stage1" || audit === "stage2" ? "planned on" : due < asOf ? "overdue since" : "due by"} ${due})`;
  const summary =
    blockers.length > 0
      ? `Not ready for ${name}${when}: ${plural(blockers.length, "requirement")} blocked — ${listForMessage(blockers.map((b) => b.requirement))}.`
      : `Ready for ${name}${when}: no major nonconformity${audit === "stage1" || audit === "stage2" ? "" : " and no open nonconformity from the certification body"}${concerns.length > 0 ? `; ${plural(concerns.length, "minor finding")} to correct` : ""}.`;
  return { audit, due, plannedOn, ready: blockers.length === 0, blockers, concerns, summary };
}
