import type { Audit } from "../../model/AuditSchema";
import type { IsmsDocument } from "../../model/DocumentSchema";
import type { Isms } from "../../model/IsmsSchema";
import type { ManagementReview } from "../../model/ManagementReviewSchema";
import type { Person } from "../../model/PersonSchema";
import type { Risk } from "../../model/RiskSchema";
import type { IndexedEntity } from "../ConformityContext";
import { pointer } from "./pointers";

/** Document types that are controlled documents (approved and reviewed), as opposed to records, reports and contracts. */
export const CONTROLLED_DOCUMENT_TYPES: ReadonlySet<IsmsDocument["type"]> = new Set([
  "information-security-policy",
  "topic-specific-policy",
  "procedure",
  "process",
  "plan",
  "standard",
  "guideline",
]);

/** Document types that are policies: the information security policy (5.2) and topic-specific policies (Annex A 5.1). */
export const POLICY_TYPES: ReadonlySet<IsmsDocument["type"]> = new Set(["information-security-policy", "topic-specific-policy"]);

/** Whether a person still works for (or with) the organisation. */
export function isActivePerson(person: Person | undefined): boolean {
  return person !== undefined && person.status === "active";
}

/** The information security policies that are not retired, with their pointers. */
export function currentPolicies(isms: Isms): IndexedEntity<IsmsDocument>[] {
  const out: IndexedEntity<IsmsDocument>[] = [];
  isms.documents.forEach((d, i) => {
    if (d.type === "information-security-policy" && d.status !== "retired") out.push({ value: d, pointer: pointer("documents", i) });
  });
  return out;
}

/** Management reviews held on or before `asOf`, earliest first. */
export function heldReviews(isms: Isms, asOf: string): (IndexedEntity<ManagementReview> & { heldOn: string })[] {
  const out: (IndexedEntity<ManagementReview> & { heldOn: string })[] = [];
  isms.managementReviews.forEach((r, i) => {
    if (r.heldOn !== undefined && r.heldOn <= asOf) out.push({ value: r, pointer: pointer("managementReviews", i), heldOn: r.heldOn });
  });
  return out.sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
}

/** The day an audit was carried out: when it started, else when it ended, else when it was planned. */
export function auditDay(audit: Audit): string | undefined {
  return audit.performedOn ?? audit.endedOn ?? audit.plannedOn;
}

/** Internal audits completed on or before `asOf`, earliest first. */
export function completedInternalAudits(isms: Isms, asOf: string): (IndexedEntity<Audit> & { day: string })[] {
  const out: (IndexedEntity<Audit> & { day: string })[] = [];
  isms.audits.forEach((a, i) => {
    const day = auditDay(a);
    if (a.type === "internal" && a.status === "completed" && day !== undefined && day <= asOf) out.push({ value: a, pointer: pointer("audits", i), day });
  });
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * The audit scopes of the internal audit programme's cycle: planned audits and internal audits (not
 * cancelled) within the programme's period, or, without a period, every planned audit and the internal
 * audits dated on or after `cycleStart` (the caller's `asOf` less the organisation's audit programme
 * cycle); audits dated later than `asOf` are the programme's scheduled ones and count.
 */
export function programmeScopes(isms: Isms, cycleStart: string): Audit["scope"][] {
  const period = isms.auditProgramme?.period;
  const inWindow = (day: string | undefined) =>
    day !== undefined && (period ? day >= period.start && day <= period.end : day >= cycleStart);
  return [
    ...(isms.auditProgramme?.plannedAudits ?? []).filter((p) => period === undefined || inWindow(p.plannedOn)).map((p) => p.scope),
    ...isms.audits.filter((a) => a.type === "internal" && a.status !== "cancelled" && inWindow(auditDay(a))).map((a) => a.scope),
  ];
}

/**
 * How many risks are open, and those of them that `matches` picks, each with its JSON Pointer: one
 * pass, and a pointer built only for a risk that is picked (a rule reports a few of many risks).
 */
export function openRisksWhere(risks: readonly Risk[], matches: (risk: Risk) => boolean): { readonly open: number; readonly matching: { readonly r: Risk; readonly ref: string }[] } {
  let open = 0;
  const matching: { r: Risk; ref: string }[] = [];
  for (let i = 0; i < risks.length; i++) {
    const r = risks[i]!;
    if (r.status !== "open") continue;
    open++;
    if (matches(r)) matching.push({ r, ref: pointer("risks", i) });
  }
  return { open, matching };
}
