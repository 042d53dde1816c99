import { argumentError, readOptions, requireCollections } from "../core/arguments";
import { daysBetween, toCalendarDay } from "../core/calendar";
import { managementReviewInputs } from "../catalog/managementReviewInputs";
import type { Action } from "../model/ActionSchema";
import type { Audit } from "../model/AuditSchema";
import type { Isms } from "../model/IsmsSchema";
import type { ManagementReviewInputId } from "../model/ManagementReviewSchema";
import { assessRisks, type RiskRegister } from "../risk/assessRisks";
import { summarizeTreatmentPlans } from "../treatment/summarizeTreatmentPlans";
import { auditDay, heldReviews } from "./_lib/selectors";
import { isOpenAction, isOverdueAction, shiftDays, shiftMonths } from "./_lib/dates";
import { plural } from "./_lib/text";
import { requireRiskRegister } from "../risk/requireRiskRegister";

/**
 * Options for {@link prepareManagementReview}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const options: PrepareManagementReviewOptions = { asOf: "2026-12-15", since: "2026-01-21" };
 * ```
 */
export interface PrepareManagementReviewOptions {
  /** The day the review is prepared for: `YYYY-MM-DD`, or a Date (its local calendar day). */
  readonly asOf: string | Date;
  /**
   * The start of the period the review looks back on. Default: the day the last management review
   * was held on or before `asOf`; without one, twelve months before `asOf`.
   */
  readonly since?: string | Date | undefined;
  /** The risk register of this document on `asOf`, when the caller has already drawn it up with {@link assessRisks}. */
  readonly riskRegister?: RiskRegister | undefined;
}

/**
 * What one line of a management review input is about.
 *
 * @category Conformity
 * @example
 * ```ts
 * const kind: ManagementReviewEntryKind = "nonconformity";
 * ```
 */
export type ManagementReviewEntryKind =
  | "review-action"
  | "context-issue"
  | "change"
  | "requirement"
  | "nonconformity"
  | "measurement"
  | "audit"
  | "objective"
  | "risk"
  | "treatment-plan"
  | "improvement"
  | "audit-finding";

/**
 * One line of a management review input: an entity of the document the review should look at, with
 * where it stands.
 *
 * @category Conformity
 * @example
 * ```ts
 * const entry: ManagementReviewEntry = {
 *   kind: "review-action", id: "mr-2026-a1", pointer: "/managementReviews/1/actions/0",
 *   title: "Roll out phishing-resistant MFA", status: "overdue", date: "2026-06-30", note: "from the review of 2026-01-21; owner Sofia Reis",
 * };
 * ```
 */
export interface ManagementReviewEntry {
  readonly kind: ManagementReviewEntryKind;
  readonly id: string;
  /** JSON Pointer to the entity in the document. */
  readonly pointer: string;
  readonly title: string;
  /** Where it stands: `open`, `overdue`, `done`, `target met`, `exceeds criteria` …; `undefined` when there is nothing to say. */
  readonly status: string | undefined;
  /** The day that matters most for it (due, raised, performed, latest result). */
  readonly date: string | undefined;
  /** One more line of facts. */
  readonly note: string | undefined;
}

/**
 * One sub-item of input d) of 9.3.2 (trends in nonconformities, measurement results, audit results,
 * objectives).
 *
 * @category Conformity
 * @example
 * ```ts
 * const part: ManagementReviewSubInput = { item: "3", label: "Audit results", summary: "No audit since 2026-01-21.", entries: [] };
 * ```
 */
export interface ManagementReviewSubInput {
  readonly item: "1" | "2" | "3" | "4";
  readonly label: string;
  /** The facts, in a sentence or two. */
  readonly summary: string;
  readonly entries: readonly ManagementReviewEntry[];
}

/**
 * One input a) to g) of a management review (ISO/IEC 27001:2022 9.3.2), assembled from the document.
 *
 * @category Conformity
 * @example
 * ```ts
 * const input: ManagementReviewInputPack = {
 *   item: "g", label: "Opportunities for continual improvement", summary: "No improvement is open.", entries: [],
 * };
 * ```
 */
export interface ManagementReviewInputPack {
  readonly item: ManagementReviewInputId;
  readonly label: string;
  /** The facts, in a sentence or two; says when the document cannot show something. */
  readonly summary: string;
  readonly entries: readonly ManagementReviewEntry[];
  /** Input d) only: its sub-items 1 to 4. */
  readonly subItems?: readonly ManagementReviewSubInput[];
}

/**
 * The inputs of a management review, ready to discuss: see {@link prepareManagementReview}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const pack: ManagementReviewPack = prepareManagementReview(
 *   parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }),
 *   { asOf: "2026-12-15" },
 * );
 * [pack.since, pack.inputs.length]
 * //=> ["2025-12-15", 7]
 * ```
 */
export interface ManagementReviewPack {
  readonly organization: string;
  readonly asOf: string;
  /** The start of the period looked back on. */
  readonly since: string;
  /** The last management review held on or before `asOf`. */
  readonly previousReview: { readonly id: string; readonly heldOn: string; readonly pointer: string } | undefined;
  /** The next management review planned after `asOf` and not yet held. */
  readonly nextReview: { readonly id: string; readonly plannedOn: string; readonly pointer: string } | undefined;
  /** Inputs a) to g), in order. */
  readonly inputs: readonly ManagementReviewInputPack[];
}

const FN = "prepareManagementReview";
const EXTERNAL_AUDITS: ReadonlySet<string> = new Set(["certification-stage-1", "certification-stage-2", "surveillance", "recertification"]);

function labelOf(item: ManagementReviewInputId): string {
  return managementReviewInputs.find((input) => input.item === item)?.label ?? item;
}

function subLabelOf(item: "1" | "2" | "3" | "4"): string {
  return managementReviewInputs.find((input) => input.item === "d")?.subItems?.find((sub) => sub.item === item)?.label ?? item;
}

const within = (day: string | undefined, from: string, to: string): boolean => day !== undefined && day >= from && day <= to;

/** Whether an audit was carried out (not planned, not cancelled) between `since` and `asOf`. */
function carriedOutIn(audit: Audit, since: string, asOf: string): boolean {
  return audit.status !== "planned" && audit.status !== "cancelled" && within(auditDay(audit), since, asOf);
}

function auditEntry(audit: Audit, index: number, note: string): ManagementReviewEntry {
  return {
    kind: "audit",
    id: audit.id,
    pointer: `/audits/${index}`,
    title: audit.title ?? `${audit.type.replace(/-/g, " ")} audit`,
    status: audit.status,
    date: auditDay(audit),
    note,
  };
}

function actionStatus(action: Action, asOf: string): string {
  return isOverdueAction(action, asOf) ? "overdue" : action.status;
}

function counted(parts: readonly [number, string][]): string {
  return parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`).join(", ");
}

/**
 * Assembles the inputs of a management review (ISO/IEC 27001:2022 9.3.2 a–g) from the document, for
 * the period from `since` to `asOf`, so an ISMS manager can prepare the review in minutes:
 *
 * - a) the actions of previous reviews still open, or closed in the period, with the overdue ones;
 * - b) the internal and external issues, when the context was last reviewed, and the changes to the ISMS in the period;
 * - c) the requirements of the relevant interested parties and whether the ISMS addresses them;
 * - d) performance: 1) nonconformities raised in the period against the period before, open ones and their
 *   corrective actions; 2) each measurement's latest result against its target; 3) the audits of the period
 *   and their findings; 4) the objectives and where they stand;
 * - e) interested parties' feedback the document records: complaints and external audits;
 * - f) the risk register against the acceptance criteria and the treatment plans' progress;
 * - g) improvements open or implemented in the period, and the audits' opportunities for improvement.
 *
 * Each input has a summary in plain words (saying so when the document cannot show something, such as
 * undated context issues) and the entities to look at, each with its JSON Pointer. The same document
 * and options always give the same pack; the document is not changed.
 *
 * @param isms - a document from {@link index!parseIsms}
 * @param options - `asOf` (required), `since`, and `riskRegister` to reuse a register already drawn up
 * @returns the inputs a) to g) with their facts
 * @throws {@link index!ArgumentError} when `asOf` or `since` is not a calendar date, `since` is after `asOf`,
 *   or `isms` is not a document
 * @throws {@link index!RiskMethodError} when the document's risk method cannot be used
 * @category Conformity
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   managementReviews: [{ id: "mr-1", heldOn: "2026-01-20", actions: [{ id: "a-1", description: "Hire a security engineer", dueDate: "2026-06-30", status: "open" }] }],
 * });
 * const pack = prepareManagementReview(isms, { asOf: "2026-12-15" });
 * pack.since
 * //=> "2026-01-20"
 * pack.inputs[0]?.summary
 * //=> "1 action from previous reviews: 1 open, 1 of them overdue."
 * pack.inputs[0]?.entries.map((e) => [e.id, e.status])
 * //=> [["a-1", "overdue"]]
 * ```
 */
export function prepareManagementReview(isms: Isms, options: PrepareManagementReviewOptions): ManagementReviewPack {
  const given = readOptions(options, FN);
  const asOf = toCalendarDay(given.asOf, FN);
  requireCollections(
    isms,
    ["managementReviews", "interestedParties", "changes", "nonconformities", "measurements", "audits", "objectives", "risks", "treatmentPlans", "improvements", "people"],
    FN,
    "isms",
    ["organization"],
  );
  const held = heldReviews(isms, asOf);
  const last = held[held.length - 1];
  const since = given.since === undefined ? (last?.heldOn ?? shiftMonths(asOf, -12)) : toCalendarDay(given.since, FN, ["options", "since"]);
  if (since > asOf) throw argumentError(FN, ["options", "since"], "invalid_value", `expected a day on or before asOf ${asOf}; found ${JSON.stringify(since)}`);
  requireRiskRegister(given.riskRegister, FN, asOf);
  const people = new Map(isms.people.map((p) => [p.id, p.name]));
  const person = (id: string | undefined) => (id === undefined ? undefined : (people.get(id) ?? id));

  const next = isms.managementReviews
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.heldOn === undefined && r.plannedOn !== undefined && r.plannedOn > asOf)
    .sort((a, b) => (a.r.plannedOn! < b.r.plannedOn! ? -1 : a.r.plannedOn! > b.r.plannedOn! ? 1 : a.i - b.i))[0];

  const register = given.riskRegister ?? (isms.riskMethod === undefined ? undefined : assessRisks(isms, { asOf }));
  const context = { isms, asOf, since, person, register };
  return {
    organization: isms.organization.name,
    asOf,
    since,
    previousReview: last === undefined ? undefined : { id: last.value.id, heldOn: last.heldOn, pointer: last.pointer },
    nextReview: next === undefined ? undefined : { id: next.r.id, plannedOn: next.r.plannedOn!, pointer: `/managementReviews/${next.i}` },
    inputs: [
      previousActions(context, held),
      changedIssues(context),
      interestedPartyNeeds(context),
      performance(context),
      interestedPartyFeedback(context),
      risksAndTreatment(context),
      improvements(context),
    ],
  };
}

interface PackContext {
  readonly isms: Isms;
  readonly asOf: string;
  readonly since: string;
  readonly person: (id: string | undefined) => string | undefined;
  readonly register: RiskRegister | undefined;
}

/** a) The status of actions from previous management reviews. */
function previousActions({ asOf, since, person }: PackContext, held: ReturnType<typeof heldReviews>): ManagementReviewInputPack {
  const entries: ManagementReviewEntry[] = [];
  for (const review of held) {
    review.value.actions.forEach((action, k) => {
      const closedInPeriod = !isOpenAction(action) && (within(action.completedOn, since, asOf) || (action.completedOn === undefined && review.heldOn >= since));
      if (!isOpenAction(action) && !closedInPeriod) return;
      const owner = person(action.ownerId);
      entries.push({
        kind: "review-action",
        id: action.id,
        pointer: `${review.pointer}/actions/${k}`,
        title: action.description,
        status: actionStatus(action, asOf),
        date: action.status === "done" ? (action.completedOn ?? action.dueDate) : action.dueDate,
        note: `from the review of ${review.heldOn}${owner === undefined ? "; no owner" : `; owner ${owner}`}${action.dueDate === undefined ? "; no due date" : `; due ${action.dueDate}`}`,
      });
    });
  }
  const open = entries.filter((e) => e.status === "open" || e.status === "in-progress" || e.status === "overdue").length;
  const overdue = entries.filter((e) => e.status === "overdue").length;
  const done = entries.filter((e) => e.status === "done").length;
  const summary =
    held.length === 0
      ? "No management review has been held before, so there are no previous actions."
      : entries.length === 0
        ? `No action of a previous review is open or was closed since ${since}.`
        : `${plural(entries.length, "action")} from previous reviews: ${counted([[done, "done"], [open, "open"], [entries.length - done - open, "cancelled"]])}${overdue > 0 ? `, ${overdue} of them overdue` : ""}.`;
  return { item: "a", label: labelOf("a"), summary, entries };
}

/** b) Changes in external and internal issues relevant to the ISMS. */
function changedIssues({ isms, asOf, since }: PackContext): ManagementReviewInputPack {
  const entries: ManagementReviewEntry[] = [];
  const issues = isms.context?.issues ?? [];
  issues.forEach((issue, i) =>
    entries.push({
      kind: "context-issue",
      id: issue.id,
      pointer: `/context/issues/${i}`,
      title: issue.description,
      status: issue.kind,
      date: undefined,
      note: issue.category,
    }),
  );
  let changes = 0;
  isms.changes.forEach((change, i) => {
    const dated = [change.requestedOn, change.approvedOn, change.plannedOn, change.implementedOn].some((day) => within(day, since, asOf));
    const pending = change.status === "proposed" || change.status === "approved";
    if (!dated && !pending) return;
    changes++;
    entries.push({
      kind: "change",
      id: change.id,
      pointer: `/changes/${i}`,
      title: change.title,
      status: change.status,
      date: change.implementedOn ?? change.plannedOn ?? change.approvedOn ?? change.requestedOn,
      note: change.purpose,
    });
  });
  const internal = issues.filter((i) => i.kind === "internal").length;
  const reviewed = isms.context?.reviewedOn;
  const climate = isms.context?.climateChange;
  const summary = [
    isms.context === undefined
      ? "The document does not describe the context (4.1)."
      : `${plural(issues.length, "issue")} (${internal} internal, ${issues.length - internal} external); the context was ${reviewed === undefined ? "never recorded as reviewed" : `last reviewed on ${reviewed}`}${climate === undefined ? "" : `; climate change is ${climate.relevant ? "" : "not "}a relevant issue`}. Issues carry no dates in the document, so each is listed for the review to confirm.`,
    `${plural(changes, "change")} to the ISMS in the period or still pending.`,
  ].join(" ");
  return { item: "b", label: labelOf("b"), summary, entries };
}

/** c) Changes in needs and expectations of interested parties. */
function interestedPartyNeeds({ isms }: PackContext): ManagementReviewInputPack {
  const entries: ManagementReviewEntry[] = [];
  let parties = 0;
  isms.interestedParties.forEach((party, p) => {
    if (!party.relevant) return;
    parties++;
    party.requirements.forEach((requirement, r) =>
      entries.push({
        kind: "requirement",
        id: requirement.id,
        pointer: `/interestedParties/${p}/requirements/${r}`,
        title: requirement.description,
        status: requirement.addressedThroughIsms ? "addressed" : "not addressed",
        date: undefined,
        note: `${party.name} (${requirement.type})`,
      }),
    );
  });
  const addressed = entries.filter((e) => e.status === "addressed").length;
  const summary =
    parties === 0
      ? "The document records no relevant interested party."
      : `${plural(parties, "relevant interested party", "relevant interested parties")} with ${plural(entries.length, "requirement")}: ${addressed} addressed through the ISMS, ${entries.length - addressed} not. Requirements carry no dates, so each is listed for the review to confirm.`;
  return { item: "c", label: labelOf("c"), summary, entries };
}

/** d) Feedback on information security performance, with its four sub-items. */
function performance(context: PackContext): ManagementReviewInputPack {
  const subItems = [nonconformityTrend(context), measurementResults(context), auditResults(context), objectivesFulfilment(context)];
  return {
    item: "d",
    label: labelOf("d"),
    summary: subItems.map((s) => s.summary).join(" "),
    entries: subItems.flatMap((s) => s.entries),
    subItems,
  };
}

function nonconformityTrend({ isms, asOf, since }: PackContext): ManagementReviewSubInput {
  const length = daysBetween(since, asOf);
  const before = shiftDays(since, -Math.max(1, length));
  let raised = 0;
  let raisedBefore = 0;
  let actions = 0;
  let actionsDone = 0;
  let actionsOverdue = 0;
  const entries: ManagementReviewEntry[] = [];
  isms.nonconformities.forEach((nc, i) => {
    if (within(nc.raisedOn, since, asOf)) raised++;
    else if (nc.raisedOn >= before && nc.raisedOn < since) raisedBefore++;
    const relevant = nc.raisedOn <= asOf && (nc.status !== "closed" || within(nc.raisedOn, since, asOf) || within(nc.closedOn, since, asOf));
    if (!relevant) return;
    const counting = nc.correctiveActions.filter((a) => a.status !== "cancelled");
    const done = counting.filter((a) => a.status === "done").length;
    const overdue = counting.filter((a) => isOverdueAction(a, asOf)).length;
    actions += counting.length;
    actionsDone += done;
    actionsOverdue += overdue;
    entries.push({
      kind: "nonconformity",
      id: nc.id,
      pointer: `/nonconformities/${i}`,
      title: nc.title,
      status: nc.status,
      date: nc.raisedOn,
      note: `${nc.severity === undefined ? "" : `${nc.severity}, `}from ${nc.source.replace(/-/g, " ")}; corrective actions: ${counting.length === 0 ? "none" : `${done} of ${counting.length} done${overdue > 0 ? `, ${overdue} overdue` : ""}`}${nc.effectivenessReview === undefined ? "" : `; effectiveness ${nc.effectivenessReview.effective ? "confirmed" : "not confirmed"} on ${nc.effectivenessReview.reviewedOn}`}`,
    });
  });
  const open = entries.filter((e) => e.status !== "closed").length;
  const summary = `${plural(raised, "nonconformity", "nonconformities")} raised since ${since} (${raisedBefore} in the ${length} days before); ${open} open. Corrective actions: ${actionsDone} of ${actions} done${actionsOverdue > 0 ? `, ${actionsOverdue} overdue` : ""}.`;
  return { item: "1", label: subLabelOf("1"), summary, entries };
}

function measurementResults({ isms, asOf, since }: PackContext): ManagementReviewSubInput {
  let inPeriod = 0;
  let met = 0;
  let judged = 0;
  const entries = isms.measurements.map((m, i): ManagementReviewEntry => {
    const results = m.results.filter((r) => r.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const period = results.filter((r) => r.date >= since);
    inPeriod += period.length;
    for (const r of period) {
      if (r.meetsTarget === undefined) continue;
      judged++;
      if (r.meetsTarget) met++;
    }
    const latest = results[results.length - 1];
    const previous = results[results.length - 2];
    const status = latest === undefined ? "no result" : latest.meetsTarget === undefined ? "not judged" : latest.meetsTarget ? "target met" : "target missed";
    const note = [
      latest === undefined ? undefined : `latest ${latest.value}${m.target === undefined ? "" : ` (target ${m.target})`}`,
      previous === undefined ? undefined : `before: ${previous.value} on ${previous.date}`,
      `${plural(period.length, "result")} since ${since}`,
    ].filter((part) => part !== undefined);
    return { kind: "measurement", id: m.id, pointer: `/measurements/${i}`, title: m.name, status, date: latest?.date, note: note.join("; ") };
  });
  const summary =
    isms.measurements.length === 0
      ? "The document defines no measurement."
      : `${plural(isms.measurements.length, "measurement")}, ${plural(inPeriod, "result")} since ${since}${judged > 0 ? `: ${met} of ${judged} met the target` : ""}; ${entries.filter((e) => e.status === "target missed").length} missed the target at the latest result, ${entries.filter((e) => e.status === "no result").length} without any result.`;
  return { item: "2", label: subLabelOf("2"), summary, entries };
}

function auditResults({ isms, asOf, since }: PackContext): ManagementReviewSubInput {
  const totals = { major: 0, minor: 0, ofi: 0, observation: 0, positive: 0 };
  let internal = 0;
  const entries: ManagementReviewEntry[] = [];
  isms.audits.forEach((audit, i) => {
    if (audit.type === "supplier" || !carriedOutIn(audit, since, asOf)) return;
    if (audit.type === "internal") internal++;
    const counts = { major: 0, minor: 0, ofi: 0, observation: 0, positive: 0 };
    for (const f of audit.findings) counts[f.type]++;
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) totals[key] += counts[key];
    const found = counted([[counts.major, "major"], [counts.minor, "minor"], [counts.ofi, "OFI"], [counts.observation, "observations"], [counts.positive, "positive"]]);
    entries.push(auditEntry(audit, i, `${audit.type.replace(/-/g, " ")}${audit.externalAuditor === undefined ? "" : ` by ${audit.externalAuditor}`}; findings: ${found === "" ? "none" : found}`));
  });
  const summary =
    entries.length === 0
      ? `No audit was carried out since ${since}.`
      : `${plural(entries.length, "audit")} since ${since} (${internal} internal, ${entries.length - internal} external): ${plural(totals.major, "major nonconformity", "major nonconformities")}, ${totals.minor} minor, ${plural(totals.ofi, "opportunity for improvement", "opportunities for improvement")}.`;
  return { item: "3", label: subLabelOf("3"), summary, entries };
}

function objectivesFulfilment({ isms, asOf }: PackContext): ManagementReviewSubInput {
  const entries: ManagementReviewEntry[] = [];
  isms.objectives.forEach((o, i) => {
    if (o.status === "cancelled") return;
    const late = o.dueDate !== undefined && o.dueDate < asOf && (o.status === "planned" || o.status === "in-progress");
    entries.push({
      kind: "objective",
      id: o.id,
      pointer: `/objectives/${i}`,
      title: o.title,
      status: late ? "overdue" : o.status,
      date: o.dueDate,
      note: [o.target === undefined ? undefined : `target ${o.target}`, o.lastEvaluatedOn === undefined ? "never evaluated" : `last evaluated on ${o.lastEvaluatedOn}`]
        .filter((part) => part !== undefined)
        .join("; "),
    });
  });
  const by = (status: string) => entries.filter((e) => e.status === status).length;
  const summary =
    entries.length === 0
      ? "The document sets no information security objective."
      : `${plural(entries.length, "objective")}: ${counted([[by("achieved"), "achieved"], [by("partially-achieved"), "partially achieved"], [by("not-achieved"), "not achieved"], [by("in-progress"), "in progress"], [by("planned"), "planned"], [by("overdue"), "overdue"]])}.`;
  return { item: "4", label: subLabelOf("4"), summary, entries };
}

/** e) Feedback from interested parties. */
function interestedPartyFeedback({ isms, asOf, since }: PackContext): ManagementReviewInputPack {
  const entries: ManagementReviewEntry[] = [];
  isms.nonconformities.forEach((nc, i) => {
    if (nc.source !== "complaint" || !within(nc.raisedOn, since, asOf)) return;
    entries.push({ kind: "nonconformity", id: nc.id, pointer: `/nonconformities/${i}`, title: nc.title, status: nc.status, date: nc.raisedOn, note: "complaint" });
  });
  let external = 0;
  isms.audits.forEach((audit, i) => {
    if (!EXTERNAL_AUDITS.has(audit.type) || !carriedOutIn(audit, since, asOf)) return;
    external++;
    const nonconformities = audit.findings.filter((f) => f.type === "major" || f.type === "minor").length;
    entries.push(
      auditEntry(audit, i, `${audit.externalAuditor === undefined ? "the certification body" : audit.externalAuditor}: ${plural(nonconformities, "nonconformity", "nonconformities")}, ${plural(audit.findings.length - nonconformities, "other finding")}`),
    );
  });
  const complaints = entries.length - external;
  const summary = `${plural(complaints, "complaint")} and ${plural(external, "external audit")} since ${since}. Other feedback (customer questionnaires, surveys) has no record type in the document: add it to the review's own summary of this input.`;
  return { item: "e", label: labelOf("e"), summary, entries };
}

/** f) Results of risk assessment and status of the risk treatment plan. */
function risksAndTreatment({ isms, asOf, register }: PackContext): ManagementReviewInputPack {
  const entries: ManagementReviewEntry[] = [];
  const parts: string[] = [];
  if (register === undefined) {
    parts.push(`The document has no risk method, so its ${plural(isms.risks.length, "risk")} cannot be scored.`);
  } else {
    const s = register.summary;
    const levels = register.method.matrix.levels.map((level) => `${level.label} ${s.byLevel.residual[level.id] ?? 0}`).join(", ");
    const acceptance = register.method.acceptance;
    parts.push(
      `${plural(s.total, "risk")} (${s.open} open); residual: ${levels}${s.unrated > 0 ? `, ${s.unrated} unrated` : ""}. ${acceptance === undefined ? "No risk acceptance criteria are set." : `${s.meetingAcceptanceCriteria} meet the acceptance criteria (at most ${register.method.matrix.levels.find((l) => l.id === acceptance.maxLevel)?.label ?? acceptance.maxLevel}), ${s.exceedingAcceptanceCriteria} exceed them.`} Owner acceptance: ${s.acceptance.expired} expired, ${s.acceptance.stale} stale, ${s.acceptance.missing} missing; ${plural(s.overdueAssessments, "reassessment")} overdue.`,
    );
    for (const e of register.entries) {
      if (e.status !== "open") continue;
      const problems = [
        e.meetsAcceptanceCriteria === false ? "exceeds the acceptance criteria" : undefined,
        e.acceptance.state === "expired" || e.acceptance.state === "stale" ? `acceptance ${e.acceptance.state}` : undefined,
        e.assessment.overdue ? "reassessment overdue" : undefined,
      ].filter((p): p is string => p !== undefined);
      if (problems.length === 0) continue;
      entries.push({
        kind: "risk",
        id: e.riskId,
        pointer: e.pointer,
        title: e.title,
        status: problems.join("; "),
        date: e.assessment.dueOn,
        note: `${e.residual !== undefined ? `residual ${e.residual.level}` : e.inherent !== undefined ? `inherent ${e.inherent.level}, no residual rating` : "not rated"}${e.treatmentOption === undefined ? "" : `; ${e.treatmentOption}`}; plan ${e.plan.status}`,
      });
    }
  }
  const plans = summarizeTreatmentPlans(isms, { asOf });
  const t = plans.totals;
  parts.push(
    `Treatment: ${plural(t.plans, "plan")}, ${t.done} of ${plural(t.actions, "action")} done, ${t.overdue} overdue; ${plural(t.plansAwaitingApproval, "plan")} awaiting the risk owners' approval; ${plural(t.risksWithoutPlan, "open risk")} needing treatment without a plan.`,
  );
  for (const plan of plans.plans) {
    entries.push({
      kind: "treatment-plan",
      id: plan.planId,
      pointer: plan.pointer,
      title: plan.title,
      status: plan.overdueActions.length > 0 ? `${plan.status}, ${plan.overdueActions.length} overdue` : plan.status,
      date: undefined,
      note: `${plan.progress.done} of ${plan.progress.total} actions done${plan.approvedByAllOwners ? "; approved by every risk owner" : "; not yet approved by every risk owner"}`,
    });
  }
  return { item: "f", label: labelOf("f"), summary: parts.join(" "), entries };
}

/** g) Opportunities for continual improvement. */
function improvements({ isms, asOf, since }: PackContext): ManagementReviewInputPack {
  const entries: ManagementReviewEntry[] = [];
  isms.improvements.forEach((imp, i) => {
    const open = imp.status === "proposed" || imp.status === "approved" || imp.status === "in-progress";
    if (!open && !within(imp.implementedOn, since, asOf) && !within(imp.raisedOn, since, asOf)) return;
    entries.push({ kind: "improvement", id: imp.id, pointer: `/improvements/${i}`, title: imp.title, status: imp.status, date: imp.implementedOn ?? imp.raisedOn, note: imp.source });
  });
  const fromImprovements = entries.length;
  isms.audits.forEach((audit, a) => {
    if (!carriedOutIn(audit, since, asOf)) return;
    audit.findings.forEach((f, k) => {
      if (f.type !== "ofi") return;
      entries.push({
        kind: "audit-finding",
        id: f.id,
        pointer: `/audits/${a}/findings/${k}`,
        title: f.description,
        status: "ofi",
        date: auditDay(audit),
        note: `from ${audit.title ?? audit.id}`,
      });
    });
  });
  const open = entries.filter((e) => e.status === "proposed" || e.status === "approved" || e.status === "in-progress").length;
  const summary = `${plural(fromImprovements, "improvement")} open or implemented since ${since} (${open} open); ${plural(entries.length - fromImprovements, "opportunity for improvement", "opportunities for improvement")} from the audits of the period.`;
  return { item: "g", label: labelOf("g"), summary, entries };
}
