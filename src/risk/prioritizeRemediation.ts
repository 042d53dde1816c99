import { argumentError, readOptions, requireCollections } from "../core/arguments";
import { daysBetween, toCalendarDay } from "../core/calendar";
import { compareCodeUnits } from "../core/collections";
import type { RiskMatrix } from "../method/RiskMatrix";
import type { Action } from "../model/ActionSchema";
import { getVulnerabilityDueDate } from "../model/getVulnerabilityDueDate";
import { getVulnerabilitySeverity } from "../model/getVulnerabilitySeverity";
import type { Isms } from "../model/IsmsSchema";
import { resolveIsmsParameters, type IsmsParameter } from "../model/resolveIsmsParameters";
import type { Vulnerability } from "../model/VulnerabilitySchema";
import { assessRisks, type RiskRegister, type RiskRegisterEntry } from "./assessRisks";
import { requireRiskRegister } from "./requireRiskRegister";

/**
 * What a remediation item is: an open technical vulnerability (Annex A 8.8), a corrective action of
 * a nonconformity (10.2), or an action of a risk treatment plan (6.1.3, 8.3).
 *
 * @category Risk
 * @example
 * ```ts
 * const kind: RemediationKind = "corrective-action";
 * ```
 */
export type RemediationKind = "vulnerability" | "corrective-action" | "treatment-action";

/**
 * A risk a remediation item is linked to, with its current level and how the item reaches it.
 *
 * @category Risk
 * @example
 * ```ts
 * const link: RemediationRiskLink = {
 *   riskId: "r-1", title: "Ransomware", level: "high", levelIndex: 2, rating: "residual",
 *   meetsAcceptanceCriteria: false, via: "the vulnerability's riskIds",
 * };
 * ```
 */
export interface RemediationRiskLink {
  readonly riskId: string;
  readonly title: string;
  /** The risk's current level: residual when rated, else inherent; absent for an unrated risk. */
  readonly level?: string;
  readonly levelIndex?: number;
  readonly rating?: "residual" | "inherent";
  /** Whether that level meets the risk acceptance criteria; `undefined` without criteria or a rating. */
  readonly meetsAcceptanceCriteria: boolean | undefined;
  /** How the item is linked: `the vulnerability's riskIds`, `risk r-1's vulnerabilityIds`, `treatment plan tp-1`, `incident inc-4`, `control 8.8`. */
  readonly via: string;
}

/**
 * The deadline a remediation item is judged against: a vulnerability's due date from the
 * organisation's remediation target for its severity (`parameter`), its own due date (`record`), or
 * the expiry of an approved exception in force (`exception`); an action's own due date.
 *
 * @category Risk
 * @example
 * ```ts
 * const sla: RemediationSla = {
 *   dueOn: "2026-04-01", source: "parameter",
 *   parameter: { id: "vulnerabilityRemediationDays.critical", value: 30, unit: "days", source: "default" },
 * };
 * ```
 */
export interface RemediationSla {
  readonly dueOn: string;
  readonly source: "parameter" | "record" | "exception";
  readonly parameter?: IsmsParameter;
  /** The due date the exception extends, for `exception`. */
  readonly slaDueOn?: string;
}

/**
 * One item of the remediation queue, with its place and the reasons for it.
 *
 * @category Risk
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" },
 *   vulnerabilities: [{ id: "v-1", name: "RCE in the API gateway", severity: "critical", identifiedOn: "2026-03-01" }],
 * });
 * const item: RemediationItem = prioritizeRemediation(isms, { asOf: "2026-04-15" }).items[0]!;
 * [item.rank, item.breached, item.daysOverdue]
 * //=> [1, true, 15]
 * ```
 */
export interface RemediationItem {
  /** The place in the queue, from 1. */
  readonly rank: number;
  readonly kind: RemediationKind;
  /** The vulnerability's or the action's id. */
  readonly id: string;
  /** The vulnerability's name or the action's description. */
  readonly title: string;
  /** JSON Pointer to the record in the document. */
  readonly pointer: string;
  /** The nonconformity or treatment plan the action belongs to. */
  readonly parentId?: string;
  readonly ownerId?: string;
  /** A vulnerability's severity (its own, else from its CVSS score). */
  readonly severity?: "low" | "medium" | "high" | "critical";
  /** The highest rated risk it is linked to, which places it in the queue. */
  readonly risk?: RemediationRiskLink;
  /** Every open risk it is linked to, highest level first. */
  readonly risks: readonly RemediationRiskLink[];
  readonly sla?: RemediationSla;
  /** Past its due date on `asOf`. */
  readonly breached: boolean;
  /** Days past the due date (breached) … */
  readonly daysOverdue?: number;
  /** … or days left until it (not breached; 0 is due on `asOf`). */
  readonly daysLeft?: number;
  /** When it was opened: discovery of a vulnerability; the action's start, else its plan's creation or its nonconformity's raising. */
  readonly openedOn?: string;
  /** Days open on `asOf` (absent when it opens after `asOf` or the day is unknown). */
  readonly ageDays?: number;
  /** Why it is where it is, most decisive first: its risk, its deadline, its age. */
  readonly reasons: readonly string[];
}

/**
 * The remediation queue of {@link prioritizeRemediation}.
 *
 * @category Risk
 * @example
 * ```ts
 * const queue: RemediationQueue = prioritizeRemediation(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * queue.summary
 * //=> { total: 0, breached: 0, linkedToRisk: 0, byKind: { vulnerability: 0, "corrective-action": 0, "treatment-action": 0 } }
 * ```
 */
export interface RemediationQueue {
  readonly asOf: string;
  /** The risk matrix the levels are on; absent when the document has no risk method (items are then ordered by deadline and age). */
  readonly method?: string;
  readonly items: readonly RemediationItem[];
  readonly summary: {
    readonly total: number;
    readonly breached: number;
    readonly linkedToRisk: number;
    readonly byKind: Readonly<Record<RemediationKind, number>>;
  };
}

/**
 * Options of {@link prioritizeRemediation}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: PrioritizeRemediationOptions = { asOf: "2026-11-28", method: "5x5" };
 * ```
 */
export interface PrioritizeRemediationOptions {
  /** The day the queue is drawn up for: `YYYY-MM-DD` or a Date (its local calendar day). */
  readonly asOf: string | Date;
  /** Rate the risks on this method instead of the document's: a preset name or a matrix. */
  readonly method?: string | RiskMatrix;
  /**
   * The risk register of this document on the same `asOf`, when the caller has already drawn it up
   * with {@link assessRisks} (as for {@link checkConformity}): it is used instead of being drawn up
   * again. A register for another day or another document, or given with `method`, is refused.
   */
  readonly riskRegister?: RiskRegister | undefined;
}

/**
 * What {@link prioritizeRemediation} reads from a document. A whole {@link Isms} from
 * {@link parseIsms} is one.
 *
 * @category Risk
 * @example
 * ```ts
 * const input: PrioritizeRemediationInput = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * ```
 */
export type PrioritizeRemediationInput = Pick<Isms, "riskMethod" | "risks" | "treatmentPlans" | "vulnerabilities" | "nonconformities" | "incidents" | "parameters">;

const FN = "prioritizeRemediation";

/** The register the caller gave, once it is seen to be this document's on this day. */
function checkedRegister(given: Partial<PrioritizeRemediationOptions>, asOf: string, isms: PrioritizeRemediationInput): RiskRegister {
  const register = requireRiskRegister(given.riskRegister, FN, asOf)!;
  if (given.method !== undefined) throw argumentError(FN, ["options", "method"], "invalid_value", "give either a method or a risk register drawn up with one, not both");
  if (register.entries.length !== isms.risks.length || register.entries.some((entry, i) => entry.riskId !== isms.risks[i]!.id)) {
    throw argumentError(FN, ["options", "riskRegister"], "invalid_value", "drawn up for another document: its entries are not this document's risks");
  }
  return register;
}
const KIND_ORDER: readonly RemediationKind[] = ["vulnerability", "corrective-action", "treatment-action"];
const isOpenAction = (action: Action) => action.status === "open" || action.status === "in-progress";

/** A record waiting for its place: what the ordering reads, and what the item will say. */
interface Candidate {
  readonly item: Omit<RemediationItem, "rank" | "risk" | "risks" | "breached" | "daysOverdue" | "daysLeft" | "ageDays" | "reasons">;
  readonly links: readonly RemediationRiskLink[];
  /** Reasons about the deadline that only the record knows (an exception, a missing date). */
  readonly notes: readonly string[];
}

/**
 * The remediation queue (Annex A 8.8, 10.2, 6.1.3): open vulnerabilities, open corrective actions
 * and open treatment-plan actions in one list, ordered so that what the risk assessment says matters
 * most comes first. Each item says why it is where it is: the risk it is linked to and that risk's
 * level, the deadline it is judged against (the organisation's remediation target for the
 * vulnerability's severity, the action's due date, an exception in force) and by how many days it
 * is late, and how long it has been open.
 *
 * Links to the risk register ({@link assessRisks}; only open risks count): a vulnerability through
 * its `riskIds` and the risks that list it in `vulnerabilityIds`; a treatment action through its
 * plan's risks; a corrective action through the risks of the nonconformity's incident, and the risks
 * whose treatment selects a control the nonconformity or the action concerns. Vulnerabilities that
 * are `mitigated` or `accepted`, have a `remediatedOn`, or are weaknesses from the risk assessment
 * (`source: "risk-assessment"`, treated through the plans) are not in the queue; nor are actions done
 * or cancelled.
 *
 * The order, each key deciding only when the ones before tie:
 * 1. the level of the highest rated open risk linked (residual, else inherent), highest first;
 *    items linked to no rated risk come after every linked one;
 * 2. past the deadline on `asOf` before within it;
 * 3. the most days overdue first; within the deadline, the nearest due date first, no due date last;
 * 4. the oldest first (days since opened; unknown last);
 * 5. vulnerabilities, then corrective actions, then treatment actions;
 * 6. the JSON Pointer of the record, by code unit — so the queue is the same on every run.
 *
 * @param isms - a document from {@link parseIsms}
 * @param options - `asOf` (required) and, optionally, another risk method
 * @returns the queue, ranked from 1, with a summary
 * @throws {@link ArgumentError} when `isms` is not a document or `asOf` is not a day
 * @throws {@link RiskMethodError} when the risk ratings do not fit the method (as {@link assessRisks})
 * @category Risk
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" },
 *   parameters: { vulnerabilityRemediationDays: { high: 14 } },
 *   risks: [
 *     { id: "r-1", title: "Customer data stolen through the API", inherent: { likelihood: "likely", impact: "major" }, treatment: { option: "modify", controlIds: ["8.8"] } },
 *     { id: "r-2", title: "Office printer misused", inherent: { likelihood: "unlikely", impact: "minor" } },
 *   ],
 *   vulnerabilities: [
 *     { id: "v-1", name: "SQL injection in /search", severity: "high", identifiedOn: "2026-05-01", riskIds: ["r-1"] },
 *     { id: "v-2", name: "Printer firmware outdated", severity: "high", identifiedOn: "2026-03-01", riskIds: ["r-2"] },
 *   ],
 *   treatmentPlans: [{ id: "tp-1", title: "Harden the API", riskIds: ["r-1"], actions: [{ id: "tp-1-a1", description: "Add a WAF", dueDate: "2026-07-31", status: "in-progress" }] }],
 * });
 * const queue = prioritizeRemediation(isms, { asOf: "2026-06-01" });
 * queue.items.map((i) => [i.rank, i.id, i.risk?.level, i.breached])
 * //=> [[1, "v-1", "high", true], [2, "tp-1-a1", "high", false], [3, "v-2", "low", true]]
 * queue.items[0]?.reasons
 * //=> ['risk r-1 "Customer data stolen through the API" is high (inherent), above the risk acceptance criteria (at most low)', "17 days past its due date 2026-05-15: the organisation's remediation target for high vulnerabilities is 14 days (vulnerabilityRemediationDays.high)", "open 31 days, since 2026-05-01"]
 * ```
 */
export function prioritizeRemediation(isms: PrioritizeRemediationInput, options: PrioritizeRemediationOptions): RemediationQueue {
  const given = readOptions(options, FN);
  const asOf = toCalendarDay(given.asOf, FN);
  requireCollections(isms, ["risks", "treatmentPlans", "vulnerabilities", "nonconformities", "incidents"], FN);
  const rated = isms.riskMethod !== undefined || given.method !== undefined || given.riskRegister !== undefined;
  const register = given.riskRegister !== undefined ? checkedRegister(given, asOf, isms) : rated ? assessRisks(isms, { asOf, ...(given.method === undefined ? {} : { method: given.method }) }) : undefined;
  const maxLevel = register?.method.acceptance?.maxLevel;
  const parameters = resolveIsmsParameters(isms);

  const entries = new Map<string, RiskRegisterEntry>();
  for (const entry of register?.entries ?? isms.risks.map((r, i) => unratedEntry(r, i))) if (entry.status === "open") entries.set(entry.riskId, entry);
  const link = (riskId: string, via: string): RemediationRiskLink | undefined => {
    const entry = entries.get(riskId);
    if (entry === undefined) return undefined;
    const score = entry.residual ?? entry.inherent;
    return {
      riskId,
      title: entry.title,
      ...(score === undefined ? {} : { level: score.level, levelIndex: score.levelIndex, rating: entry.residual === undefined ? ("inherent" as const) : ("residual" as const) }),
      meetsAcceptanceCriteria: entry.meetsAcceptanceCriteria,
      via,
    };
  };
  const links = (pairs: Iterable<readonly [string, string]>): RemediationRiskLink[] => {
    const seen = new Map<string, RemediationRiskLink>();
    for (const [riskId, via] of pairs) {
      if (seen.has(riskId)) continue;
      const found = link(riskId, via);
      if (found) seen.set(riskId, found);
    }
    return [...seen.values()].sort((a, b) => (b.levelIndex ?? -1) - (a.levelIndex ?? -1) || compareCodeUnits(a.riskId, b.riskId));
  };

  // Indexes built once: which risks list a vulnerability, which select a control, which an incident names.
  const risksByVulnerability = new Map<string, string[]>();
  const risksByControl = new Map<string, string[]>();
  for (const risk of isms.risks) {
    for (const id of risk.vulnerabilityIds) push(risksByVulnerability, id, risk.id);
    for (const id of risk.treatment?.controlIds ?? []) push(risksByControl, id, risk.id);
  }
  const incidents = new Map(isms.incidents.map((incident) => [incident.id, incident]));

  const candidates: Candidate[] = [];
  isms.vulnerabilities.forEach((v, index) => {
    if (v.status !== "open" || v.remediatedOn !== undefined || v.source === "risk-assessment") return;
    candidates.push(vulnerabilityCandidate(v, index, asOf, parameters, risksByVulnerability.get(v.id) ?? [], links));
  });
  isms.nonconformities.forEach((nc, n) => {
    nc.correctiveActions.forEach((action, a) => {
      if (!isOpenAction(action)) return;
      const incident = nc.incidentId === undefined ? undefined : incidents.get(nc.incidentId);
      const pairs: [string, string][] = [
        ...(incident?.riskIds ?? []).map((riskId): [string, string] => [riskId, `incident ${incident!.id}`]),
        ...[...nc.controlIds, ...action.controlIds].flatMap((controlId) => (risksByControl.get(controlId) ?? []).map((riskId): [string, string] => [riskId, `control ${controlId}`])),
      ];
      candidates.push(actionCandidate("corrective-action", action, `/nonconformities/${n}/correctiveActions/${a}`, nc.id, action.startedOn ?? nc.raisedOn, links(pairs)));
    });
  });
  isms.treatmentPlans.forEach((plan, p) => {
    plan.actions.forEach((action, a) => {
      if (!isOpenAction(action)) return;
      const pairs = plan.riskIds.map((riskId): [string, string] => [riskId, `treatment plan ${plan.id}`]);
      candidates.push(actionCandidate("treatment-action", action, `/treatmentPlans/${p}/actions/${a}`, plan.id, action.startedOn ?? plan.createdOn, links(pairs)));
    });
  });

  const placed = candidates.map((candidate) => place(candidate, asOf, maxLevel));
  placed.sort(compareItems);
  const items = placed.map((item, i) => ({ ...item, rank: i + 1 }));
  const byKind = { vulnerability: 0, "corrective-action": 0, "treatment-action": 0 };
  for (const item of items) byKind[item.kind]++;
  return {
    asOf,
    ...(register === undefined ? {} : { method: register.method.matrix.id }),
    items,
    summary: { total: items.length, breached: items.filter((i) => i.breached).length, linkedToRisk: items.filter((i) => i.risks.length > 0).length, byKind },
  };
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A register entry without ratings, for a document that has no risk method: links are kept, levels unknown. */
function unratedEntry(risk: Isms["risks"][number], index: number): RiskRegisterEntry {
  return { riskId: risk.id, title: risk.title, status: risk.status, pointer: `/risks/${index}`, meetsAcceptanceCriteria: undefined } as RiskRegisterEntry;
}

function vulnerabilityCandidate(
  v: Vulnerability,
  index: number,
  asOf: string,
  parameters: ReturnType<typeof resolveIsmsParameters>,
  listedBy: readonly string[],
  links: (pairs: Iterable<readonly [string, string]>) => RemediationRiskLink[],
): Candidate {
  const severity = getVulnerabilitySeverity(v);
  const due = getVulnerabilityDueDate(v, parameters);
  const notes: string[] = [];
  let sla: RemediationSla | undefined = due === undefined ? undefined : { dueOn: due.dueOn, source: due.parameter ? "parameter" : "record", ...(due.parameter ? { parameter: due.parameter } : {}) };
  const exception = v.exception;
  if (exception !== undefined && exception.approvedOn <= asOf) {
    if (exception.expiresOn >= asOf) {
      notes.push(`under an exception approved by ${exception.approvedById} until ${exception.expiresOn}${sla ? ` (its due date was ${sla.dueOn})` : ""}`);
      if (sla === undefined || exception.expiresOn > sla.dueOn) sla = { dueOn: exception.expiresOn, source: "exception", ...(sla ? { slaDueOn: sla.dueOn } : {}) };
    } else notes.push(`its exception expired on ${exception.expiresOn}`);
  }
  if (due === undefined) notes.push(v.identifiedOn === undefined ? "no discovery date (identifiedOn): no remediation target can be applied" : "no severity or CVSS score: no remediation target can be applied");
  const pairs: [string, string][] = [
    ...v.riskIds.map((riskId): [string, string] => [riskId, "the vulnerability's riskIds"]),
    ...listedBy.map((riskId): [string, string] => [riskId, `risk ${riskId}'s vulnerabilityIds`]),
  ];
  return {
    item: {
      kind: "vulnerability",
      id: v.id,
      title: v.name,
      pointer: `/vulnerabilities/${index}`,
      ...(exception?.ownerId === undefined ? {} : { ownerId: exception.ownerId }),
      ...(severity === undefined ? {} : { severity }),
      ...(sla === undefined ? {} : { sla }),
      ...(v.identifiedOn === undefined ? {} : { openedOn: v.identifiedOn }),
    },
    links: links(pairs),
    notes,
  };
}

function actionCandidate(kind: "corrective-action" | "treatment-action", action: Action, pointer: string, parentId: string, openedOn: string | undefined, linked: RemediationRiskLink[]): Candidate {
  return {
    item: {
      kind,
      id: action.id,
      title: action.description,
      pointer,
      parentId,
      ...(action.ownerId === undefined ? {} : { ownerId: action.ownerId }),
      ...(action.dueDate === undefined ? {} : { sla: { dueOn: action.dueDate, source: "record" as const } }),
      ...(openedOn === undefined ? {} : { openedOn }),
    },
    links: linked,
    notes: action.dueDate === undefined ? ["no due date: set one, so that lateness can be judged"] : [],
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The item's deadline, age and reasons on `asOf`. */
function place(candidate: Candidate, asOf: string, maxLevel: string | undefined): Omit<RemediationItem, "rank"> {
  const { item, links, notes } = candidate;
  const risk = links.find((l) => l.levelIndex !== undefined);
  const reasons: string[] = [];
  if (risk !== undefined) {
    const criteria = risk.meetsAcceptanceCriteria === undefined ? "" : risk.meetsAcceptanceCriteria ? ", within the risk acceptance criteria" : `, above the risk acceptance criteria${maxLevel === undefined ? "" : ` (at most ${maxLevel})`}`;
    reasons.push(`risk ${risk.riskId} "${risk.title}" is ${risk.level} (${risk.rating})${criteria}${links.length > 1 ? `; ${plural(links.length - 1, "other risk")} linked` : ""}`);
  } else if (links.length > 0) {
    reasons.push(`linked to ${links.map((l) => `risk ${l.riskId}`).join(", ")}, not rated: rate ${links.length === 1 ? "it" : "them"} to place this item by risk`);
  } else {
    reasons.push("linked to no open risk in the register: it is placed after every item whose risk is rated");
  }
  const sla = item.sla;
  let breached = false;
  let timing: Partial<Pick<RemediationItem, "daysOverdue" | "daysLeft">> = {};
  if (sla !== undefined) {
    const target = sla.parameter === undefined ? "" : `: the organisation's remediation target for ${item.severity} vulnerabilities is ${plural(sla.parameter.value, "day")} (${sla.parameter.id}${sla.parameter.source === "default" ? ", the default" : ""})`;
    const own = sla.source === "record" ? (item.kind === "vulnerability" ? " (its own due date)" : "") : sla.source === "exception" ? " (the exception's expiry)" : "";
    if (sla.dueOn < asOf) {
      breached = true;
      const days = daysBetween(sla.dueOn, asOf);
      timing = { daysOverdue: days };
      reasons.push(`${plural(days, "day")} past its due date ${sla.dueOn}${own}${target}`);
    } else {
      const days = daysBetween(asOf, sla.dueOn);
      timing = { daysLeft: days };
      reasons.push(`due ${sla.dueOn}${own}, ${days === 0 ? "today" : `in ${plural(days, "day")}`}${target}`);
    }
  }
  reasons.push(...notes);
  const ageDays = item.openedOn !== undefined && item.openedOn <= asOf ? daysBetween(item.openedOn, asOf) : undefined;
  if (ageDays !== undefined) reasons.push(`open ${plural(ageDays, "day")}, since ${item.openedOn}`);
  return { ...item, ...(risk === undefined ? {} : { risk }), risks: links, breached, ...timing, ...(ageDays === undefined ? {} : { ageDays }), reasons };
}

/** The documented order: risk level, breach, lateness or nearness, age, kind, pointer. */
function compareItems(a: Omit<RemediationItem, "rank">, b: Omit<RemediationItem, "rank">): number {
  const level = (b.risk?.levelIndex ?? -1) - (a.risk?.levelIndex ?? -1);
  if (level !== 0) return level;
  if (a.breached !== b.breached) return a.breached ? -1 : 1;
  if (a.breached) {
    const overdue = b.daysOverdue! - a.daysOverdue!;
    if (overdue !== 0) return overdue;
  } else {
    const left = (a.daysLeft ?? Number.POSITIVE_INFINITY) - (b.daysLeft ?? Number.POSITIVE_INFINITY);
    if (left !== 0 && !Number.isNaN(left)) return left;
  }
  const age = (b.ageDays ?? -1) - (a.ageDays ?? -1);
  if (age !== 0) return age;
  const kind = KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind);
  if (kind !== 0) return kind;
  return compareCodeUnits(a.pointer, b.pointer);
}
