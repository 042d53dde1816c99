import type { ClauseId } from "../core/clauseIds";
import type { IsmsParameter } from "../model/resolveIsmsParameters";
import type { ConformitySeverity } from "./ConformitySeverity";

/**
 * Why the grading policy raised a finding above the grade its rule gave: `minorsPerRequirement`
 * (minor findings of several rules against one requirement) or `repeatedNonconformity` (the
 * requirement had a certification body's nonconformity in the current cycle), with the reason in
 * words, the other findings of the group, and JSON Pointers to the certification body's findings.
 *
 * @category Conformity
 * @example
 * ```ts
 * const escalation: ConformityFindingEscalation = {
 *   from: "minor",
 *   policy: "minorsPerRequirement",
 *   reason: "minor findings of 3 different rules against 6.1.3: a breakdown of the requirement, not an isolated lapse",
 *   findingIds: ["6.1.3-acceptance-current@/risks/1/acceptance", "6.1.3-soa-exclusions-justified@/controls/92"],
 *   refs: [],
 * };
 * ```
 */
export interface ConformityFindingEscalation {
  /** The grade the rule gave. */
  readonly from: ConformitySeverity;
  /** The field of the {@link GradingPolicy} that raised it. */
  readonly policy: "minorsPerRequirement" | "repeatedNonconformity";
  readonly reason: string;
  /**
   * The other rules' findings that make the group (for `minorsPerRequirement`): the first finding of
   * each other rule, so that a group of thousands (one rule's finding per risk) does not give every
   * finding thousands of ids.
   */
  readonly findingIds: readonly string[];
  /** JSON Pointers to the certification body's findings it repeats (for `repeatedNonconformity`). */
  readonly refs: readonly string[];
}

/**
 * One finding of {@link checkConformity}: what a conformity rule found wrong or improvable in the
 * document, graded as a certification body would grade it, with JSON Pointers to the data concerned
 * and a hint on how to resolve it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
 * const finding: ConformityFinding = report.findings.find((f) => f.ruleId === "4.3-scope-defined")!;
 * [finding.id, finding.severity, finding.clause, finding.refs]
 * //=> ["4.3-scope-defined", "major", "4.3", [""]]
 * ```
 */
export interface ConformityFinding {
  /** Stable id: the rule id, then `@` and the first ref unless that is the whole document (`"6.1.2-risk-owners@/risks/3"`); `#2`, `#3` … when repeated. */
  readonly id: string;
  /** The id of the rule that raised it. */
  readonly ruleId: string;
  readonly severity: ConformitySeverity;
  /** The clause the finding is raised against (for rules on clauses 4 to 10). */
  readonly clause?: ClauseId;
  /** The control the finding is about (Annex A or the organisation's own), when there is one. */
  readonly controlId?: string;
  /** The audit stage at which an auditor would first examine it: 1 (documented ISMS) or 2 (implementation). */
  readonly stage: 1 | 2;
  /** What was found, in plain words, naming the entities concerned. */
  readonly message: string;
  /** RFC 6901 JSON Pointers into the document to the data concerned; `""` is the whole document. */
  readonly refs: readonly string[];
  /** How to resolve it. */
  readonly hint: string;
  /** The organisation parameters it was judged by, when any: each value and whether it is the organisation's or the default. */
  readonly parameters?: readonly IsmsParameter[];
  /** Present when the grading policy raised the finding above its rule's grade: why. */
  readonly escalation?: ConformityFindingEscalation;
}
