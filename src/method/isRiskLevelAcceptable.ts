import type { RiskAcceptanceCriteria } from "./RiskMethodSchema";
import { indexOf } from "./riskMatrixIndex";
import type { RiskMatrix } from "./RiskMatrix";
import { RiskMethodError } from "./RiskMethodError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";

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
  const { levels } = indexOf(matrix);
  acceptance ??= matrix.acceptance;
  const summary = `Cannot apply the risk acceptance criteria of risk matrix ${JSON.stringify(matrix.id)}`;
  if (acceptance === undefined) {
    throw new RiskMethodError(summary, [issue(["acceptance"], "missing_acceptance", "the matrix has no acceptance criteria; pass them as the third argument")]);
  }
  const expected = listValues([...levels.keys()]);
  const levelIndex = levels.get(level);
  const maxIndex = levels.get(acceptance.maxLevel);
  const issues = [];
  if (levelIndex === undefined) {
    issues.push(issue(["level"], "unknown_level", `${describeValue(level)} is not a level id (expected one of ${expected})`));
  }
  if (maxIndex === undefined) {
    issues.push(
      issue(["acceptance", "maxLevel"], "unknown_level", `${describeValue(acceptance.maxLevel)} is not a level id (expected one of ${expected})`),
    );
  }
  if (levelIndex === undefined || maxIndex === undefined) throw new RiskMethodError(summary, issues);
  return levelIndex <= maxIndex;
}
