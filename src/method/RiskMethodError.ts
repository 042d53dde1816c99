import { IsmsKitError, type IsmsKitIssue } from "../core/IsmsKitError";

/**
 * One problem found in a risk method, a rating or a loss scenario: where it is in the value that was
 * checked, a stable code, and a message that says what was expected and what was found.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: RiskMethodIssue = {
 *   path: ["grid", 2, 3],
 *   pointer: "/grid/2/3",
 *   code: "level_out_of_range",
 *   message: "level index 7 is out of range (expected 0–4)",
 * };
 * issue.pointer
 * //=> "/grid/2/3"
 * ```
 */
export type RiskMethodIssue = IsmsKitIssue<string>;

/**
 * The error thrown for an invalid risk method (matrix definition, impact combination), an invalid
 * rating (an id that is not on a scale) or an invalid loss scenario. It carries every issue found,
 * not just the first, so one run shows them all.
 *
 * @category Errors
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
  override name = "RiskMethodError";
}
