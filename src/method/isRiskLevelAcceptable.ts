import type { RiskAcceptanceCriteria } from "./RiskMethodSchema";
import { levelAgainstCriteria } from "./levelAgainstCriteria";
import type { RiskMatrix } from "./RiskMatrix";

/**
 * Tells whether a risk level meets the risk acceptance criteria (ISO/IEC 27001:2022 6.1.2 a 1):
 * true when the level is at or below `acceptance.maxLevel`.
 *
 * @category Risk
 * @param matrix - The matrix whose levels are compared.
 * @param level - A level id of the matrix.
 * @param acceptance - The criteria to apply; defaults to the matrix's own `acceptance`. Pass the
 *   method's criteria when they override the matrix's.
 * @returns `true` when the level is acceptable without further treatment.
 * @throws {RiskMethodError} When `level` or `acceptance.maxLevel` is not a level id of the matrix, or
 *   when there are no criteria at all.
 * @example
 * ```ts
 * const matrix = riskMatrixPresets["5x5"]; // accepts up to "low"
 * isRiskLevelAcceptable(matrix, "low")
 * //=> true
 * isRiskLevelAcceptable(matrix, "medium")
 * //=> false
 * isRiskLevelAcceptable(matrix, "medium", { maxLevel: "medium" })
 * //=> true
 * ```
 */
export function isRiskLevelAcceptable(
  matrix: RiskMatrix,
  level: string,
  acceptance?: Readonly<RiskAcceptanceCriteria>,
): boolean {
  const { levelIndex, maxIndex } = levelAgainstCriteria(matrix, level, acceptance ?? (matrix as RiskMatrix | undefined)?.acceptance);
  return levelIndex <= maxIndex;
}
