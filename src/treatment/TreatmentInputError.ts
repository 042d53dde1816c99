import { IsmsKitError, type IsmsKitIssue } from "../core/IsmsKitError";

/**
 * One problem found in input given to a treatment function (such as the 2013 decisions given to
 * {@link soaFrom2013}): where it is, a stable code, and what was expected and found.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: TreatmentInputIssue = {
 *   path: [3, "id"],
 *   pointer: "/3/id",
 *   code: "unknown_id",
 *   message: 'expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3"); found "A.9.9.9"',
 * };
 * issue.pointer
 * //=> "/3/id"
 * ```
 */
export type TreatmentInputIssue = IsmsKitIssue<string>;

/**
 * The error thrown when input given to a treatment function is invalid. It carries every problem
 * found, not just the first, and its `message` lists them one per line as `[3].id: …`.
 *
 * @category Errors
 * @example
 * ```ts
 * const fromJson: unknown = JSON.parse('[{ "id": "A.9.2.3", "applicable": true }, { "id": "9.4.2", "applicable": true }]');
 * let caught: unknown;
 * try {
 *   soaFrom2013(fromJson as ControlDecision2013[]);
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof TreatmentInputError && caught.issues.map((issue) => `${issue.code} ${issue.pointer}`)
 * //=> ["unknown_id /1/id"]
 * ```
 */
export class TreatmentInputError extends IsmsKitError<TreatmentInputIssue["code"]> {
  override name = "TreatmentInputError";
}
