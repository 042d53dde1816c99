import type { RiskAcceptanceCriteria, RiskScaleEntry } from "./RiskMethodSchema";

/**
 * A validated, deep-frozen risk matrix, as returned by {@link defineRiskMatrix} and held in
 * {@link riskMatrixPresets}. Its JSON shape is exactly a `RiskMatrixDefinition`: likelihood and impact
 * scales and risk levels (each listed from lowest to highest), and `grid[l][i]`, the index into
 * `levels` for likelihood index `l` and impact index `i`.
 *
 * @category Risk
 * @example
 * ```ts
 * const matrix: RiskMatrix = riskMatrixPresets["3x3"];
 * matrix.levels.map((level) => level.id)
 * //=> ["low", "medium", "high"]
 * ```
 */
export interface RiskMatrix {
  readonly id: string;
  readonly name?: string | undefined;
  readonly description?: string | undefined;
  /** Likelihood scale, lowest first. */
  readonly likelihood: readonly Readonly<RiskScaleEntry>[];
  /** Impact (consequence) scale, lowest first. */
  readonly impact: readonly Readonly<RiskScaleEntry>[];
  /** Risk levels, lowest first. */
  readonly levels: readonly Readonly<RiskScaleEntry>[];
  /** `grid[l][i]`: index into `levels` for likelihood index `l` and impact index `i`. */
  readonly grid: readonly (readonly number[])[];
  /** The risk acceptance criteria (ISO/IEC 27001:2022 6.1.2 a 1): the highest acceptable level. */
  readonly acceptance?: Readonly<RiskAcceptanceCriteria> | undefined;
  /** When true, the grid may decrease along an axis. */
  readonly allowNonMonotonic?: boolean | undefined;
}
