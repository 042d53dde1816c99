import { randomBeta, randomLcg, randomLogNormal, randomPoisson } from "d3-random";
import * as z from "zod";
import type { LossScenario, Pert } from "../LossScenarioSchema";
import { RiskMethodError } from "../../method/RiskMethodError";
import type { LossSimulationResult } from "../LossSimulationResult";
import { ArgumentError, type ArgumentIssue } from "../../core/ArgumentError";
import { argumentError } from "../../core/arguments";
import { describeValue } from "../../core/describeValue";
import { parseOrThrow } from "../../core/fromZodIssues";
import { lazyShape } from "../../core/lazyShape";

/** z for the 5% / 95% points of the standard normal distribution. */
export const Z95 = 1.6448536269514722;

/** The lognormal fitted to a 90% interval: 5% of draws below `p05`, 5% above `p95`. */
export function fitLogNormal(p05: number, p95: number): { mu: number; sigma: number } {
  const a = Math.log(p05);
  const b = Math.log(p95);
  return { mu: (a + b) / 2, sigma: (b - a) / (2 * Z95) };
}

export const SimulationOptionsSchema = z.strictObject(lazyShape(() => ({
  trials: z
    .int({ error: "expected a whole number of trials" })
    .min(1, { error: "expected at least 1 trial" })
    .max(10_000_000, { error: "expected at most 10,000,000 trials" }),
  seed: z.number({ error: "expected a finite number as seed" }).finite(),
  exceedancePoints: z.int({ error: "expected a whole number of points from 2 to 200" }).min(2).max(200).optional(),
})));
export type SimulationOptions = z.infer<typeof SimulationOptionsSchema>;

/** The options of `simulateLoss` or `simulatePortfolio` (`fn`), validated; an ArgumentError at `options.…` otherwise. */
export function parseSimulationOptions(options: unknown, fn: string): SimulationOptions {
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw argumentError(fn, ["options"], "invalid_type", `expected an options object with trials and seed; found ${describeValue(options)}`);
  }
  return parseOrThrow(SimulationOptionsSchema, options, (issues) => new ArgumentError(`Invalid arguments to ${fn}`, issues as ArgumentIssue[]), { prefix: ["options"] });
}

/** The most events one call of `simulateLoss` or `simulatePortfolio` may simulate (each is a draw of its loss). */
export const MAX_EVENTS_PER_CALL = 100_000_000;

/** The events a scenario expects in a year: the Poisson rate, or the PERT frequency's mean. */
function expectedEvents(scenario: LossScenario): number {
  if ("poisson" in scenario.frequency) return scenario.frequency.poisson.rate;
  const { min, mode, max, gamma = 4 } = scenario.frequency.pert;
  return (min + gamma * mode + max) / (gamma + 2);
}

/**
 * Checks, before any draw, that `trials` years of the scenarios stay within
 * {@link MAX_EVENTS_PER_CALL} expected events; an ArgumentError at `options.trials` otherwise.
 */
export function checkWork(scenarios: readonly LossScenario[], trials: number, fn: string): void {
  const perYear = scenarios.reduce((sum, scenario) => sum + expectedEvents(scenario), 0);
  const events = trials * perYear;
  if (events <= MAX_EVENTS_PER_CALL) return;
  const n = (x: number) => Math.round(x).toLocaleString("en-US");
  throw argumentError(
    fn,
    ["options", "trials"],
    "too_big",
    `expected at most ${n(MAX_EVENTS_PER_CALL)} simulated events per call; found ${n(trials)} trials × ${n(perYear)} events a year = ${n(events)}: use fewer trials`,
  );
}

/** A PERT sampler: min + (max − min) × Beta(α, β). */
function pertSampler(pert: Pert, source: () => number): () => number {
  const { min, mode, max } = pert;
  const range = max - min;
  if (range === 0) return () => min;
  const gamma = pert.gamma ?? 4;
  const alpha = 1 + (gamma * (mode - min)) / range;
  const beta = 1 + (gamma * (max - mode)) / range;
  const draw = randomBeta.source(source)(alpha, beta);
  return () => min + range * draw();
}

/**
 * Fills `out[t]` with the simulated annual loss of year `t`. Draw order per year: the number of
 * events, then one magnitude per event, all from one `randomLcg(seed)` stream.
 */
export function simulateAnnualLosses(scenario: LossScenario, trials: number, seed: number, out: Float64Array): void {
  const source = randomLcg(seed);
  let magnitude: () => number;
  if ("lognormal" in scenario.magnitude) {
    const { mu, sigma } = fitLogNormal(scenario.magnitude.lognormal.p05, scenario.magnitude.lognormal.p95);
    magnitude = randomLogNormal.source(source)(mu, sigma);
  } else {
    magnitude = pertSampler(scenario.magnitude.pert, source);
  }
  if ("poisson" in scenario.frequency) {
    const count = randomPoisson.source(source)(scenario.frequency.poisson.rate);
    for (let t = 0; t < trials; t++) {
      let loss = 0;
      for (let n = count(); n > 0; n--) loss += magnitude();
      out[t] = loss;
    }
  } else {
    const frequency = pertSampler(scenario.frequency.pert, source);
    for (let t = 0; t < trials; t++) {
      const f = frequency();
      const whole = Math.floor(f);
      let n = whole + (source() < f - whole ? 1 : 0);
      let loss = 0;
      for (; n > 0; n--) loss += magnitude();
      out[t] = loss;
    }
  }
}

/** The seed of scenario `k` of a portfolio: `seed` itself for the first, a mixed 32-bit value after. */
export function scenarioSeed(seed: number, k: number): number {
  if (k === 0) return seed;
  // The initial state randomLcg derives from `seed`, mixed with k (murmur3 finaliser).
  let h = (0 <= seed && seed < 1 ? seed * 0x100000000 : Math.abs(seed)) | 0;
  h ^= Math.imul(k, 0x9e3779b9);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) + 1; // ≥ 1, so randomLcg reads it as an integer state
}

type AnnualLossSummary = LossSimulationResult["annualLoss"];
type ExceedancePoint = LossSimulationResult["exceedance"][number];

/**
 * Summarises annual losses (all ≥ 0) without sorting them: positive losses are moved to the front of
 * `values` (which is reordered in place), and only the order statistics needed are selected.
 */
export function summarise(
  values: Float64Array,
  points: number,
): { annualLoss: AnnualLossSummary; exceedance: ExceedancePoint[] } {
  const n = values.length;
  let sum = 0;
  let positives = 0;
  let max = 0;
  for (let t = 0; t < n; t++) {
    const v = values[t] as number;
    if (v > 0) {
      sum += v;
      if (v > max) max = v;
      values[positives++] = v;
    }
  }
  const mean = sum / n;
  const zeros = n - positives;
  const pos = values.subarray(0, positives);

  // Ranks (in the whole sample, zeros first) of the order statistics the percentiles interpolate.
  const quantiles = [0.1, 0.5, 0.9, 0.95, 0.99];
  const wanted = new Set<number>();
  for (const q of quantiles) {
    const lo = Math.floor((n - 1) * q);
    if (lo >= zeros) wanted.add(lo - zeros);
    if (lo + 1 < n && lo + 1 >= zeros) wanted.add(lo + 1 - zeros);
  }
  const lowRank = Math.floor((positives - 1) * 0.01);
  if (positives > 0) wanted.add(lowRank);
  const ranks = [...wanted].sort((a, b) => a - b);
  if (positives > 0) multiselect(pos, 0, positives - 1, ranks, 0, ranks.length);

  const at = (rank: number): number => (rank < zeros ? 0 : (pos[rank - zeros] as number));
  // Quantile with linear interpolation between order statistics (Hyndman & Fan type 7).
  const quantile = (q: number): number => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const a = at(lo);
    return lo + 1 < n ? a + (h - lo) * (at(lo + 1) - a) : a;
  };

  // Exceedance thresholds: 0, then log-spaced from the 1st percentile of the positive losses to the maximum.
  const thresholds: number[] = [];
  if (positives > 0) {
    const lo = pos[lowRank] as number;
    const steps = points - 1;
    const ratio = Math.log(max / lo);
    let previous = 0;
    for (let k = 0; k < steps; k++) {
      const loss = k === steps - 1 ? max : lo * Math.exp((ratio * k) / (steps - 1));
      if (loss > previous) thresholds.push(loss);
      previous = Math.max(previous, loss);
    }
  }
  // One pass: squared deviations and, per loss, how many thresholds lie strictly below it.
  const below = new Float64Array(thresholds.length + 1);
  let squares = zeros * mean * mean;
  const m = thresholds.length;
  for (let k = 0; k < positives; k++) {
    const v = pos[k] as number;
    const d = v - mean;
    squares += d * d;
    let a = 0;
    let b = m;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((thresholds[mid] as number) < v) a = mid + 1;
      else b = mid;
    }
    below[a] = (below[a] as number) + 1;
  }
  const exceedance: ExceedancePoint[] = [{ loss: 0, probability: positives / n }];
  let above = positives;
  for (let j = 0; j < m; j++) {
    above -= below[j] as number; // losses with at most j thresholds below them are ≤ threshold j
    exceedance.push({ loss: thresholds[j] as number, probability: above / n });
  }

  const annualLoss: AnnualLossSummary = {
    mean,
    stdev: n > 1 ? Math.sqrt(squares / (n - 1)) : 0,
    min: zeros > 0 || positives === 0 ? 0 : minOf(pos),
    max,
    p10: quantile(0.1),
    p50: quantile(0.5),
    p90: quantile(0.9),
    p95: quantile(0.95),
    p99: quantile(0.99),
  };
  return { annualLoss, exceedance };
}

function minOf(a: Float64Array): number {
  let min = Infinity;
  for (let k = 0; k < a.length; k++) if ((a[k] as number) < min) min = a[k] as number;
  return min;
}

/**
 * Reorders `a[left..right]` so that `a[k]` is the k-th smallest for every k in `ks[from..to)` (sorted,
 * all within the range). Quickselect with Hoare partitioning and a median-of-three pivot, recursing
 * only into parts that hold a wanted rank: deterministic, O(n log(#ks)).
 */
function multiselect(a: Float64Array, left: number, right: number, ks: readonly number[], from: number, to: number): void {
  while (from < to && right > left) {
    if (right - left < 24) {
      insertionSort(a, left, right);
      return;
    }
    const mid = (left + right) >>> 1;
    const x = a[left] as number;
    const y = a[mid] as number;
    const z = a[right] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[left..j] ≤ pivot, a[j+1..i-1] = pivot, a[i..right] ≥ pivot.
    let split = from;
    while (split < to && (ks[split] as number) <= j) split++;
    let rightFrom = split;
    while (rightFrom < to && (ks[rightFrom] as number) < i) rightFrom++;
    if (split > from) multiselect(a, left, j, ks, from, split);
    from = rightFrom;
    left = i;
  }
}

function insertionSort(a: Float64Array, left: number, right: number): void {
  for (let i = left + 1; i <= right; i++) {
    const v = a[i] as number;
    let j = i - 1;
    while (j >= left && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Summarises annual losses and checks for overflow: every number reported is finite. */
export function finish(losses: Float64Array, trials: number, points: number, what: string): LossSimulationResult {
  const { annualLoss, exceedance } = summarise(losses, points);
  const numbers = [...Object.values(annualLoss), ...exceedance.flatMap((point) => [point.loss, point.probability])];
  if (!numbers.every(Number.isFinite)) {
    throw new RiskMethodError("Loss simulation failed", [
        {
          path: [],
          pointer: "",
          code: "overflow",
          message: `${what}: the simulated losses overflow (an annual loss is infinite); narrow the magnitude distribution`,
        },
      ]);
  }
  return { trials, annualLoss, exceedance };
}
