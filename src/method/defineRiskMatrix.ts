import type { RiskMatrixDefinition } from "./RiskMethodSchema";
import { buildRiskMatrix } from "./riskMatrixIndex";
import type { RiskMatrix } from "./RiskMatrix";

/**
 * Validates a risk matrix definition and returns it as a deep-frozen {@link RiskMatrix}.
 *
 * The definition is first parsed with `RiskMatrixDefinitionSchema` (shape), then checked as a whole:
 * ids are unique within each scale; scale `value`s, where given, increase from lowest to highest;
 * `grid` has one row per likelihood entry and one cell per impact entry; every cell is a valid index
 * into `levels`; levels never decrease along either axis (unless `allowNonMonotonic: true`); and
 * `acceptance.maxLevel`, when given, is a level id. Every problem is reported, not just the first.
 *
 * The input is not changed: the result is a validated copy. Passing a matrix that is already a
 * result of `defineRiskMatrix` returns it as is.
 *
 * @category Risk
 * @param definition - The matrix: `{ id, likelihood, impact, levels, grid, acceptance?, allowNonMonotonic? }`.
 * @returns The validated, deep-frozen matrix. `JSON.stringify` gives the definition back.
 * @throws {RiskMethodError} When the definition is invalid; each issue names the offending cell or id,
 *   e.g. `grid[2][3]: level index 7 is out of range (expected 0–4)`.
 * @example
 * ```ts
 * const matrix = defineRiskMatrix({
 *   id: "2x2",
 *   likelihood: [{ id: "unlikely", label: "Unlikely" }, { id: "likely", label: "Likely" }],
 *   impact: [{ id: "minor", label: "Minor" }, { id: "major", label: "Major" }],
 *   levels: [{ id: "low", label: "Low" }, { id: "high", label: "High" }],
 *   grid: [[0, 0], [0, 1]],
 *   acceptance: { maxLevel: "low" },
 * });
 * Object.isFrozen(matrix.grid[1])
 * //=> true
 *
 * defineRiskMatrix({ ...matrix, grid: [[0, 1], [0, 0]] });
 * //=> throws RiskMethodError: 'grid[1][1]: level "low" (0) is lower than grid[0][1] "high" (1); columns must not decrease along the likelihood axis'
 * ```
 */
export function defineRiskMatrix(definition: RiskMatrixDefinition | RiskMatrix): RiskMatrix {
  return buildRiskMatrix(definition);
}
