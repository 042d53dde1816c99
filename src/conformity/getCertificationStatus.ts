import { readOptions, requireCollections } from "../core/arguments";
import { toCalendarDay } from "../core/calendar";
import type { Isms } from "../model/IsmsSchema";
import type { Certification } from "../model/OrganizationSchema";
import { planCertificationCycle, type CertificationCycle } from "./planCertificationCycle";
import { auditDay } from "./_lib/selectors";

/** The last day certificates against ISO/IEC 27001:2013 were valid (end of the transition to 2022). */
const EDITION_2013_ENDED_ON = "2025-10-31";

/**
 * `organization.certification` as the certification body's recorded decisions update it on `asOf`:
 * a later decision to certify or recertify starts a new cycle (its expiry is then the cycle's), one
 * to suspend, withdraw or refuse sets the status, one to continue restores a suspended certificate.
 */
function certificationFromAudits(isms: Pick<Isms, "organization" | "audits">, asOf: string): Certification | undefined {
  const declared = isms.organization.certification;
  const decisions = isms.audits
    .filter((a) => a.decision !== undefined && a.decision.decidedOn <= asOf && (a.status === "completed" || a.status === "in-progress"))
    .map((a) => a.decision!)
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0));
  let c = declared;
  for (const d of decisions) {
    if (d.outcome === "certified" || d.outcome === "recertified") {
      if (c?.certifiedOn !== undefined && c.certifiedOn >= d.decidedOn && c.status !== "not-certified" && c.status !== "in-progress") continue;
      const { expiresOn: _previousExpiry, ...rest } = c ?? { edition: "2022" as const, status: "certified" as const };
      c = { ...rest, status: "certified", certifiedOn: d.decidedOn };
    } else if (d.outcome === "continued") {
      if (c?.status === "suspended") c = { ...c, status: "certified" };
    } else if (d.outcome === "refused") {
      if (c?.status !== "certified") c = { ...(c ?? { edition: "2022" as const }), status: "not-certified" };
    } else {
      c = { ...(c ?? { edition: "2022" as const }), status: d.outcome };
    }
  }
  return c;
}

function optionalPlannedOn(plannedOn: string | undefined): { plannedOn?: string } {
  return plannedOn === undefined ? {} : { plannedOn };
}

/**
 * Options for {@link getCertificationStatus}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: GetCertificationStatusOptions = { asOf: "2026-11-28" };
 * ```
 */
export interface GetCertificationStatusOptions {
  /** The day to judge the certificate on: `YYYY-MM-DD` or a Date. */
  readonly asOf: string | Date;
}

/**
 * Where the organisation's certificate stands on a day, as {@link getCertificationStatus} reports it:
 * `not-certified`, `in-progress` (working towards certification), `valid`, `surveillance-overdue`
 * (a surveillance audit is past its latest date), `expired`, `transition-ended` (issued against the
 * 2013 edition, whose certificates ended on 2025-10-31), `suspended` or `withdrawn`.
 *
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme", certification: { edition: "2013", status: "certified", certifiedOn: "2023-05-02" } } });
 * const result: CertificationStatus = getCertificationStatus(isms, { asOf: "2026-01-15" });
 * result.status
 * //=> "transition-ended"
 * ```
 */
export interface CertificationStatus {
  readonly asOf: string;
  readonly status: "not-certified" | "in-progress" | "valid" | "surveillance-overdue" | "expired" | "transition-ended" | "suspended" | "withdrawn";
  readonly edition: "2013" | "2022" | undefined;
  readonly certifiedOn: string | undefined;
  readonly expiresOn: string | undefined;
  /** The cycle planned from `certifiedOn`, when known. */
  readonly cycle: CertificationCycle | undefined;
  /** The next certification-body audit: what it is, its latest date in the cycle, and when it is planned. */
  readonly nextAudit:
    | {
        readonly kind: "certification-stage-1" | "certification-stage-2" | "surveillance" | "recertification";
        readonly sequence?: number;
        readonly dueBy?: string;
        readonly plannedOn?: string;
      }
    | undefined;
  /** What it means, in one sentence. */
  readonly message: string;
}

/**
 * Judges the organisation's ISO/IEC 27001 certificate on `asOf` from `organization.certification`
 * and the certification body's audits recorded: whether it is valid, expired, past a surveillance
 * audit's latest date, suspended or withdrawn, or issued against the 2013 edition (whose certificates
 * ended on 2025-10-31), and which audit comes next. The cycle starts at the latest decision to certify
 * or recertify: an audit's `decision` (`certified`, `recertified`) when one is recorded and later than
 * `organization.certification.certifiedOn`; a later decision to suspend or withdraw stands until a
 * later one continues or renews the certificate.
 *
 * @param isms - a document from {@link parseIsms}
 * @param options - `asOf`, the day to judge on
 * @returns the status, the cycle and the next audit, with a message
 * @throws {@link ArgumentError} when `asOf` is not a calendar date
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme", certification: { edition: "2022", status: "certified", certifiedOn: "2025-03-17", expiresOn: "2028-03-16" } },
 *   audits: [{ id: "s1", type: "surveillance", status: "completed", performedOn: "2026-02-17" }],
 * });
 * const result = getCertificationStatus(isms, { asOf: "2026-11-28" });
 * [result.status, result.nextAudit?.kind, result.nextAudit?.sequence, result.nextAudit?.dueBy]
 * //=> ["valid", "surveillance", 2, "2027-03-16"]
 * getCertificationStatus(isms, { asOf: "2027-04-01" }).status
 * //=> "surveillance-overdue"
 * ```
 */
export function getCertificationStatus(isms: Pick<Isms, "organization" | "audits">, options: GetCertificationStatusOptions): CertificationStatus {
  const asOf = toCalendarDay(readOptions(options, "getCertificationStatus").asOf, "getCertificationStatus");
  requireCollections(isms, ["audits"], "getCertificationStatus", "isms", ["organization"]);
  const c = certificationFromAudits(isms, asOf);
  const planned = (types: readonly string[]) =>
    isms.audits
      .filter((a) => types.includes(a.type) && (a.status === "planned" || a.status === "in-progress") && a.plannedOn !== undefined && a.plannedOn >= asOf)
      .map((a) => a.plannedOn!)
      .sort()[0];
  const base = { asOf, edition: c?.edition, certifiedOn: c?.certifiedOn, expiresOn: c?.expiresOn };

  if (c === undefined || c.status === "not-certified" || c.status === "in-progress") {
    const stage1Done = isms.audits.some((a) => a.type === "certification-stage-1" && a.status === "completed");
    const kind = stage1Done ? "certification-stage-2" : "certification-stage-1";
    const plannedOn = planned([kind]) ?? c?.nextAuditOn;
    const inProgress = c?.status === "in-progress";
    return {
      ...base,
      status: inProgress ? "in-progress" : "not-certified",
      cycle: undefined,
      nextAudit: inProgress || plannedOn !== undefined ? { kind, ...optionalPlannedOn(plannedOn) } : undefined,
      message: inProgress
        ? `Working towards certification; the next step is the ${stage1Done ? "stage 2" : "stage 1"} audit${plannedOn !== undefined ? `, planned on ${plannedOn}` : ""}.`
        : "The ISMS is not certified.",
    };
  }

  const cycle = c.certifiedOn === undefined ? undefined : planCertificationCycle({ certifiedOn: c.certifiedOn });
  const expiresOn = c.expiresOn ?? cycle?.expiresOn;
  const withExpiry = { ...base, expiresOn, cycle };
  if (c.status === "suspended" || c.status === "withdrawn") {
    return { ...withExpiry, status: c.status, nextAudit: undefined, message: `The certificate is ${c.status}; it may not be used while it is.` };
  }
  if (c.edition === "2013" && asOf > EDITION_2013_ENDED_ON) {
    return {
      ...withExpiry,
      status: "transition-ended",
      nextAudit: { kind: "recertification", ...optionalPlannedOn(planned(["recertification", "certification-stage-2"]) ?? c.nextAuditOn) },
      message: `Certificates against ISO/IEC 27001:2013 ceased to be valid after ${EDITION_2013_ENDED_ON}; the ISMS must be certified against the 2022 edition.`,
    };
  }
  if (c.status === "expired" || (expiresOn !== undefined && expiresOn < asOf)) {
    return {
      ...withExpiry,
      status: "expired",
      nextAudit: { kind: "recertification", ...optionalPlannedOn(planned(["recertification"])) },
      message: `The certificate expired${expiresOn !== undefined ? ` on ${expiresOn}` : ""}; a new certification audit is needed.`,
    };
  }
  const note = c.edition === "2013" ? ` It is issued against the 2013 edition, whose certificates end on ${EDITION_2013_ENDED_ON}.` : "";
  if (cycle === undefined) {
    return { ...withExpiry, status: "valid", nextAudit: undefined, message: `The certificate is valid; without its certification date the surveillance audits cannot be checked.${note}` };
  }
  const surveillances = isms.audits
    .map((a) => ({ a, day: auditDay(a) }))
    .filter(({ a, day }) => a.type === "surveillance" && a.status === "completed" && day !== undefined && day > cycle.certifiedOn && day <= asOf).length;
  const [s1, s2, recert] = cycle.audits as [typeof cycle.audits[number], typeof cycle.audits[number], typeof cycle.audits[number]];
  const pending = surveillances < 1 ? s1 : surveillances < 2 ? s2 : recert;
  const plannedOn = planned([pending.kind]) ?? c.nextAuditOn;
  const nextAudit = { kind: pending.kind, sequence: pending.sequence, dueBy: pending.dueBy, ...optionalPlannedOn(plannedOn) };
  if (pending.kind === "surveillance" && pending.dueBy < asOf) {
    return {
      ...withExpiry,
      status: "surveillance-overdue",
      nextAudit,
      message: `Surveillance audit ${pending.sequence} was due by ${pending.dueBy} and has not been recorded; the certification body may suspend the certificate.${note}`,
    };
  }
  return {
    ...withExpiry,
    status: "valid",
    nextAudit,
    message: `The certificate is valid until ${expiresOn!}; next: ${pending.kind === "surveillance" ? `surveillance audit ${pending.sequence}` : "the recertification audit"} by ${pending.dueBy}${plannedOn !== undefined ? ` (planned on ${plannedOn})` : ""}.${note}`,
  };
}
