import { addMonthsToDay, toCalendarDay } from "../core/calendar";
import type { Isms } from "../model/IsmsSchema";
import type { Risk, RiskRating, TreatmentOption } from "../model/RiskSchema";
import type { RiskHeatmapCell } from "./RiskHeatmapCell";
import { resolveRiskMethod, type ResolvedRiskMethod, type ResolveRiskMethodOptions } from "./resolveRiskMethod";
import { RiskMethodError, type RiskMethodIssue } from "../method/RiskMethodError";
import type { RiskMatrix } from "../method/RiskMatrix";
import { getRiskAcceptanceAuthority } from "../method/getRiskAcceptanceAuthority";
import { scoreRisk, type RiskScore } from "../method/scoreRisk";
import { indexOf } from "../method/riskMatrixIndex";
import { readOptions, requireCollections } from "../core/arguments";

/**
 * Where a risk stands with its owner's acceptance of the residual risk on `asOf`:
 * `missing` (none recorded), `accepted`, `expired` (past its expiry, or past the method's validity),
 * `stale` (the residual rating changed since the owner accepted it), or `not-applicable` (a closed risk).
 *
 * @category Risk
 * @example
 * ```ts
 * const state: RiskAcceptanceState = "stale";
 * ```
 */
export type RiskAcceptanceState = "missing" | "accepted" | "expired" | "stale" | "not-applicable";

/**
 * How far the treatment plans of a risk have got: `none` (no plan names it), `planned` (no action
 * started), `in-progress`, or `complete` (every action done or cancelled).
 *
 * @category Risk
 * @example
 * ```ts
 * const status: TreatmentPlanStatus = "in-progress";
 * ```
 */
export type TreatmentPlanStatus = "none" | "planned" | "in-progress" | "complete";

/**
 * Something in a risk's data an assessor would question.
 *
 * @category Risk
 * @example
 * ```ts
 * const flag: RiskFlag = {
 *   code: "residual-above-inherent",
 *   pointer: "/risks/2/residual",
 *   message: "the residual rating (high) is above the inherent rating (medium)",
 * };
 * ```
 */
export interface RiskFlag {
  readonly code:
    | "residual-above-inherent"
    | "lowered-without-controls"
    | "missing-owner"
    | "missing-inherent-rating"
    | "missing-residual-rating"
    | "missing-treatment"
    | "accepted-by-non-owner";
  /** JSON Pointer to the data concerned. */
  readonly pointer: string;
  readonly message: string;
}

/**
 * One risk in the register.
 *
 * @category Risk
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" },
 *   risks: [{ id: "r-1", title: "Laptop theft", inherent: { likelihood: "likely", impact: "minor" } }],
 * });
 * const register = assessRisks(isms, { asOf: "2026-06-30" });
 * const entry: RiskRegisterEntry = register.entries[0]!;
 * entry.inherent?.level
 * //=> "medium"
 * ```
 */
export interface RiskRegisterEntry {
  readonly riskId: string;
  readonly title: string;
  /** JSON Pointer to the risk in the document. */
  readonly pointer: string;
  readonly ownerId: string | undefined;
  readonly status: Risk["status"];
  readonly treatmentOption: TreatmentOption | undefined;
  readonly controlIds: readonly string[];
  readonly inherent: RiskScore | undefined;
  readonly residual: RiskScore | undefined;
  /** The residual rating expected once treatment is complete. */
  readonly target: RiskScore | undefined;
  /** Whether the residual level (else the inherent one) meets the acceptance criteria; `undefined` when unrated or without criteria. */
  readonly meetsAcceptanceCriteria: boolean | undefined;
  readonly acceptance: {
    readonly state: RiskAcceptanceState;
    readonly acceptedById: string | undefined;
    readonly acceptedOn: string | undefined;
    /** The level accepted: that of the accepted rating, else of the current (residual, else inherent) rating. */
    readonly level: string | undefined;
    /**
     * The latest day the acceptance criteria allow it to run: acceptedOn plus the longest validity for
     * its level (the level's authority, else the criteria's `validityMonths`); `undefined` without a limit.
     */
    readonly maxExpiresOn: string | undefined;
    /** The day the acceptance lapses: its own expiry, else `maxExpiresOn`. */
    readonly expiresOn: string | undefined;
  };
  readonly assessment: {
    readonly lastAssessedOn: string | undefined;
    /** The next assessment is due on this day (last assessment plus the method's interval). */
    readonly dueOn: string | undefined;
    /** True when `dueOn` has passed, or when the risk was never assessed and an interval is set. */
    readonly overdue: boolean;
  };
  readonly plan: {
    readonly planIds: readonly string[];
    readonly status: TreatmentPlanStatus;
    /** Whether the risk owner has approved a plan that treats this risk. */
    readonly approvedByOwner: boolean;
  };
  readonly flags: readonly RiskFlag[];
}

/**
 * The risk register of {@link assessRisks}: every risk with its ratings and state on `asOf`, and a
 * summary with counts per level and the heat-map cells.
 *
 * @category Risk
 * @example
 * ```ts
 * const register: RiskRegister = assessRisks({ riskMethod: { preset: "3x3" }, risks: [], treatmentPlans: [] }, { asOf: "2026-06-30" });
 * register.summary.total
 * //=> 0
 * ```
 */
export interface RiskRegister {
  readonly asOf: string;
  readonly method: ResolvedRiskMethod;
  readonly entries: readonly RiskRegisterEntry[];
  readonly summary: {
    readonly total: number;
    readonly open: number;
    /** Risks per level id (all levels listed, lowest first), by inherent and by residual rating. */
    readonly byLevel: {
      readonly inherent: Readonly<Record<string, number>>;
      readonly residual: Readonly<Record<string, number>>;
    };
    readonly unrated: number;
    readonly meetingAcceptanceCriteria: number;
    readonly exceedingAcceptanceCriteria: number;
    readonly acceptance: Readonly<Record<RiskAcceptanceState, number>>;
    readonly overdueAssessments: number;
    readonly flagged: number;
    /** Every cell of the matrix, likelihood then impact, lowest first, with the risks in it. */
    readonly heatmap: { readonly inherent: readonly RiskHeatmapCell[]; readonly residual: readonly RiskHeatmapCell[] };
  };
}

/**
 * Options for {@link assessRisks}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: AssessRisksOptions = { asOf: "2026-11-28", method: "5x5" };
 * ```
 */
export interface AssessRisksOptions extends ResolveRiskMethodOptions {
  /** The day the register is drawn up for: `YYYY-MM-DD` or a Date (its local calendar day). */
  readonly asOf: string | Date;
}

/**
 * What {@link assessRisks} reads from a document: its risk method, risks and treatment plans. A whole
 * {@link Isms} from {@link parseIsms} is one.
 *
 * @category Risk
 * @example
 * ```ts
 * const input: AssessRisksInput = parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" } });
 * input.risks
 * //=> []
 * ```
 */
export type AssessRisksInput = Pick<Isms, "riskMethod"> & {
  readonly risks: readonly Risk[];
  readonly treatmentPlans: Isms["treatmentPlans"];
};

function sameRating(a: RiskRating, b: RiskRating): boolean {
  return a.likelihood === b.likelihood && a.impact === b.impact;
}

/** A risk with no treatment plan: one empty list for all of them (read, never kept). */
const NO_PLANS: readonly Isms["treatmentPlans"][number][] = [];

/** The path of a rating of the risk at `index`, for an issue about it. */
function ratingPath(index: number, where: "inherent" | "residual" | "targetResidual"): (string | number)[] {
  return where === "targetResidual" ? ["risks", index, "treatment", "targetResidual"] : ["risks", index, where];
}

/**
 * Builds the risk register (ISO/IEC 27001:2022 6.1.2, 8.2): every risk scored on the document's
 * method, inherent, residual and target; whether its residual level meets the acceptance criteria;
 * its owner, treatment option and plan status; and its state on `asOf` — acceptance missing,
 * accepted, expired or stale, and whether its assessment is overdue under the method's interval.
 * Residual ratings above the inherent one, or lowered with no control to explain it, are flagged.
 *
 * @param isms - a document from {@link parseIsms} (or anything with `riskMethod`, `risks` and `treatmentPlans`)
 * @param options - `asOf` (required), and `method` to score with another method than the document's
 * @returns the register, with a summary of counts per level and the heat-map cells
 * @throws {@link RiskMethodError} when there is no usable method, or (with another `method`) when
 *   ratings are not on its scales — every bad rating listed with its JSON Pointer
 * @category Risk
 * @example
 * ```ts
 * const register = assessRisks(
 *   {
 *     riskMethod: { preset: "5x5", acceptance: { maxLevel: "low" }, assessmentIntervalMonths: 12 },
 *     risks: [{
 *       id: "r-1", title: "Ransomware", ownerId: "p-1", status: "open",
 *       assetIds: [], threatIds: [], vulnerabilityIds: [], contextIssueIds: [], affectedProperties: [],
 *       lastAssessedOn: "2025-01-10",
 *       inherent: { likelihood: "likely", impact: "severe" },
 *       residual: { likelihood: "unlikely", impact: "moderate" },
 *       treatment: { option: "modify", controlIds: ["8.7", "8.13"], supplierIds: [] },
 *     }],
 *     treatmentPlans: [],
 *   },
 *   { asOf: "2026-03-01" },
 * );
 * const [entry] = register.entries;
 * [entry?.inherent?.level, entry?.residual?.level, entry?.acceptance.state, entry?.assessment.overdue]
 * //=> ["critical", "medium", "missing", true]
 * ```
 */
export function assessRisks(isms: AssessRisksInput, options: AssessRisksOptions): RiskRegister {
  const given = readOptions(options, "assessRisks");
  const asOf = toCalendarDay(given.asOf, "assessRisks");
  requireCollections(isms, ["risks", "treatmentPlans"], "assessRisks");
  const method = resolveRiskMethod(isms, given);
  const { matrix, acceptance: criteria, assessmentIntervalMonths } = method;
  const maxAcceptable =
    criteria === undefined ? undefined : matrix.levels.findIndex((level) => level.id === criteria.maxLevel);

  // The position of each step on its scale, looked up rather than searched for each risk.
  const scales = indexOf(matrix);

  // Plans per risk, built once: no quadratic joins.
  const plansByRisk = new Map<string, Isms["treatmentPlans"][number][]>();
  for (let p = 0; p < isms.treatmentPlans.length; p++) {
    const plan = isms.treatmentPlans[p]!;
    for (let r = 0; r < plan.riskIds.length; r++) {
      const riskId = plan.riskIds[r]!;
      const list = plansByRisk.get(riskId);
      if (list) list.push(plan);
      else plansByRisk.set(riskId, [plan]);
    }
  }

  const ratingIssues: RiskMethodIssue[] = [];
  // The cell of the matrix (likelihood step × the impact scale's length + impact step) the last
  // `score` call rated, -1 for none: the flags and the heatmaps read it instead of looking each step
  // up again (a risk's two ratings were looked up three times each).
  const impactSteps = matrix.impact.length;
  /** The cell of a rating on both scales, -1 when a step is off its scale. */
  const cellOf = (rating: RiskRating): number => {
    const l = scales.likelihood.get(rating.likelihood);
    const i = scales.impact.get(rating.impact);
    return l === undefined || i === undefined ? -1 : l * impactSteps + i;
  };
  const levelIndexAt = (at: number): number => matrix.grid[Math.floor(at / impactSteps)]![at % impactSteps]!;
  /** The level of a rating, or undefined when there is none or it does not fit (validation reports that elsewhere). */
  const quietLevel = (rating: RiskRating | undefined): string | undefined => {
    const at = rating === undefined ? -1 : cellOf(rating);
    return at < 0 ? undefined : matrix.levels[levelIndexAt(at)]!.id;
  };
  let cell = -1;
  // The path of a rating is built only for the issues it reports.
  const score = (rating: RiskRating | undefined, index: number, where: "inherent" | "residual" | "targetResidual"): RiskScore | undefined => {
    cell = -1;
    if (rating === undefined) return undefined;
    const at = cellOf(rating);
    if (at >= 0) {
      // On both scales (nearly always): scoreRisk's answer, from the steps just looked up.
      const levelIndex = levelIndexAt(at);
      const level = matrix.levels[levelIndex]!.id;
      if (rating.level !== undefined && rating.level !== level) {
        const path = ratingPath(index, where);
        ratingIssues.push({
          path: [...path, "level"],
          pointer: `/${[...path, "level"].join("/")}`,
          code: "level_mismatch",
          message: `level ${JSON.stringify(rating.level)} does not match the matrix: ${rating.likelihood} × ${rating.impact} is ${JSON.stringify(level)}`,
        });
      }
      cell = at;
      return { likelihood: rating.likelihood, impact: rating.impact, level, levelIndex };
    }
    try {
      // Off a scale: scoreRisk says how, as its error's issues.
      return scoreRisk(matrix, rating);
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      const path = ratingPath(index, where);
      for (const issue of error.issues) {
        const full = [...path, ...issue.path];
        ratingIssues.push({ ...issue, path: full, pointer: `/${full.join("/")}` });
      }
      return undefined;
    }
  };
  const inherentCells = new Int32Array(isms.risks.length);
  const residualCells = new Int32Array(isms.risks.length);

  // The longest an acceptance may run at each level: the criteria read once per level, not once per risk.
  const validityByLevel = new Map<string, number | undefined>();
  const validityMonthsOf = (level: string): number | undefined => {
    if (!validityByLevel.has(level)) validityByLevel.set(level, getRiskAcceptanceAuthority(matrix, level, criteria).maxValidityMonths);
    return validityByLevel.get(level);
  };

  // A day some months on, worked out once per day and number of months: risks share their days
  // (a register of 50,000 risks has a few hundred distinct ones), and the entries then share the
  // strings too (a string cannot be changed, so sharing one is not sharing data).
  const laterByMonths = new Map<number, Map<string, string>>();
  const monthsLater = (day: string, months: number): string => {
    let byDay = laterByMonths.get(months);
    if (byDay === undefined) laterByMonths.set(months, (byDay = new Map()));
    let later = byDay.get(day);
    if (later === undefined) byDay.set(day, (later = addMonthsToDay(day, months)));
    return later;
  };

  const entries: RiskRegisterEntry[] = isms.risks.map((risk, index) => {
    const pointer = `/risks/${index}`;
    const inherent = score(risk.inherent, index, "inherent");
    const inherentCell = (inherentCells[index] = cell);
    const residual = score(risk.residual, index, "residual");
    const residualCell = (residualCells[index] = cell);
    const target = score(risk.treatment?.targetResidual, index, "targetResidual");
    const current = residual ?? inherent;
    const meetsAcceptanceCriteria =
      current === undefined || maxAcceptable === undefined ? undefined : current.levelIndex <= maxAcceptable;

    // Acceptance of the residual risk, and the longest it may run under the criteria for its level.
    const accepted = risk.acceptance;
    const acceptedLevel = accepted === undefined ? undefined : (quietLevel(accepted.acceptedRating) ?? current?.level);
    const maxValidityMonths =
      criteria === undefined || acceptedLevel === undefined ? criteria?.validityMonths : validityMonthsOf(acceptedLevel);
    const maxExpiresOn = accepted && maxValidityMonths !== undefined ? monthsLater(accepted.acceptedOn, maxValidityMonths) : undefined;
    const expiresOn = accepted?.expiresOn ?? maxExpiresOn;
    let state: RiskAcceptanceState;
    if (risk.status === "closed") state = "not-applicable";
    else if (accepted === undefined) state = "missing";
    else if (expiresOn !== undefined && expiresOn < asOf) state = "expired";
    else if (accepted.acceptedRating && risk.residual && !sameRating(accepted.acceptedRating, risk.residual)) state = "stale";
    else state = "accepted";

    // Assessment interval.
    const lastAssessedOn = risk.lastAssessedOn ?? risk.identifiedOn;
    const dueOn =
      assessmentIntervalMonths !== undefined && lastAssessedOn !== undefined
        ? monthsLater(lastAssessedOn, assessmentIntervalMonths)
        : undefined;
    const overdue =
      risk.status !== "closed" &&
      assessmentIntervalMonths !== undefined &&
      (dueOn === undefined ? true : dueOn < asOf);

    // Treatment plans.
    const plans = plansByRisk.get(risk.id) ?? NO_PLANS;
    let planStatus: TreatmentPlanStatus = "none";
    if (plans.length > 0) {
      // Counted over the plans' actions, with no list of them built.
      let actions = 0;
      let live = 0;
      let done = 0;
      let started = 0;
      for (const plan of plans) {
        for (const a of plan.actions) {
          actions++;
          if (a.status === "cancelled") continue;
          live++;
          if (a.status === "done") done++;
          else if (a.status === "in-progress") started++;
        }
      }
      if (live > 0 && done === live) planStatus = "complete";
      else if (done > 0 || started > 0) planStatus = "in-progress";
      else planStatus = actions > 0 && live === 0 ? "complete" : "planned";
    }
    const approvedByOwner =
      risk.ownerId !== undefined &&
      plans.some((p) =>
        p.approvals.some((a) => a.approvedById === risk.ownerId && (a.riskIds.length === 0 || a.riskIds.includes(risk.id))),
      );

    // Flags.
    const flags: RiskFlag[] = [];
    const controlIds = risk.treatment?.controlIds ?? [];
    if (risk.ownerId === undefined) flags.push({ code: "missing-owner", pointer, message: "the risk has no owner" });
    if (risk.inherent === undefined) {
      flags.push({ code: "missing-inherent-rating", pointer, message: "the risk has no inherent rating" });
    }
    if (risk.residual === undefined && risk.treatment !== undefined) {
      flags.push({ code: "missing-residual-rating", pointer, message: "the risk is treated but has no residual rating" });
    }
    if (risk.treatment === undefined && risk.status !== "closed") {
      flags.push({ code: "missing-treatment", pointer, message: "the risk has no treatment option" });
    }
    if (inherent && residual) {
      const lr = Math.floor(residualCell / impactSteps);
      const li = Math.floor(inherentCell / impactSteps);
      const ir = residualCell % impactSteps;
      const ii = inherentCell % impactSteps;
      const above = residual.levelIndex > inherent.levelIndex || lr > li || ir > ii;
      const lowered = residual.levelIndex < inherent.levelIndex || lr < li || ir < ii;
      if (above) {
        flags.push({
          code: "residual-above-inherent",
          pointer: `${pointer}/residual`,
          message: `the residual rating (${residual.likelihood} × ${residual.impact}, ${residual.level}) is above the inherent rating (${inherent.likelihood} × ${inherent.impact}, ${inherent.level})`,
        });
      } else if (lowered && controlIds.length === 0 && risk.treatment?.option !== "avoid" && risk.treatment?.option !== "share") {
        flags.push({
          code: "lowered-without-controls",
          pointer: `${pointer}/residual`,
          message: `the residual rating (${residual.level}) is lower than the inherent rating (${inherent.level}) but no control, avoidance or sharing explains it`,
        });
      }
    }
    if (accepted && risk.ownerId !== undefined && accepted.acceptedById !== risk.ownerId) {
      flags.push({
        code: "accepted-by-non-owner",
        pointer: `${pointer}/acceptance/acceptedById`,
        message: `the residual risk was accepted by "${accepted.acceptedById}", not by its owner "${risk.ownerId}"`,
      });
    }

    return {
      riskId: risk.id,
      title: risk.title,
      pointer,
      ownerId: risk.ownerId,
      status: risk.status,
      treatmentOption: risk.treatment?.option,
      controlIds: controlIds.slice(),
      inherent,
      residual,
      target,
      meetsAcceptanceCriteria,
      acceptance: { state, acceptedById: accepted?.acceptedById, acceptedOn: accepted?.acceptedOn, level: acceptedLevel, maxExpiresOn, expiresOn },
      assessment: { lastAssessedOn, dueOn, overdue },
      plan: { planIds: plans.map((p) => p.id), status: planStatus, approvedByOwner },
      flags,
    };
  });

  if (ratingIssues.length > 0) {
    throw new RiskMethodError(`Ratings do not fit risk matrix ${JSON.stringify(matrix.id)}`, ratingIssues);
  }
  return { asOf, method, entries, summary: summarize(entries, matrix, inherentCells, residualCells) };
}

function summarize(entries: readonly RiskRegisterEntry[], matrix: RiskMatrix, inherentCells: Int32Array, residualCells: Int32Array): RiskRegister["summary"] {
  // One indexed pass over the register for every count, and the heatmaps' lists by cell number
  // (assessRisks noted each rating's cell): no key built or looked up per risk.
  const zeros = () => Object.fromEntries(matrix.levels.map((l) => [l.id, 0])) as Record<string, number>;
  const byLevel = { inherent: zeros(), residual: zeros() };
  const acceptance: Record<RiskAcceptanceState, number> = { missing: 0, accepted: 0, expired: 0, stale: 0, "not-applicable": 0 };
  const cells = matrix.likelihood.length * matrix.impact.length;
  const inherentLists: (string[] | undefined)[] = new Array<string[] | undefined>(cells).fill(undefined);
  const residualLists: (string[] | undefined)[] = new Array<string[] | undefined>(cells).fill(undefined);
  let open = 0;
  let unrated = 0;
  let meeting = 0;
  let exceeding = 0;
  let overdue = 0;
  let flagged = 0;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k]!;
    if (e.status === "open") open++;
    if (e.inherent !== undefined) byLevel.inherent[e.inherent.level]!++;
    if (e.residual !== undefined) byLevel.residual[e.residual.level]!++;
    if (e.inherent === undefined && e.residual === undefined) unrated++;
    if (e.meetsAcceptanceCriteria === true) meeting++;
    else if (e.meetsAcceptanceCriteria === false) exceeding++;
    acceptance[e.acceptance.state]++;
    if (e.assessment.overdue) overdue++;
    if (e.flags.length > 0) flagged++;
    const i = inherentCells[k]!;
    if (i >= 0) (inherentLists[i] ??= []).push(e.riskId);
    const r = residualCells[k]!;
    if (r >= 0) (residualLists[r] ??= []).push(e.riskId);
  }
  const heatmap = (lists: readonly (string[] | undefined)[]): RiskHeatmapCell[] =>
    matrix.likelihood.flatMap((l, li) =>
      matrix.impact.map((i, ii) => {
        const riskIds = lists[li * matrix.impact.length + ii] ?? [];
        return { likelihood: l.id, impact: i.id, level: matrix.levels[matrix.grid[li]![ii]!]!.id, count: riskIds.length, riskIds };
      }),
    );
  return {
    total: entries.length,
    open,
    byLevel,
    unrated,
    meetingAcceptanceCriteria: meeting,
    exceedingAcceptanceCriteria: exceeding,
    acceptance,
    overdueAssessments: overdue,
    flagged,
    heatmap: { inherent: heatmap(inherentLists), residual: heatmap(residualLists) },
  };
}
