import { RiskMethodError } from "../method/RiskMethodError";
import * as z from "zod";
import { checkWork, finish, parseSimulationOptions, scenarioSeed, simulateAnnualLosses } from "./_lib/riskSimulation";
import { LossScenarioSchema, type LossScenario } from "./LossScenarioSchema";
import type { LossSimulationResult, SimulateLossOptions } from "./LossSimulationResult";
import { parseOrThrow } from "../core/fromZodIssues";

/**
 * The result of {@link simulatePortfolio}: the summary of the summed annual loss, and the summary of
 * each scenario on its own, in the order given.
 *
 * @category Risk
 * @example
 * ```ts
 * const result: PortfolioSimulationResult = simulatePortfolio([], { trials: 10, seed: 1 });
 * result.annualLoss.mean
 * //=> 0
 * ```
 */
export interface PortfolioSimulationResult extends LossSimulationResult {
  readonly scenarios: readonly (LossSimulationResult & { readonly id?: string })[];
}

const ScenariosSchema = z.array(LossScenarioSchema);

/**
 * Simulates a portfolio of loss scenarios: the annual loss of each simulated year is the sum of the
 * scenarios' losses in that year (scenarios are independent). Also returns each scenario's own
 * summary.
 *
 * Scenario `k` draws from its own stream: the first uses `seed` (so a portfolio of one scenario
 * equals {@link simulateLoss}), later ones a seed derived from `seed` and `k`, so adding a scenario at
 * the end does not change the draws of the others.
 *
 * @category Risk
 * @param scenarios - The scenarios, see {@link LossScenario}.
 * @param options - `{ trials, seed, exceedancePoints? }`.
 * @returns The portfolio's summary and exceedance curve, plus one result per scenario.
 * @throws {RiskMethodError} When a scenario (path `[k, …]`) is invalid, or a result would not be finite.
 * @throws {ArgumentError} When an option is invalid, or the portfolio would simulate more than
 *   100,000,000 events (`trials` × the events a year its scenarios expect).
 * @example
 * ```ts
 * const portfolio = simulatePortfolio(
 *   [
 *     { id: "ransomware", frequency: { poisson: { rate: 0.1 } }, magnitude: { lognormal: { p05: 100_000, p95: 1_000_000 } } },
 *     { id: "laptop-theft", frequency: { pert: { min: 1, mode: 3, max: 8 } }, magnitude: { pert: { min: 500, mode: 2_000, max: 20_000 } } },
 *   ],
 *   { trials: 10_000, seed: 42 },
 * );
 * portfolio.scenarios.map((s) => s.id)
 * //=> ["ransomware", "laptop-theft"]
 * ```
 */
export function simulatePortfolio(
  scenarios: readonly LossScenario[],
  options: SimulateLossOptions,
): PortfolioSimulationResult {
  const parsed = parseOrThrow(ScenariosSchema, scenarios, (issues) => new RiskMethodError("Invalid loss scenarios", issues), { prefix: ["scenarios"] });
  const { trials, seed, exceedancePoints } = parseSimulationOptions(options, "simulatePortfolio");
  checkWork(parsed, trials, "simulatePortfolio");
  const points = exceedancePoints ?? 20;
  const total = new Float64Array(trials);
  const scratch = new Float64Array(trials);
  const results: (LossSimulationResult & { readonly id?: string })[] = [];
  parsed.forEach((scenario, k) => {
    simulateAnnualLosses(scenario, trials, scenarioSeed(seed, k), scratch);
    for (let t = 0; t < trials; t++) total[t] = (total[t] as number) + (scratch[t] as number);
    const result = finish(scratch, trials, points, `scenarios[${k}]`);
    results.push(scenario.id === undefined ? result : { id: scenario.id, ...result });
  });
  return { ...finish(total, trials, points, "portfolio"), scenarios: results };
}
