/**
 * One cell of a risk heat map: how many risks have this likelihood and impact (ids on the matrix's
 * scales), the level the matrix gives them, and which risks they are.
 *
 * @category Risk
 * @example
 * ```ts
 * const cell: RiskHeatmapCell = { likelihood: "likely", impact: "major", level: "critical", count: 2, riskIds: ["r-1", "r-7"] };
 * ```
 */
export interface RiskHeatmapCell {
  readonly likelihood: string;
  readonly impact: string;
  readonly level: string;
  readonly count: number;
  readonly riskIds: readonly string[];
}
