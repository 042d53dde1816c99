import type { ClauseId } from "../core/clauseIds";
import type { ControlRecord } from "../model/ControlSchema";
import type { IsmsParameter } from "../model/resolveIsmsParameters";
import type { ConformityFinding } from "./ConformityFinding";
import type { GradingPolicy } from "./GradingPolicySchema";

/**
 * Where a clause stands: `nonconformant` (a major or minor finding), `observations` (opportunities
 * for improvement only), `conformant` (its rules ran and found nothing), or `not-assessable` (no rule
 * covers it, or the data cannot show it). A heading clause (4, 6.1, 9.2 …) takes the worst status of
 * the clauses under it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const status: ClauseConformityStatus = "observations";
 * ```
 */
export type ClauseConformityStatus = "conformant" | "nonconformant" | "observations" | "not-assessable";

/**
 * One clause of ISO/IEC 27001:2022 in a {@link ConformityReport}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const scope: ClauseConformity = report.clauses.find((c) => c.clause === "4.3")!;
 * scope.status
 * //=> "nonconformant"
 * ```
 */
export interface ClauseConformity {
  readonly clause: ClauseId;
  readonly title: string;
  /** False for headings, whose status sums up the clauses under them. */
  readonly assessable: boolean;
  readonly status: ClauseConformityStatus;
  /** Ids of the findings raised against the clause (for a heading: against the clauses under it). */
  readonly findingIds: readonly string[];
  /** Ids of the rules that check the clause itself. */
  readonly ruleIds: readonly string[];
}

/**
 * Where a control stands on `asOf`: `undecided` (no applicability decision), `not-applicable`,
 * `not-implemented`, `planned`, `partially-implemented`, `implemented-without-evidence` (implemented,
 * but no evidence valid on `asOf`), or `implemented`.
 *
 * @category Conformity
 * @example
 * ```ts
 * const status: ControlConformityStatus = "implemented-without-evidence";
 * ```
 */
export type ControlConformityStatus =
  | "undecided"
  | "not-applicable"
  | "not-implemented"
  | "planned"
  | "partially-implemented"
  | "implemented-without-evidence"
  | "implemented";

/**
 * One control (of the catalog, or one of the organisation's own) in a {@link ConformityReport}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const control: ControlConformity = report.controls[0]!;
 * [control.controlId, control.status]
 * //=> ["5.1", "undecided"]
 * ```
 */
export interface ControlConformity {
  readonly controlId: string;
  readonly title: string;
  /** True for the organisation's own controls. */
  readonly custom: boolean;
  readonly status: ControlConformityStatus;
  /** The applicability decision: true, false, or null when undecided or not recorded. */
  readonly applicable: boolean | null;
  readonly implementationStatus: ControlRecord["implementationStatus"];
  /** Evidence records for the control valid on `asOf`. */
  readonly validEvidence: number;
  /** Evidence records for the control past their `validUntil` on `asOf`. */
  readonly expiredEvidence: number;
  /** Ids of the findings that concern the control. */
  readonly findingIds: readonly string[];
}

/**
 * What became of one rule in a {@link ConformityReport}: `passed`, `failed` (with findings) or
 * `not-assessable` (with the reason).
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const outcome: ConformityRuleOutcome = report.rules.find((r) => r.ruleId === "10.2-corrective-actions-on-time")!;
 * [outcome.status, outcome.reason]
 * //=> ["not-assessable", "no nonconformity has been recorded"]
 * ```
 */
export interface ConformityRuleOutcome {
  readonly ruleId: string;
  readonly title: string;
  readonly clause?: ClauseId;
  readonly controlId?: string;
  readonly status: "passed" | "failed" | "not-assessable";
  /** Why the rule could not judge, when not assessable. */
  readonly reason?: string;
  readonly findingIds: readonly string[];
}

/**
 * Whether the ISMS is ready for an audit stage: the findings that stand in the way (`blockers`) and
 * those the auditor will raise without stopping the audit (`concerns`), with a one-line summary.
 *
 * - Stage 1 (the documented ISMS): blocked by major findings of stage-1 rules — scope, policy, roles,
 *   risk method, assessment and treatment, Statement of Applicability, objectives, and at least one
 *   internal audit and one management review carried out. Minor findings of stage-1 rules are concerns.
 * - Stage 2 (implementation and effectiveness): blocked by every major finding; minor findings are
 *   concerns that need a correction and corrective-action plan the certification body accepts.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const stage1: AuditReadiness = report.readiness.stage1;
 * [stage1.ready, stage1.blockers.includes("5.2-policy-established@/documents")]
 * //=> [false, true]
 * ```
 */
export interface AuditReadiness {
  readonly ready: boolean;
  /** Ids of the findings to resolve before the audit. */
  readonly blockers: readonly string[];
  /** Ids of the findings the auditor will raise but that do not stop the audit. */
  readonly concerns: readonly string[];
  /** Why, in one sentence. */
  readonly summary: string;
}

/**
 * The certification body's audit an organisation faces next: `stage1` and `stage2` of the initial
 * certification, the first and second surveillance audits of the three-year cycle, or the
 * recertification audit.
 *
 * @category Conformity
 * @example
 * ```ts
 * const audit: CertificationAuditKind = "surveillance2";
 * ```
 */
export type CertificationAuditKind = "stage1" | "stage2" | "surveillance1" | "surveillance2" | "recertification";

/**
 * One thing that stands between the ISMS and its next audit: the requirement (a clause, or `A.` and
 * an Annex A control), why, and the findings that show it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const blocker: ReadinessBlocker = {
 *   requirement: "9.3.1",
 *   reason: "the latest management review was held on 2025-09-10, more than 12 months (default) ago",
 *   findingIds: ["9.3.1-review-interval@/managementReviews/0"],
 * };
 * ```
 */
export interface ReadinessBlocker {
  readonly requirement: string;
  readonly reason: string;
  readonly findingIds: readonly string[];
}

/**
 * Whether the ISMS is ready for the certification body's next audit of its cycle on `asOf`: which
 * audit that is ({@link getCertificationStatus}), by when it is due (the latest day of the cycle for a
 * surveillance or recertification audit; the planned day of a stage 1 or 2 audit, when known), and
 * what stands in the way — grouped by requirement, each blocker naming its findings.
 *
 * - Stage 1 is blocked by the major findings of stage-1 rules; stage 2 by every major finding.
 * - A surveillance or recertification audit is blocked by every major finding and by every
 *   nonconformity the certification body raised that is still open: the body verifies its correction
 *   at the next audit, and one not corrected by then is a major nonconformity.
 *
 * Minor findings that do not block are `concerns`: the body will raise them, and expects a
 * correction and corrective-action plan for each.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const next: NextAuditReadiness = report.readiness.next;
 * [next.audit, next.ready, next.blockers.some((b) => b.requirement === "4.3")]
 * //=> ["stage1", false, true]
 * ```
 */
export interface NextAuditReadiness {
  readonly audit: CertificationAuditKind;
  /** The latest day the audit may take place, or the day it is planned for a stage 1 or 2 audit; `undefined` when unknown. */
  readonly due: string | undefined;
  /** The day the audit is planned, when recorded. */
  readonly plannedOn: string | undefined;
  readonly ready: boolean;
  readonly blockers: readonly ReadinessBlocker[];
  /** Ids of the minor findings that do not block the audit. */
  readonly concerns: readonly string[];
  /** Why, in one sentence. */
  readonly summary: string;
}

/**
 * The result of {@link checkConformity}: every finding, sorted by clause, rule and data; the status
 * of every clause and every control; what became of every rule; the counts; the readiness for a
 * stage 1 and a stage 2 certification audit and for the next audit of the cycle; and the parameters
 * and grading policy it was judged by. Plain data: `JSON.stringify` it, or render it with
 * {@link conformityReportToMarkdown}.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report: ConformityReport = checkConformity(
 *   parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }),
 *   { asOf: "2026-06-30" },
 * );
 * [report.organization, report.asOf, report.counts.major > 0, report.clauses.length, report.controls.length]
 * //=> ["Acme", "2026-06-30", true, 41, 93]
 * ```
 */
export interface ConformityReport {
  /** The organisation's name. */
  readonly organization: string;
  /** The day the check was made for. */
  readonly asOf: string;
  /**
   * Findings per grade, and — as a certification body counts nonconformities, one per requirement —
   * the requirements (clauses, Annex A controls) with a major finding, and those with minor ones only.
   */
  readonly counts: {
    readonly major: number;
    readonly minor: number;
    readonly ofi: number;
    readonly total: number;
    readonly requirements: { readonly major: number; readonly minor: number };
  };
  /** Readiness for a stage 1 and a stage 2 audit, and for the certification body's next audit of the cycle. */
  readonly readiness: { readonly stage1: AuditReadiness; readonly stage2: AuditReadiness; readonly next: NextAuditReadiness };
  readonly findings: readonly ConformityFinding[];
  /** Every clause 4 to 10.2, in the standard's order. */
  readonly clauses: readonly ClauseConformity[];
  /** Every control of the catalog, then the organisation's own controls. */
  readonly controls: readonly ControlConformity[];
  /** Every rule run, in the order given. */
  readonly rules: readonly ConformityRuleOutcome[];
  /** The organisation parameters in force ({@link resolveIsmsParameters}), in the schema's order. */
  readonly parameters: readonly IsmsParameter[];
  /** The grading policy the findings were graded by. */
  readonly gradingPolicy: GradingPolicy;
}
