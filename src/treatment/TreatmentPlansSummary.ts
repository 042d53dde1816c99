import type { ActionStatus } from "../model/ActionSchema";
import type { TreatmentOption } from "../model/RiskSchema";
import type { RiskScore } from "../method/scoreRisk";

/**
 * An action of a treatment plan that is overdue or due soon on `asOf`.
 *
 * @category Treatment
 * @example
 * ```ts
 * const action: PlanActionDue = {
 *   actionId: "tp-1-a2",
 *   description: "Enable DLP rules",
 *   pointer: "/treatmentPlans/0/actions/1",
 *   ownerId: "p-secops",
 *   status: "in-progress",
 *   dueDate: "2026-11-30",
 *   days: 2,
 * };
 * ```
 */
export interface PlanActionDue {
  readonly actionId: string;
  readonly description: string;
  /** JSON Pointer of the action in the document. */
  readonly pointer: string;
  readonly ownerId: string | undefined;
  readonly status: ActionStatus;
  readonly dueDate: string;
  /** Days past the due date (overdue actions) or days left until it (upcoming actions). */
  readonly days: number;
}

/**
 * One risk of a treatment plan: whether its owner has approved the plan for it, and its residual
 * rating now and once the plan is complete (`treatment.targetResidual`, scored on the risk method).
 *
 * @category Treatment
 * @example
 * ```ts
 * const risk: PlannedRisk = {
 *   riskId: "risk-02",
 *   title: "Phishing leads to account takeover",
 *   pointer: "/risks/1",
 *   ownerId: "p-coo",
 *   approved: true,
 *   approvedOn: "2026-10-27",
 *   residual: { likelihood: "unlikely", impact: "moderate", level: "medium", levelIndex: 1 },
 *   projectedResidual: { likelihood: "rare", impact: "moderate", level: "low", levelIndex: 0 },
 *   projectedMeetsAcceptanceCriteria: true,
 * };
 * ```
 */
export interface PlannedRisk {
  readonly riskId: string;
  readonly title: string;
  /** JSON Pointer of the risk, or `undefined` when the plan names a risk the document does not have. */
  readonly pointer: string | undefined;
  readonly ownerId: string | undefined;
  /** Whether the risk owner has approved the plan for this risk. */
  readonly approved: boolean;
  /** The day of the owner's approval (the latest, when there are several). */
  readonly approvedOn: string | undefined;
  /** The residual rating now (else the inherent one), scored; `undefined` when unrated or there is no method. */
  readonly residual: RiskScore | undefined;
  /** The residual rating once the plan is complete: `treatment.targetResidual`, scored. */
  readonly projectedResidual: RiskScore | undefined;
  /** Whether the projected rating meets the risk acceptance criteria; `undefined` when unknown. */
  readonly projectedMeetsAcceptanceCriteria: boolean | undefined;
}

/**
 * A risk owner's approval of a treatment plan: the plan's risks the person owns, and whether they
 * approved the plan for all of them.
 *
 * @category Treatment
 * @example
 * ```ts
 * const approval: OwnerApproval = { ownerId: "p-coo", riskIds: ["risk-02", "risk-07"], approved: false, approvedOn: undefined, pendingRiskIds: ["risk-07"] };
 * ```
 */
export interface OwnerApproval {
  readonly ownerId: string;
  /** The plan's risks this person owns, in the plan's order. */
  readonly riskIds: readonly string[];
  /** True when the owner approved the plan for every one of `riskIds`. */
  readonly approved: boolean;
  /** The day of the latest approval that completed it; `undefined` while not approved. */
  readonly approvedOn: string | undefined;
  /** The owner's risks the plan is not yet approved for. */
  readonly pendingRiskIds: readonly string[];
}

/**
 * The state of one treatment plan on `asOf`.
 *
 * @category Treatment
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" }, people: [{ id: "p-1", name: "Owner" }],
 *   risks: [{ id: "r-1", title: "Laptop theft", ownerId: "p-1", treatment: { option: "modify", controlIds: ["8.1"] } }],
 *   treatmentPlans: [{ id: "tp-1", title: "Encrypt laptops", riskIds: ["r-1"], actions: [{ id: "a-1", description: "Enable disk encryption", status: "done" }] }],
 * });
 * const plan: TreatmentPlanSummary = summarizeTreatmentPlans(isms, { asOf: "2026-11-28" }).plans[0]!;
 * [plan.status, plan.progress.ratio, plan.approvedByAllOwners];
 * //=> ["complete", 1, false]
 * ```
 */
export interface TreatmentPlanSummary {
  readonly planId: string;
  readonly title: string;
  /** JSON Pointer of the plan in the document. */
  readonly pointer: string;
  readonly ownerId: string | undefined;
  /** `planned` (no action started), `in-progress`, or `complete` (every action done or cancelled). */
  readonly status: "planned" | "in-progress" | "complete";
  readonly progress: {
    /** Actions that count: all but the cancelled ones. */
    readonly total: number;
    readonly done: number;
    readonly inProgress: number;
    readonly open: number;
    readonly cancelled: number;
    /** `done / total`, from 0 to 1; `undefined` when the plan has no action that counts. */
    readonly ratio: number | undefined;
  };
  /** Actions due before `asOf` and neither done nor cancelled, the most overdue first. */
  readonly overdueActions: readonly PlanActionDue[];
  /** Actions due on `asOf` or within `upcomingDays` after it, not yet done, the soonest first. */
  readonly upcomingActions: readonly PlanActionDue[];
  /** Ids of open or in-progress actions without a due date. */
  readonly actionsWithoutDueDate: readonly string[];
  readonly risks: readonly PlannedRisk[];
  /** One entry per owner of the plan's risks, in the order the plan lists the risks. */
  readonly approvals: readonly OwnerApproval[];
  /** Plan risks that have no owner, so nobody can approve the plan for them. */
  readonly unownedRiskIds: readonly string[];
  /** True when every risk of the plan has an owner who has approved the plan for it. */
  readonly approvedByAllOwners: boolean;
}

/**
 * An open risk that needs a treatment plan and that no plan names.
 *
 * @category Treatment
 * @example
 * ```ts
 * const risk: RiskWithoutPlan = { riskId: "risk-11", title: "Supplier breach", pointer: "/risks/10", ownerId: "p-coo", option: "modify" };
 * ```
 */
export interface RiskWithoutPlan {
  readonly riskId: string;
  readonly title: string;
  readonly pointer: string;
  readonly ownerId: string | undefined;
  /** The treatment option; `undefined` when none is chosen yet. */
  readonly option: TreatmentOption | undefined;
}

/**
 * What {@link summarizeTreatmentPlans} returns: each plan's state on `asOf`, the risks left without a
 * plan, and totals.
 *
 * @category Treatment
 * @example
 * ```ts
 * const summary: TreatmentPlansSummary = summarizeTreatmentPlans(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-11-28" });
 * summary.totals
 * //=> { plans: 0, actions: 0, done: 0, overdue: 0, upcoming: 0, plansAwaitingApproval: 0, risksWithoutPlan: 0 }
 * ```
 */
export interface TreatmentPlansSummary {
  readonly asOf: string;
  readonly upcomingDays: number;
  readonly plans: readonly TreatmentPlanSummary[];
  /** Open risks that are not retained (and so need actions) that no plan names, in document order. */
  readonly risksWithoutPlan: readonly RiskWithoutPlan[];
  readonly totals: {
    readonly plans: number;
    /** Actions that count (not cancelled), over all plans. */
    readonly actions: number;
    readonly done: number;
    readonly overdue: number;
    readonly upcoming: number;
    /** Plans not yet approved by every owner of their risks. */
    readonly plansAwaitingApproval: number;
    readonly risksWithoutPlan: number;
  };
}
