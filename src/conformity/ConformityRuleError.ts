import { IsmsKitError, type IsmsKitIssue } from "../core/IsmsKitError";

/**
 * One problem with a conformity rule or with what its `check` returned: the path is into the rule
 * (`["severity"]`), the rules given (`["rules", 2, "id"]`) or the rule's result
 * (`["findings", 0, "refs", 1]`).
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: ConformityRuleIssue = { path: ["severity"], pointer: "/severity", code: "invalid_severity", message: "expected one of \"major\", \"minor\", \"ofi\"; found \"fatal\"" };
 * issue.code
 * //=> "invalid_severity"
 * ```
 */
export type ConformityRuleIssue = IsmsKitIssue<string>;

/**
 * Thrown for a programmer error in a conformity rule: an invalid definition passed to
 * {@link defineConformityRule}, two rules with one id in a {@link checkConformity} run, a `check`
 * that returns malformed findings or throws. It lists every problem found.
 *
 * @category Errors
 * @example
 * ```ts
 * defineConformityRule({ id: "x", clause: "4.3", title: "T", description: "D", severity: "fatal", stage: 1, hint: "H", check: () => [] } as never)
 * //=> throws ConformityRuleError: "severity"
 * ```
 */
export class ConformityRuleError extends IsmsKitError {
  override name = "ConformityRuleError";
}
