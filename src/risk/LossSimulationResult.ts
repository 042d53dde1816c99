/**
 * Options of {@link simulateLoss} and {@link simulatePortfolio}.
 *
 * @category Risk
 * @example
 * ```ts
 * const options: SimulateLossOptions = { trials: 100_000, seed: 42 };
 * ```
 */
export interface SimulateLossOptions {
  /** Number of simulated years, a whole number from 1 to 10,000,000. */
  readonly trials: number;
  /**
   * Seed of the pseudo-random number generator (d3-random's `randomLcg`): a number in [0, 1) is a
   * fraction of 2³², any other number is truncated to a 32-bit integer (so 7 and 7.5 give the same
   * stream).
   */
  readonly seed: number;
  /** Number of points of the exceedance curve, 2 to 200; default 20. */
  readonly exceedancePoints?: number;
}

/**
 * The result of a loss simulation.
 *
 * @category Risk
 * @example
 * ```ts
 * const result: LossSimulationResult = simulateLoss(
 *   { frequency: { poisson: { rate: 0.5 } }, magnitude: { pert: { min: 1_000, mode: 5_000, max: 50_000 } } },
 *   { trials: 1_000, seed: 1 },
 * );
 * result.exceedance[0]?.loss
 * //=> 0
 * ```
 */
export interface LossSimulationResult {
  /** Number of simulated years. */
  readonly trials: number;
  /**
   * The annual loss: mean, sample standard deviation, smallest and largest simulated year, and
   * percentiles (linear interpolation between order statistics).
   */
  readonly annualLoss: {
    readonly mean: number;
    readonly stdev: number;
    readonly min: number;
    readonly max: number;
    readonly p10: number;
    readonly p50: number;
    readonly p90: number;
    readonly p95: number;
    readonly p99: number;
  };
  /**
   * The loss exceedance curve: for each loss, the probability that the annual loss is greater. The
   * first point is loss 0 (the probability of any loss in a year); the others are log-spaced from the
   * 1st percentile of the non-zero annual losses to the largest one (where the probability is 0).
   */
  readonly exceedance: readonly { readonly loss: number; readonly probability: number }[];
}
