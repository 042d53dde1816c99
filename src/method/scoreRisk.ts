import { indexOf } from "./riskMatrixIndex";
import type { RiskMatrix } from "./RiskMatrix";
import { RiskMethodError, type RiskMethodIssue } from "./RiskMethodError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";

/**
 * A likelihood and an impact to score, as ids on a matrix's scales.
 *
 * @category Risk
 * @example
 * ```ts
 * const input: ScoreRiskInput = { likelihood: "likely", impact: "major" };
 * ```
 */
export interface ScoreRiskInput {
  readonly likelihood: string;
  readonly impact: string;
}

/**
 * The result of {@link scoreRisk}: the ratings given, the risk level id and its index in `levels`
 * (0 = lowest), so levels can be compared.
 *
 * @category Risk
 * @example
 * ```ts
 * const score: RiskScore = { likelihood: "likely", impact: "major", level: "critical", levelIndex: 3 };
 * ```
 */
export interface RiskScore {
  readonly likelihood: string;
  readonly impact: string;
  readonly level: string;
  readonly levelIndex: number;
}

/**
 * Scores a risk on a qualitative matrix: looks up `grid[likelihood][impact]`.
 *
 * @category Risk
 * @param matrix - A matrix from {@link defineRiskMatrix} or {@link riskMatrixPresets}. Any other
 *   object is validated first.
 * @param rating - The likelihood and impact ids.
 * @returns `{ likelihood, impact, level, levelIndex }`.
 * @throws {RiskMethodError} When an id is not on its scale (code `unknown_id`) or is not a string
 *   (code `invalid_type`); both are reported at once. Never returns `undefined`.
 * @example
 * ```ts
 * scoreRisk(riskMatrixPresets["5x5"], { likelihood: "likely", impact: "major" })
 * //=> { likelihood: "likely", impact: "major", level: "critical", levelIndex: 3 }
 *
 * scoreRisk(riskMatrixPresets["nist-800-30"], { likelihood: "moderate", impact: "high" }).level
 * //=> "moderate"
 * ```
 */
export function scoreRisk(matrix: RiskMatrix, rating: ScoreRiskInput): RiskScore {
  const index = indexOf(matrix);
  // Both on their scales (nearly always): no list of issues to build.
  const l = typeof rating?.likelihood === "string" ? index.likelihood.get(rating.likelihood) : undefined;
  const i = typeof rating?.impact === "string" ? index.impact.get(rating.impact) : undefined;
  if (l === undefined || i === undefined) {
    // The issues of both axes, as the error lists them.
    const issues: RiskMethodIssue[] = [];
    lookUp(index.likelihood, rating?.likelihood, "likelihood", matrix, issues);
    lookUp(index.impact, rating?.impact, "impact", matrix, issues);
    throw new RiskMethodError(`Invalid rating for risk matrix ${JSON.stringify(matrix.id)}`, issues);
  }
  const levelIndex = matrix.grid[l]?.[i];
  const level = levelIndex === undefined ? undefined : matrix.levels[levelIndex];
  if (levelIndex === undefined || level === undefined) {
    throw new Error(`unreachable: validated matrix ${JSON.stringify(matrix.id)} has no level at grid[${l}][${i}]`);
  }
  return { likelihood: rating.likelihood, impact: rating.impact, level: level.id, levelIndex };
}

function lookUp(
  scale: ReadonlyMap<string, number>,
  id: unknown,
  axis: "likelihood" | "impact",
  matrix: RiskMatrix,
  issues: RiskMethodIssue[],
): number | undefined {
  if (typeof id !== "string") {
    issues.push(issue([axis], "invalid_type", `expected ${axis === "impact" ? "an" : "a"} ${axis} id (a string); found ${describeValue(id)}`));
    return undefined;
  }
  const found = scale.get(id);
  if (found === undefined) {
    issues.push(
      issue([axis], "unknown_id", `${describeValue(id)} is not on the ${axis} scale of risk matrix ${JSON.stringify(matrix.id)} (expected one of ${listValues([...scale.keys()])})`),
    );
  }
  return found;
}
