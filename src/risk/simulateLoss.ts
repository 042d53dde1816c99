import { RiskMethodError } from "../method/RiskMethodError";
import { checkWork, finish, parseSimulationOptions, simulateAnnualLosses } from "./_lib/riskSimulation";
import { LossScenarioSchema, type LossScenario } from "./LossScenarioSchema";
import { parseOrThrow } from "../core/fromZodIssues";
import type { LossSimulationResult, SimulateLossOptions } from "./LossSimulationResult";


/**
 * Simulates the annual loss of a scenario by Monte Carlo (FAIR-style: loss event frequency × loss
 * magnitude). Each simulated year draws a number of loss events from the frequency distribution and
 * adds one independent draw of the magnitude distribution per event.
 *
 * Random numbers come from d3-random, seeded: `randomLcg(seed)` feeds `randomPoisson`,
 * `randomLogNormal` and `randomBeta` (for PERT). The same scenario, trials and seed give the same
 * result, down to the bytes of `JSON.stringify`.
 *
 * @category Risk
 * @param scenario - `{ frequency, magnitude }`, see {@link LossScenario}.
 * @param options - `{ trials, seed, exceedancePoints? }`.
 * @returns Summary statistics of the annual loss and the loss exceedance curve.
 * @throws {RiskMethodError} When the scenario is invalid (p05 ≥ p95, mode outside min…max, a negative
 *   rate, more than 1,000,000 events a year, an amount past 10^15 …), or a result would not be finite.
 * @throws {ArgumentError} When the options are invalid (trials not a whole number from 1 to
 *   10,000,000, seed not finite …), or the call would simulate more than 100,000,000 events.
 * @example
 * ```ts
 * const result = simulateLoss(
 *   { frequency: { poisson: { rate: 0.1 } }, magnitude: { lognormal: { p05: 100_000, p95: 1_000_000 } } },
 *   { trials: 200_000, seed: 7 },
 * );
 * Math.abs(result.annualLoss.mean - 40_400) < 2_000 // closed form: 0.1 × 404,001.3
 * //=> true
 * result.annualLoss.p50 // 90% of years have no event
 * //=> 0
 * ```
 */
export function simulateLoss(scenario: LossScenario, options: SimulateLossOptions): LossSimulationResult {
  const parsed = parseOrThrow(LossScenarioSchema, scenario, (issues) => new RiskMethodError("Invalid loss scenario", issues), { prefix: ["scenario"] });
  const { trials, seed, exceedancePoints } = parseSimulationOptions(options, "simulateLoss");
  checkWork([parsed], trials, "simulateLoss");
  const losses = new Float64Array(trials);
  simulateAnnualLosses(parsed, trials, seed, losses);
  return finish(losses, trials, exceedancePoints ?? 20, "scenario");
}
