import type { AnnexAControlId } from "../core/annexAControlIds";
import type { ClauseId } from "../core/clauseIds";
import type { Isms } from "../model/IsmsSchema";
import type { IsmsParameter } from "../model/resolveIsmsParameters";
import type { ConformityContext } from "./ConformityContext";
import type { ConformitySeverity } from "./ConformitySeverity";

/**
 * What a rule's `check` returns for each problem it finds: the engine adds the rule id, a stable
 * finding id, the clause or control, the stage, and the rule's default severity and hint when the
 * finding does not set its own.
 *
 * @category Conformity
 * @example
 * ```ts
 * const found: ConformityRuleFinding = {
 *   message: "risk \"Ransomware\" has no owner",
 *   refs: ["/risks/3"],
 * };
 * found.refs
 * //=> ["/risks/3"]
 * ```
 */
export interface ConformityRuleFinding {
  readonly message: string;
  /** JSON Pointers into the document to the data concerned; `""` is the whole document. */
  readonly refs: readonly string[];
  /** Overrides the rule's default severity; say why in the message (e.g. a pattern, not one lapse). */
  readonly severity?: ConformitySeverity | undefined;
  /** Overrides the rule's hint. */
  readonly hint?: string | undefined;
  /** The control the finding is about, when the rule is on a clause but the finding concerns one control. */
  readonly controlId?: string | undefined;
  /** The organisation parameters the finding was judged by (from `context.parameters`); say their values in the message too. */
  readonly parameters?: readonly IsmsParameter[] | undefined;
}

/**
 * What a rule's `check` returns when the document cannot show whether the requirement is met (no
 * data to judge by, or data another rule reports as unusable): the reason, in plain words.
 *
 * @category Conformity
 * @example
 * ```ts
 * const skipped: ConformityNotAssessable = { notAssessable: "no nonconformity has been recorded" };
 * skipped.notAssessable
 * //=> "no nonconformity has been recorded"
 * ```
 */
export interface ConformityNotAssessable {
  readonly notAssessable: string;
}

/**
 * The result of a rule's `check`: its findings (empty when the requirement is met), or why the data
 * cannot show it.
 *
 * @category Conformity
 * @example
 * ```ts
 * const result: ConformityCheckResult = [];
 * Array.isArray(result)
 * //=> true
 * ```
 */
export type ConformityCheckResult = readonly ConformityRuleFinding[] | ConformityNotAssessable;

/**
 * A conformity rule: one requirement of ISO/IEC 27001:2022 (a clause of 4 to 10, or an Annex A
 * control) that the document's data can show, as a small module. The built-in rules are in
 * {@link conformityRules}; {@link defineConformityRule} validates a rule of one's own.
 *
 * @category Conformity
 * @example
 * ```ts
 * const rule: ConformityRule = conformityRules.find((r) => r.id === "4.3-scope-defined")!;
 * [rule.clause, rule.severity, rule.stage]
 * //=> ["4.3", "major", 1]
 * ```
 */
export type ConformityRule = {
  /** Unique id: the clause or `A.` and the control, then words (`"4.3-scope-boundaries"`, `"A.5.9-asset-inventory"`). */
  readonly id: string;
  /** A short statement of what is expected. */
  readonly title: string;
  /** What the rule checks, how it grades, and its thresholds. */
  readonly description: string;
  /** The default severity of its findings. */
  readonly severity: ConformitySeverity;
  /** The audit stage at which an auditor first examines it: 1 (the documented ISMS) or 2 (its implementation). */
  readonly stage: 1 | 2;
  /** How to resolve a finding, unless the finding gives its own hint. */
  readonly hint: string;
  /**
   * The records the rule reads: top-level fields of the document (`"incidents"`, `"accounts"`,
   * `"businessImpactAnalysis"`), for the table of controls, rules and records in docs/conformity.md.
   */
  readonly reads?: readonly string[];
  /** Runs the rule on a validated document. Reports data problems as findings; never throws for them. */
  readonly check: (isms: Isms, context: ConformityContext) => ConformityCheckResult;
} & (
    | { /** The clause the rule checks. */ readonly clause: ClauseId; readonly controlId?: undefined }
    | { /** The Annex A control the rule checks. */ readonly controlId: AnnexAControlId; readonly clause?: undefined }
  );
