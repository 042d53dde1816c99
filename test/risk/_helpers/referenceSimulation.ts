import { randomBeta, randomLcg, randomLogNormal, randomPoisson } from "d3-random";
import type { LossScenario } from "../../../src/index";

const Z95 = 1.6448536269514722;

/** A plain reference implementation: same draws as simulateLoss, then a full sort. */
export function referenceAnnualLosses(scenario: LossScenario, trials: number, seed: number): number[] {
  const source = randomLcg(seed);
  const pert = (p: { min: number; mode: number; max: number; gamma?: number | undefined }) => {
    const range = p.max - p.min;
    if (range === 0) return () => p.min;
    const g = p.gamma ?? 4;
    const draw = randomBeta.source(source)(1 + (g * (p.mode - p.min)) / range, 1 + (g * (p.max - p.mode)) / range);
    return () => p.min + range * draw();
  };
  const magnitude =
    "lognormal" in scenario.magnitude
      ? randomLogNormal.source(source)(
          (Math.log(scenario.magnitude.lognormal.p05) + Math.log(scenario.magnitude.lognormal.p95)) / 2,
          (Math.log(scenario.magnitude.lognormal.p95) - Math.log(scenario.magnitude.lognormal.p05)) / (2 * Z95),
        )
      : pert(scenario.magnitude.pert);
  const losses: number[] = [];
  if ("poisson" in scenario.frequency) {
    const count = randomPoisson.source(source)(scenario.frequency.poisson.rate);
    for (let t = 0; t < trials; t++) {
      let loss = 0;
      for (let n = count(); n > 0; n--) loss += magnitude();
      losses.push(loss);
    }
  } else {
    const frequency = pert(scenario.frequency.pert);
    for (let t = 0; t < trials; t++) {
      const f = frequency();
      let n = Math.floor(f) + (source() < f - Math.floor(f) ? 1 : 0);
      let loss = 0;
      for (; n > 0; n--) loss += magnitude();
      losses.push(loss);
    }
  }
  return losses;
}

/** Type-7 quantile of sorted values. */
export function quantileOf(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo]!;
  return lo + 1 < sorted.length ? a + (h - lo) * (sorted[lo + 1]! - a) : a;
}
