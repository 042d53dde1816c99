import { daysBetween, toCalendarDay } from "../core/calendar";
import type { Action } from "../model/ActionSchema";
import type { Isms } from "../model/IsmsSchema";
import type { Risk } from "../model/RiskSchema";
import { assessRisks, type RiskRegisterEntry } from "../risk/assessRisks";
import type { RiskMatrix } from "../method/RiskMatrix";
import { compareCodeUnits, unique } from "../core/collections";
import { readInteger, readOptions, requireCollections } from "../core/arguments";
import type {
  OwnerApproval,
  PlanActionDue,
  PlannedRisk,
  RiskWithoutPlan,
  TreatmentPlansSummary,
  TreatmentPlanSummary,
} from "./TreatmentPlansSummary";

/**
 * Options for {@link summarizeTreatmentPlans}.
 *
 * @category Treatment
 * @example
 * ```ts
 * const options: SummarizeTreatmentPlansOptions = { asOf: "2026-11-28", upcomingDays: 14 };
 * ```
 */
export interface SummarizeTreatmentPlansOptions {
  /** The day the summary is drawn up for: `YYYY-MM-DD` or a Date (its local calendar day). */
  readonly asOf: string | Date;
  /** Actions due within this many days after `asOf` are upcoming; 30 when left out. */
  readonly upcomingDays?: number;
  /** Score the projected ratings with this method (a preset name or a matrix) instead of the document's. */
  readonly method?: string | RiskMatrix;
}

/**
 * What {@link summarizeTreatmentPlans} reads from a document: its risks, treatment plans and risk method. A whole {@link Isms} is one.
 *
 * @category Treatment
 * @example
 * ```ts
 * const input: SummaryInput = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
 * input.treatmentPlans
 * //=> []
 * ```
 */
export type SummaryInput = Pick<Isms, "risks" | "treatmentPlans" | "riskMethod">;

const live = (action: Action) => action.status === "open" || action.status === "in-progress";

/**
 * Summarises the risk treatment plans (ISO/IEC 27001:2022 6.1.3 e, f) on `asOf`: for each plan its
 * progress (done of all actions that are not cancelled), its overdue actions (due before `asOf`, not
 * done or cancelled) and upcoming ones (due within `upcomingDays`), whether the owner of each of its
 * risks has approved it, and each risk's residual rating now and projected once the plan is complete
 * (`treatment.targetResidual`, scored on the document's risk method). Also lists the open risks
 * that need a plan — every option but `retain`, and risks with no option yet — that no plan names.
 *
 * Approval of the plan (on the plan) is kept apart from acceptance of the residual risk (on the
 * risk): see {@link assessRisks} for acceptance. An approval with no `riskIds` covers every risk of
 * the plan its approver owns. Dates compare as calendar days, whatever the machine's time zone.
 *
 * @param isms - a document from {@link parseIsms}
 * @param options - `asOf` (required), `upcomingDays` (30), `method` to score with another method
 * @returns the plans in document order, the risks without a plan, and totals
 * @throws {@link ArgumentError} when `asOf` is not a date or `upcomingDays` is not a whole number ≥ 0;
 *   {@link RiskMethodError} when the document's risk method cannot score its ratings. Without any
 *   risk method the projected ratings are `undefined`.
 * @category Treatment
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" },
 *   people: [{ id: "p-cto", name: "CTO" }],
 *   riskMethod: { preset: "5x5", acceptance: { maxLevel: "low" } },
 *   risks: [
 *     { id: "r-1", title: "Ransomware", ownerId: "p-cto", residual: { likelihood: "possible", impact: "major" },
 *       treatment: { option: "modify", controlIds: ["8.13"], targetResidual: { likelihood: "rare", impact: "major" } } },
 *     { id: "r-2", title: "Phishing", ownerId: "p-cto", treatment: { option: "modify", controlIds: ["6.3"] } },
 *   ],
 *   treatmentPlans: [{
 *     id: "tp-1", title: "Backups", riskIds: ["r-1"],
 *     actions: [
 *       { id: "a-1", description: "Immutable backups", dueDate: "2026-10-31", status: "in-progress" },
 *       { id: "a-2", description: "Restore test", dueDate: "2026-12-10", status: "open" },
 *       { id: "a-3", description: "Backup policy", status: "done" },
 *     ],
 *     approvals: [{ approvedById: "p-cto", approvedOn: "2026-09-01" }],
 *   }],
 * });
 * const summary = summarizeTreatmentPlans(isms, { asOf: "2026-11-28" });
 * const [plan] = summary.plans;
 * [plan?.progress.done, plan?.progress.total, plan?.overdueActions[0]?.days, plan?.upcomingActions[0]?.actionId];
 * //=> [1, 3, 28, "a-2"]
 * [plan?.approvedByAllOwners, plan?.risks[0]?.residual?.level, plan?.risks[0]?.projectedResidual?.level];
 * //=> [true, "high", "medium"]
 * summary.risksWithoutPlan.map((risk) => risk.riskId)
 * //=> ["r-2"]
 * ```
 */
export function summarizeTreatmentPlans(isms: SummaryInput, options: SummarizeTreatmentPlansOptions): TreatmentPlansSummary {
  const given = readOptions(options, "summarizeTreatmentPlans");
  const asOf = toCalendarDay(given.asOf, "summarizeTreatmentPlans");
  const upcomingDays = given.upcomingDays === undefined ? 30 : readInteger(given.upcomingDays, ["options", "upcomingDays"], "summarizeTreatmentPlans", 0, 100_000);
  requireCollections(isms, ["risks", "treatmentPlans"], "summarizeTreatmentPlans");

  // Scores, once for all risks, when there is a method to score with.
  const entries = new Map<string, RiskRegisterEntry>();
  let maxAcceptable: number | undefined;
  if (isms.riskMethod !== undefined || given.method !== undefined) {
    const register = assessRisks(isms, given.method === undefined ? { asOf } : { asOf, method: given.method });
    for (const entry of register.entries) entries.set(entry.riskId, entry);
    const criteria = register.method.acceptance;
    if (criteria !== undefined) maxAcceptable = register.method.matrix.levels.findIndex((level) => level.id === criteria.maxLevel);
  }
  const risks = new Map<string, { risk: Risk; index: number }>();
  isms.risks.forEach((risk, index) => risks.set(risk.id, { risk, index }));

  const planned = new Set<string>();
  const plans = isms.treatmentPlans.map((plan, planIndex): TreatmentPlanSummary => {
    for (const riskId of plan.riskIds) planned.add(riskId);
    const pointer = `/treatmentPlans/${planIndex}`;
    const counted = plan.actions.filter((action) => action.status !== "cancelled");
    const done = counted.filter((action) => action.status === "done").length;
    const inProgress = counted.filter((action) => action.status === "in-progress").length;
    let status: TreatmentPlanSummary["status"];
    if (counted.length > 0 && done === counted.length) status = "complete";
    else if (done > 0 || inProgress > 0) status = "in-progress";
    else status = plan.actions.length > 0 && counted.length === 0 ? "complete" : "planned";

    const due = (action: Action, dueDate: string, index: number, days: number): PlanActionDue => ({
      actionId: action.id,
      description: action.description,
      pointer: `${pointer}/actions/${index}`,
      ownerId: action.ownerId,
      status: action.status,
      dueDate,
      days,
    });
    const overdueActions: PlanActionDue[] = [];
    const upcomingActions: PlanActionDue[] = [];
    const actionsWithoutDueDate: string[] = [];
    plan.actions.forEach((action, index) => {
      if (!live(action)) return;
      if (action.dueDate === undefined) {
        actionsWithoutDueDate.push(action.id);
        return;
      }
      const left = daysBetween(asOf, action.dueDate);
      if (left < 0) overdueActions.push(due(action, action.dueDate, index, -left));
      else if (left <= upcomingDays) upcomingActions.push(due(action, action.dueDate, index, left));
    });
    const byDueDate = (a: PlanActionDue, b: PlanActionDue) => compareCodeUnits(a.dueDate, b.dueDate);
    overdueActions.sort(byDueDate);
    upcomingActions.sort(byDueDate);

    // Approvals by the owners of the plan's risks.
    const riskIds = unique(plan.riskIds);
    const plannedRisks = riskIds.map((riskId): PlannedRisk => {
      const found = risks.get(riskId);
      const ownerId = found?.risk.ownerId;
      const approvedOn = plan.approvals
        .filter((a) => ownerId !== undefined && a.approvedById === ownerId && (a.riskIds.length === 0 || a.riskIds.includes(riskId)))
        .map((a) => a.approvedOn)
        .sort(compareCodeUnits)
        .at(-1);
      const entry = entries.get(riskId);
      return {
        riskId,
        title: found?.risk.title ?? riskId,
        pointer: found === undefined ? undefined : `/risks/${found.index}`,
        ownerId,
        approved: approvedOn !== undefined,
        approvedOn,
        residual: entry?.residual ?? entry?.inherent,
        projectedResidual: entry?.target,
        projectedMeetsAcceptanceCriteria:
          entry?.target === undefined || maxAcceptable === undefined ? undefined : entry.target.levelIndex <= maxAcceptable,
      };
    });
    const owners = unique(plannedRisks.flatMap((r) => (r.ownerId === undefined ? [] : [r.ownerId])));
    const approvals = owners.map((ownerId): OwnerApproval => {
      const owned = plannedRisks.filter((r) => r.ownerId === ownerId);
      const pendingRiskIds = owned.filter((r) => !r.approved).map((r) => r.riskId);
      const approved = pendingRiskIds.length === 0;
      return {
        ownerId,
        riskIds: owned.map((r) => r.riskId),
        approved,
        approvedOn: approved ? owned.map((r) => r.approvedOn ?? "").sort(compareCodeUnits).at(-1) : undefined,
        pendingRiskIds,
      };
    });
    const unownedRiskIds = plannedRisks.filter((r) => r.ownerId === undefined).map((r) => r.riskId);

    return {
      planId: plan.id,
      title: plan.title,
      pointer,
      ownerId: plan.ownerId,
      status,
      progress: {
        total: counted.length,
        done,
        inProgress,
        open: counted.length - done - inProgress,
        cancelled: plan.actions.length - counted.length,
        ratio: counted.length === 0 ? undefined : done / counted.length,
      },
      overdueActions,
      upcomingActions,
      actionsWithoutDueDate,
      risks: plannedRisks,
      approvals,
      unownedRiskIds,
      approvedByAllOwners: unownedRiskIds.length === 0 && approvals.every((a) => a.approved),
    };
  });

  const risksWithoutPlan: RiskWithoutPlan[] = [];
  isms.risks.forEach((risk, index) => {
    if (risk.status !== "open" || risk.treatment?.option === "retain" || planned.has(risk.id)) return;
    risksWithoutPlan.push({ riskId: risk.id, title: risk.title, pointer: `/risks/${index}`, ownerId: risk.ownerId, option: risk.treatment?.option });
  });

  return {
    asOf,
    upcomingDays,
    plans,
    risksWithoutPlan,
    totals: {
      plans: plans.length,
      actions: plans.reduce((sum, p) => sum + p.progress.total, 0),
      done: plans.reduce((sum, p) => sum + p.progress.done, 0),
      overdue: plans.reduce((sum, p) => sum + p.overdueActions.length, 0),
      upcoming: plans.reduce((sum, p) => sum + p.upcomingActions.length, 0),
      plansAwaitingApproval: plans.filter((p) => !p.approvedByAllOwners).length,
      risksWithoutPlan: risksWithoutPlan.length,
    },
  };
}

