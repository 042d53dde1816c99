import { nistLevels, type NistLevel } from "./nistLevels";
import { RiskMethodError, type RiskMethodIssue } from "./RiskMethodError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";

/**
 * Options of {@link deriveNistOverallLikelihood}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: DeriveNistOverallLikelihoodOptions = { capped: true };
 * ```
 */
export interface DeriveNistOverallLikelihoodOptions {
  /**
   * When true, the result is never higher than the likelihood of initiation or occurrence. Table G-5
   * itself allows it to be higher (low initiation and very high adverse impact give moderate); many
   * practitioners cap it because an event cannot cause harm more often than it happens.
   */
  readonly capped?: boolean;
}

// NIST SP 800-30 Rev. 1, Table G-5. Rows: likelihood of threat event initiation or occurrence
// (very low … very high); columns: likelihood that threat events result in adverse impacts.
const TABLE_G5: readonly (readonly number[])[] = [
  [0, 0, 1, 1, 1], // very low
  [0, 1, 1, 2, 2], // low
  [1, 1, 2, 2, 3], // moderate
  [1, 2, 2, 3, 4], // high
  [1, 2, 3, 4, 4], // very high
];

/**
 * The overall likelihood of NIST SP 800-30 Rev. 1 Table G-5: combines the likelihood of threat event
 * initiation (adversarial, Table G-2) or occurrence (non-adversarial, Table G-3) with the likelihood
 * that the event results in adverse impacts (Table G-4).
 *
 * @category Risk
 * @param initiation - Likelihood of initiation or occurrence, `"very-low"` … `"very-high"`.
 * @param adverse - Likelihood of adverse impacts, `"very-low"` … `"very-high"`.
 * @param options - `{ capped: true }` to cap the result at `initiation`.
 * @returns The overall likelihood.
 * @throws {RiskMethodError} When either argument is not one of the five values.
 * @example
 * ```ts
 * deriveNistOverallLikelihood("high", "moderate")
 * //=> "moderate"
 * deriveNistOverallLikelihood("low", "very-high")
 * //=> "moderate"
 * deriveNistOverallLikelihood("low", "very-high", { capped: true })
 * //=> "low"
 * ```
 */
export function deriveNistOverallLikelihood(
  initiation: NistLevel,
  adverse: NistLevel,
  options: DeriveNistOverallLikelihoodOptions = {},
): NistLevel {
  const issues: RiskMethodIssue[] = [];
  const row = indexOfLevel(initiation, "initiation", issues);
  const column = indexOfLevel(adverse, "adverse", issues);
  if (row === undefined || column === undefined) {
    throw new RiskMethodError("Invalid NIST SP 800-30 likelihood", issues);
  }
  const overall = TABLE_G5[row]?.[column] ?? 0;
  return nistLevels[options.capped === true ? Math.min(overall, row) : overall] ?? "very-low";
}

function indexOfLevel(level: unknown, name: string, issues: RiskMethodIssue[]): number | undefined {
  const index = nistLevels.indexOf(level as NistLevel);
  if (index >= 0) return index;
  issues.push(
    issue([name], "unknown_level", `${describeValue(level)} is not a NIST SP 800-30 qualitative value (expected one of ${listValues(nistLevels)})`),
  );
  return undefined;
}
