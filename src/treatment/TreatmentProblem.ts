/**
 * What {@link checkTreatmentOption} found wrong with a risk's treatment, by the rules each ISO/IEC
 * 27005:2022 option implies:
 * - `modify-without-controls`: `modify` selects no control;
 * - `retain-without-owner`: `retain` on a risk with no owner to accept it;
 * - `retain-without-acceptance`: `retain` without the risk owner's acceptance of the residual risk;
 * - `retain-accepted-by-non-owner`: the acceptance was given by someone other than the risk owner;
 * - `retain-acceptance-expired`: the acceptance expired before `asOf` (only checked when `asOf` is given);
 * - `share-without-party`: `share` names neither `sharedWith` nor a supplier;
 * - `avoid-without-activity`: `avoid` does not name the activity given up (`avoidedActivity`).
 *
 * @category Treatment
 * @example
 * ```ts
 * const code: TreatmentProblemCode = "share-without-party";
 * ```
 */
export type TreatmentProblemCode =
  | "modify-without-controls"
  | "retain-without-owner"
  | "retain-without-acceptance"
  | "retain-accepted-by-non-owner"
  | "retain-acceptance-expired"
  | "share-without-party"
  | "avoid-without-activity";

/**
 * A problem with a risk's treatment, as data: a stable code, the JSON Pointer of the data concerned
 * and a message that says what is missing.
 *
 * @category Treatment
 * @example
 * ```ts
 * const problem: TreatmentProblem = {
 *   code: "modify-without-controls",
 *   pointer: "/risks/4/treatment/controlIds",
 *   message: 'risk "risk-5" is to be modified, but its treatment selects no control',
 * };
 * ```
 */
export interface TreatmentProblem {
  readonly code: TreatmentProblemCode;
  /** JSON Pointer of the data concerned: the option that implies the rule, or the offending field. */
  readonly pointer: string;
  readonly message: string;
}
