import { levelAgainstCriteria } from "./levelAgainstCriteria";
import type { RiskMatrix } from "./RiskMatrix";
import type { RiskAcceptanceCriteria } from "./RiskMethodSchema";

/**
 * Who may accept a residual risk of one level under the risk acceptance criteria, and for how long
 * at most, as {@link getRiskAcceptanceAuthority} reads the criteria.
 *
 * @category Risk
 * @example
 * ```ts
 * const authority: RiskAcceptanceAuthorityInForce = getRiskAcceptanceAuthority(riskMatrixPresets["5x5"], "low");
 * [authority.retainable, authority.riskOwner]
 * //=> [true, true]
 * ```
 */
export interface RiskAcceptanceAuthorityInForce {
  readonly level: string;
  /** Whether a risk of this level may be retained at all: at or below `maxLevel`, or named by an authority. */
  readonly retainable: boolean;
  /** Whether the level is at or below `maxLevel` (the risk owner's own acceptance threshold). */
  readonly withinCriteria: boolean;
  /** The risk owner may accept. */
  readonly riskOwner: boolean;
  /** A member of top management may accept. */
  readonly topManagement: boolean;
  /** Holders of these roles may accept. */
  readonly roleIds: readonly string[];
  /** The longest an acceptance may run, in months; `undefined` when the criteria set no limit. */
  readonly maxValidityMonths: number | undefined;
}

/**
 * Reads the risk acceptance criteria for one level (ISO/IEC 27001:2022 6.1.2 a 1, 6.1.3 f): whether a
 * risk of that level may be retained, who may accept it — the risk owner, top management, holders of
 * named roles — and for how long at most. A level at or below `maxLevel` may be accepted by the risk
 * owner for `validityMonths`, unless the criteria's `authorities` give that level other rules; a
 * level above it may be retained only when an authority names it, by whom and for as long as it says.
 *
 * @param matrix - the matrix whose levels the criteria use
 * @param level - a level id of the matrix
 * @param acceptance - the criteria; the matrix's own unless given (pass the method's when it overrides the matrix's)
 * @returns who may accept, and for how long
 * @throws {@link RiskMethodError} when there are no criteria, or `level` or a level the criteria name is not a level of the matrix
 * @category Risk
 * @example
 * ```ts
 * const criteria = { maxLevel: "low", validityMonths: 12, authorities: [{ level: "high", topManagement: true, maxValidityMonths: 6 }] };
 * const high = getRiskAcceptanceAuthority(riskMatrixPresets["5x5"], "high", criteria);
 * [high.retainable, high.riskOwner, high.topManagement, high.maxValidityMonths]
 * //=> [true, false, true, 6]
 * getRiskAcceptanceAuthority(riskMatrixPresets["5x5"], "critical", criteria).retainable
 * //=> false
 * ```
 */
export function getRiskAcceptanceAuthority(
  matrix: RiskMatrix,
  level: string,
  acceptance?: Readonly<RiskAcceptanceCriteria>,
): RiskAcceptanceAuthorityInForce {
  const placed = levelAgainstCriteria(matrix, level, acceptance ?? (matrix as RiskMatrix | undefined)?.acceptance);
  const criteria = placed.acceptance;
  const withinCriteria = placed.levelIndex <= placed.maxIndex;
  const authority = criteria.authorities?.find((a) => a.level === level);
  if (authority === undefined) {
    return { level, retainable: withinCriteria, withinCriteria, riskOwner: withinCriteria, topManagement: false, roleIds: [], maxValidityMonths: criteria.validityMonths };
  }
  return {
    level,
    retainable: true,
    withinCriteria,
    riskOwner: authority.riskOwner === true,
    topManagement: authority.topManagement === true,
    roleIds: [...(authority.roleIds ?? [])],
    maxValidityMonths: authority.maxValidityMonths ?? criteria.validityMonths,
  };
}
