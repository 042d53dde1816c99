import { IsmsKitError } from "../core/IsmsKitError";
/**
 * One problem found in a risk method, a rating or a loss scenario: where it is, a stable code, and a
 * message that says what was expected and what was found.
 *
 * @category Risk
 * @example
 * ```ts
 * const issue: RiskMethodIssue = {
 *   path: ["grid", 2, 3],
 *   pointer: "/grid/2/3",
 *   code: "level_out_of_range",
 *   message: "grid[2][3]: level index 7 is out of range (expected 0–4)",
 * };
 * issue.pointer
 * //=> "/grid/2/3"
 * ```
 */
export interface RiskMethodIssue {
  /** Path into the value that was checked, e.g. `["grid", 2, 3]`. Empty for the value itself. */
  readonly path: readonly (string | number)[];
  /** The same path as a JSON Pointer (RFC 6901), e.g. `"/grid/2/3"`. Empty string for the value itself. */
  readonly pointer: string;
  /** A stable, machine-readable code, e.g. `"duplicate_id"`, `"unknown_id"`, `"too_small"`. */
  readonly code: string;
  /** What is wrong, starting with the path: `"likelihood[1].id: duplicate id 'likely' …"`. */
  readonly message: string;
}

/**
 * The error thrown for an invalid risk method (matrix definition, impact combination), an invalid
 * rating (an id that is not on a scale) or an invalid loss scenario. It carries every issue found,
 * not just the first, so one run shows them all.
 *
 * @category Risk
 * @example
 * ```ts
 * let codes: string[] = [];
 * try {
 *   scoreRisk(riskMatrixPresets["3x3"], { likelihood: "sometimes", impact: "minor" });
 * } catch (error) {
 *   if (error instanceof RiskMethodError) codes = error.issues.map((issue) => issue.code);
 * }
 * codes
 * //=> ["unknown_id"]
 * ```
 */
export class RiskMethodError extends IsmsKitError {
  /**
   * @param issues - The issues found; at least one.
   * @param summary - What was being checked, e.g. `"Invalid risk matrix '5x5'"`.
   */
  constructor(issues: readonly RiskMethodIssue[], summary = "Invalid risk method") {
    super(formatMessage(summary, issues), issues);
    this.name = "RiskMethodError";
  }
}

function formatMessage(summary: string, issues: readonly RiskMethodIssue[]): string {
  if (issues.length === 0) return summary;
  if (issues.length === 1) return `${summary}: ${issues[0]?.message ?? ""}`;
  return `${summary} (${issues.length} issues):\n${issues.map((issue) => `- ${issue.message}`).join("\n")}`;
}
