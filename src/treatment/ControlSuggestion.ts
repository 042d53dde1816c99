/**
 * A control {@link suggestControls} proposes for a risk, with its score and the reasons it was
 * suggested. A suggestion for a person to weigh, not a decision.
 *
 * @category Treatment
 * @example
 * ```ts
 * const suggestion: ControlSuggestion = {
 *   controlId: "8.16",
 *   title: "Monitoring activities",
 *   theme: "technological",
 *   score: 6,
 *   reasons: ["protects confidentiality, integrity and availability, which the risk affects", "adds detect, which none of the risk's current controls covers"],
 *   applicable: true,
 * };
 * ```
 */
export interface ControlSuggestion {
  readonly controlId: string;
  readonly title: string;
  readonly theme: string | undefined;
  /** The sum of the weights of the reasons; higher ranks first. */
  readonly score: number;
  /** Why the control was suggested, one sentence per matching attribute. */
  readonly reasons: readonly string[];
  /** The organisation's current decision on the control: `null` when undecided or not recorded. */
  readonly applicable: boolean | null;
}
