import { toJsonPointer } from "../core/jsonPointer";
import { IsmsKitError } from "../core/IsmsKitError";
/**
 * One problem with a conformity rule or with what its `check` returned.
 *
 * @category Conformity
 * @example
 * ```ts
 * const issue: ConformityRuleIssue = { path: ["severity"], code: "invalid_severity", message: "severity: expected …" };
 * issue.code
 * //=> "invalid_severity"
 * ```
 */
export interface ConformityRuleIssue {
  /** Where in the rule (or its output) the problem is, e.g. `["id"]` or `["findings", 0, "refs", 1]`. */
  readonly path: readonly (string | number)[];
  /** A stable, machine-readable code, e.g. `"duplicate_id"`. */
  readonly code: string;
  /** What was expected and what was found, starting with the path. */
  readonly message: string;
}

/**
 * Thrown for a programmer error in a conformity rule: an invalid definition passed to
 * {@link defineConformityRule}, two rules with one id in a {@link checkConformity} run, a `check`
 * that returns malformed findings or throws. It lists every problem found.
 *
 * @category Conformity
 * @example
 * ```ts
 * defineConformityRule({ id: "x", clause: "4.3", title: "T", description: "D", severity: "fatal", stage: 1, hint: "H", check: () => [] } as never)
 * //=> throws ConformityRuleError: "severity"
 * ```
 */
export class ConformityRuleError extends IsmsKitError {
  /**
   * @param summary - what was being checked, e.g. `Invalid conformity rule "x"`
   * @param issues - the problems found; at least one
   * @param options - the underlying error, when a rule threw
   */
  constructor(summary: string, issues: readonly ConformityRuleIssue[], options?: { cause?: unknown }) {
    super(
      issues.length === 0
        ? summary
        : issues.length === 1
          ? `${summary}: ${issues[0]?.message ?? ""}`
          : `${summary} (${issues.length} problems):\n${issues.map((i) => `- ${i.message}`).join("\n")}`,
      issues.map((issue) => ({ ...issue, pointer: toJsonPointer(issue.path) })),
      options,
    );
    this.name = "ConformityRuleError";
  }
}
