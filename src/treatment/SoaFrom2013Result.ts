import type { ControlRecord } from "../model/ControlSchema";

/**
 * Why a drafted 2022 decision needs a person's attention:
 * - `new-in-2022`: the control is new in the 2022 edition, so no 2013 decision covers it;
 * - `no-2013-decision`: none of the 2013 controls it corresponds to was decided;
 * - `partly-decided`: some of those 2013 controls were not decided;
 * - `mixed-decisions`: its 2013 controls were partly included, partly excluded; the draft includes it.
 *
 * @category Treatment
 * @example
 * ```ts
 * const code: TransitionProblemCode = "mixed-decisions";
 * ```
 */
export type TransitionProblemCode = "new-in-2022" | "no-2013-decision" | "partly-decided" | "mixed-decisions";

/**
 * How one 2022 control's draft decision was drawn from the 2013 decisions.
 *
 * @category Treatment
 * @example
 * ```ts
 * const transition: ControlTransition = {
 *   controlId: "5.23",
 *   title: "Information security for use of cloud services",
 *   isNew: true,
 *   from2013: [],
 *   decided2013: [],
 *   problems: [{ code: "new-in-2022", message: "5.23: new in 2022: needs a decision" }],
 * };
 * ```
 */
export interface ControlTransition {
  readonly controlId: string;
  readonly title: string;
  readonly isNew: boolean;
  /** The 2013 controls it corresponds to (ISO/IEC 27002:2022 Annex B). */
  readonly from2013: readonly string[];
  /** Those of them with a decision (applicable true or false) in the input. */
  readonly decided2013: readonly string[];
  readonly problems: readonly { readonly code: TransitionProblemCode; readonly message: string }[];
}

/**
 * What {@link soaFrom2013} returns: draft control records for the 93 controls of ISO/IEC 27001:2022
 * Annex A, ready to put in a document's `controls`, with how each was drawn and a summary.
 *
 * @category Treatment
 * @example
 * ```ts
 * const result: SoaFrom2013Result = soaFrom2013([]);
 * [result.controls.length, result.summary.undecided, result.summary.new];
 * //=> [93, 93, 11]
 * ```
 */
export interface SoaFrom2013Result {
  /** One draft record per 2022 control, in catalog order. */
  readonly controls: readonly ControlRecord[];
  /** One entry per 2022 control, in catalog order. */
  readonly transitions: readonly ControlTransition[];
  readonly summary: {
    readonly total: number;
    readonly applicable: number;
    readonly excluded: number;
    readonly undecided: number;
    /** Controls new in 2022. */
    readonly new: number;
    /** Controls whose draft needs a person's attention (any problem). */
    readonly needingAttention: number;
  };
}
