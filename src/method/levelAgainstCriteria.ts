import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";
import { acceptanceLevelIssues } from "./acceptanceLevelIssues";
import { indexOf } from "./riskMatrixIndex";
import type { RiskMatrix } from "./RiskMatrix";
import { RiskMethodError } from "./RiskMethodError";
import type { RiskAcceptanceCriteria } from "./RiskMethodSchema";

/**
 * A level of a matrix placed against acceptance criteria: its index and that of `maxLevel`. Throws
 * a {@link RiskMethodError} listing every problem — no criteria, a level or a criteria level that is
 * not one of the matrix's. Shared by the functions that apply acceptance criteria.
 */
export function levelAgainstCriteria(
  matrix: RiskMatrix,
  level: string,
  acceptance: Readonly<RiskAcceptanceCriteria> | undefined,
): { readonly levelIndex: number; readonly maxIndex: number; readonly acceptance: Readonly<RiskAcceptanceCriteria> } {
  const { levels } = indexOf(matrix);
  const summary = `Cannot apply the risk acceptance criteria of risk matrix ${JSON.stringify(matrix.id)}`;
  if (acceptance === undefined) {
    throw new RiskMethodError(summary, [issue(["acceptance"], "missing_acceptance", "the matrix has no acceptance criteria; pass them as the third argument")]);
  }
  const issues = acceptanceLevelIssues(acceptance, [...levels.keys()]).map((found) => issue(["acceptance", ...found.path], "unknown_level", found.message));
  const levelIndex = levels.get(level);
  if (levelIndex === undefined) issues.unshift(issue(["level"], "unknown_level", `${describeValue(level)} is not a level id (expected one of ${listValues([...levels.keys()])})`));
  if (issues.length > 0) throw new RiskMethodError(summary, issues);
  return { levelIndex: levelIndex!, maxIndex: levels.get(acceptance.maxLevel)!, acceptance };
}
