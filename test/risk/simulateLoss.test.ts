import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, RiskMethodError, simulateLoss, type IsmsKitError, type LossScenario, type LossSimulationResult } from "../../src/index";
import { deepFreeze } from "./_helpers/deepFreeze";
import { quantileOf, referenceAnnualLosses } from "./_helpers/referenceSimulation";

const Z95 = 1.6448536269514722;
const ransomware: LossScenario = { frequency: { poisson: { rate: 0.1 } }, magnitude: { lognormal: { p05: 100_000, p95: 1_000_000 } } };
const fit = (p05: number, p95: number) => ({ mu: (Math.log(p05) + Math.log(p95)) / 2, sigma: (Math.log(p95) - Math.log(p05)) / (2 * Z95) });

/** The error `run` throws, checked to be a `kind` (a RiskMethodError unless told). */
function errorOf<E extends IsmsKitError>(run: () => unknown, kind: abstract new (...args: never[]) => E = RiskMethodError as never): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(kind);
    return error as E;
  }
  throw new Error(`expected a ${kind.name}`);
}

/** Each issue as `[pointer, code, message]`. */
function issuesOf(run: () => unknown, kind?: abstract new (...args: never[]) => IsmsKitError) {
  return errorOf(run, kind).issues.map((i) => [i.pointer, i.code, i.message]);
}

function expectWellFormed(result: LossSimulationResult): void {
  const { annualLoss: a, exceedance } = result;
  expect(a.min).toBeLessThanOrEqual(a.p10);
  expect([a.p10, a.p50, a.p90, a.p95, a.p99, a.max]).toEqual([a.p10, a.p50, a.p90, a.p95, a.p99, a.max].sort((x, y) => x - y));
  expect(exceedance[0]?.loss).toBe(0);
  for (let k = 1; k < exceedance.length; k++) {
    expect(exceedance[k]!.loss).toBeGreaterThan(exceedance[k - 1]!.loss);
    expect(exceedance[k]!.probability).toBeLessThanOrEqual(exceedance[k - 1]!.probability);
  }
  if (a.max > 0) expect(exceedance.at(-1)).toEqual({ loss: a.max, probability: 0 });
}

describe("simulateLoss", () => {
  it("Poisson 0.1 × lognormal(100,000 … 1,000,000): the mean annual loss matches the closed form ≈ 40,400.13", () => {
    const { mu, sigma } = fit(100_000, 1_000_000);
    const closedForm = 0.1 * Math.exp(mu + (sigma * sigma) / 2);
    expect(closedForm).toBeCloseTo(40_400.13, 1);
    const trials = 1_000_000;
    const result = simulateLoss(ransomware, { trials, seed: 42 });
    const standardError = result.annualLoss.stdev / Math.sqrt(trials);
    expect(Math.abs(result.annualLoss.mean - closedForm)).toBeLessThan(4 * standardError);
    // Closed-form standard deviation of a compound Poisson: sqrt(rate × E[X²]).
    const sd = Math.sqrt(0.1 * Math.exp(2 * mu + 2 * sigma * sigma));
    expect(result.annualLoss.stdev / sd).toBeGreaterThan(0.95);
    expect(result.annualLoss.stdev / sd).toBeLessThan(1.05);
    // P(no event in a year) = e^-0.1 ≈ 0.905, so p10, p50 and p90 are 0.
    expect([result.annualLoss.p10, result.annualLoss.p50, result.annualLoss.p90, result.annualLoss.min]).toEqual([0, 0, 0, 0]);
    expect(result.exceedance[0]!.probability).toBeCloseTo(1 - Math.exp(-0.1), 3);
    expect(result.exceedance).toHaveLength(20);
    expectWellFormed(result);
  });

  it("one event a year × lognormal: the percentiles are the lognormal's", () => {
    const scenario: LossScenario = { frequency: { pert: { min: 1, mode: 1, max: 1 } }, magnitude: { lognormal: { p05: 100_000, p95: 1_000_000 } } };
    const { mu, sigma } = fit(100_000, 1_000_000);
    const result = simulateLoss(scenario, { trials: 400_000, seed: 3 });
    const expected = { p10: -1.2815515655446004, p50: 0, p90: 1.2815515655446004, p95: Z95, p99: 2.3263478740408408 };
    for (const [key, z] of Object.entries(expected)) {
      const value = result.annualLoss[key as keyof typeof expected];
      expect(value / Math.exp(mu + sigma * z), key).toBeGreaterThan(0.98);
      expect(value / Math.exp(mu + sigma * z), key).toBeLessThan(1.02);
    }
    expect(result.annualLoss.p95 / 1_000_000).toBeCloseTo(1, 1);
    expect(result.exceedance[0]!.probability).toBe(1);
  });

  it("PERT frequency × PERT magnitude: the mean is E[f] × E[m]", () => {
    const scenario: LossScenario = { frequency: { pert: { min: 0.5, mode: 2, max: 6 } }, magnitude: { pert: { min: 1_000, mode: 5_000, max: 50_000, gamma: 3 } } };
    const ef = (0.5 + 4 * 2 + 6) / 6;
    const em = (1_000 + 3 * 5_000 + 50_000) / 5;
    const trials = 400_000;
    const result = simulateLoss(scenario, { trials, seed: 11 });
    expect(Math.abs(result.annualLoss.mean - ef * em)).toBeLessThan(4 * (result.annualLoss.stdev / Math.sqrt(trials)));
    expectWellFormed(result);
  });

  it("a fractional PERT frequency below 1 gives loss-free years in proportion", () => {
    const scenario: LossScenario = { frequency: { pert: { min: 0.2, mode: 0.2, max: 0.2 } }, magnitude: { pert: { min: 10, mode: 10, max: 10 } } };
    const result = simulateLoss(scenario, { trials: 100_000, seed: 5 });
    expect(result.exceedance[0]!.probability).toBeCloseTo(0.2, 2);
    expect(result.annualLoss.max).toBe(10);
    expect(result.annualLoss.mean).toBeCloseTo(2, 1);
  });

  it("matches a plain reference loop with a full sort exactly (same draws, same statistics)", () => {
    const scenarios: LossScenario[] = [
      ransomware,
      { frequency: { poisson: { rate: 3 } }, magnitude: { pert: { min: 1_000, mode: 1_000, max: 1_000 } } }, // many ties
      { frequency: { poisson: { rate: 25 } }, magnitude: { lognormal: { p05: 10, p95: 1_000 } } },
      { frequency: { pert: { min: 0, mode: 1, max: 3 } }, magnitude: { pert: { min: 0, mode: 100, max: 900 } } },
    ];
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 2 ** 31 }), (scenario, trials, seed) => {
        const result = simulateLoss(scenario, { trials, seed });
        const reference = referenceAnnualLosses(scenario, trials, seed);
        const sorted = [...reference].sort((a, b) => a - b);
        const mean = reference.reduce((a, b) => a + b, 0) / trials;
        expect(result.annualLoss.mean).toBe(mean);
        expect(result.annualLoss.min).toBe(sorted[0]);
        expect(result.annualLoss.max).toBe(sorted.at(-1));
        for (const q of [10, 50, 90, 95, 99] as const) expect(result.annualLoss[`p${q}`]).toBe(quantileOf(sorted, q / 100));
        const variance = reference.reduce((s, v) => s + (v - mean) ** 2, 0) / Math.max(1, trials - 1);
        expect(result.annualLoss.stdev).toBeCloseTo(Math.sqrt(variance), 6);
        for (const point of result.exceedance) {
          expect(point.probability).toBe(reference.filter((v) => v > point.loss).length / trials);
        }
        expectWellFormed(result);
      }),
      { numRuns: 60 },
    );
  });

  it("is deterministic: same seed, byte-identical JSON; another seed, another result", () => {
    const a = JSON.stringify(simulateLoss(ransomware, { trials: 50_000, seed: 7 }));
    const b = JSON.stringify(simulateLoss(ransomware, { trials: 50_000, seed: 7 }));
    const c = JSON.stringify(simulateLoss(ransomware, { trials: 50_000, seed: 8 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it("handles one trial, a zero rate and a custom number of exceedance points", () => {
    const one = simulateLoss({ frequency: { poisson: { rate: 1 } }, magnitude: { pert: { min: 5, mode: 5, max: 5 } } }, { trials: 1, seed: 1 });
    expect(one.annualLoss.stdev).toBe(0);
    expect(one.annualLoss.p10).toBe(one.annualLoss.p99);
    const none = simulateLoss({ frequency: { poisson: { rate: 0 } }, magnitude: ransomware.magnitude }, { trials: 1000, seed: 1 });
    expect(none).toEqual({
      trials: 1000,
      annualLoss: { mean: 0, stdev: 0, min: 0, max: 0, p10: 0, p50: 0, p90: 0, p95: 0, p99: 0 },
      exceedance: [{ loss: 0, probability: 0 }],
    });
    expect(simulateLoss(ransomware, { trials: 10_000, seed: 1, exceedancePoints: 5 }).exceedance).toHaveLength(5);
  });

  it("reports invalid scenarios with their path, all at once", () => {
    const error = errorOf(() =>
      simulateLoss({ frequency: { pert: { min: 3, mode: 1, max: 2 } }, magnitude: { lognormal: { p05: 5, p95: 1 } } }, { trials: 10, seed: 1 }),
    );
    expect(error.summary).toBe("Invalid loss scenario");
    // LossScenarioSchema's own messages still say ", found" where every other message says "; found".
    expect(error.issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
      ["/scenario/frequency/pert/mode", "custom", "expected min ≤ mode ≤ max; found min 3, mode 1, max 2"],
      ["/scenario/magnitude/lognormal/p95", "custom", "expected p05 < p95; found p05 5, p95 1"],
    ]);
    expect(error.message).toBe(
      "Invalid loss scenario: 2 problems\n" +
        "  scenario.frequency.pert.mode: expected min ≤ mode ≤ max; found min 3, mode 1, max 2\n" +
        "  scenario.magnitude.lognormal.p95: expected p05 < p95; found p05 5, p95 1",
    );
    expect(issuesOf(() => simulateLoss({ frequency: { poisson: { rate: -0.5 } }, magnitude: { lognormal: { p05: 0, p95: 1 } } }, { trials: 10, seed: 1 }))).toEqual([
      ["/scenario/frequency/poisson/rate", "too_small", "Too small: expected number to be >=0; found -0.5"],
      ["/scenario/magnitude/lognormal/p05", "too_small", "Too small: expected number to be >0; found 0"],
    ]);
    expect(
      issuesOf(() => simulateLoss({ frequency: { poisson: { rate: "0.5" } }, magnitude: ransomware.magnitude } as unknown as LossScenario, { trials: 10, seed: 1 })),
    ).toEqual([["/scenario/frequency/poisson/rate", "invalid_type", 'expected number; found "0.5"']]);
    expect(issuesOf(() => simulateLoss({ frequency: { weibull: {} }, magnitude: ransomware.magnitude } as unknown as LossScenario, { trials: 10, seed: 1 }))).toEqual([
      ["/scenario/frequency", "invalid_union", "expected { poisson: { rate } } or { pert: { min, mode, max, gamma? } }"],
    ]);
    expect(issuesOf(() => simulateLoss(undefined as unknown as LossScenario, { trials: 10, seed: 1 }))).toEqual([
      ["/scenario", "invalid_type", "missing required field (expected object {frequency, magnitude, id?, name?, description?})"],
    ]);
  });

  it("reports invalid options", () => {
    const issues = (options: unknown) => issuesOf(() => simulateLoss(ransomware, options as { trials: number; seed: number }), ArgumentError);
    const error = errorOf(() => simulateLoss(ransomware, { trials: 0, seed: 1 }), ArgumentError);
    expect(error.summary).toBe("Invalid arguments to simulateLoss");
    expect(error.message).toBe("Invalid arguments to simulateLoss: 1 problem\n  options.trials: expected at least 1 trial; found 0");
    expect(issues({ trials: 0, seed: 1 })).toEqual([["/options/trials", "too_small", "expected at least 1 trial; found 0"]]);
    expect(issues({ trials: 10_000_001, seed: 1 })).toEqual([["/options/trials", "too_big", "expected at most 10,000,000 trials; found 10000001"]]);
    expect(issues({ trials: 1.5, seed: Number.NaN })).toEqual([
      ["/options/trials", "invalid_type", "expected a whole number of trials; found 1.5"],
      ["/options/seed", "invalid_type", "expected a finite number as seed; found NaN"],
    ]);
    expect(issues({ trials: 10, seed: Number.POSITIVE_INFINITY })).toEqual([["/options/seed", "invalid_type", "expected a finite number as seed; found Infinity"]]);
    expect(issues({ trials: 10 })).toEqual([["/options/seed", "invalid_type", "expected a finite number as seed; found nothing"]]);
    expect(issues({ trials: "10", seed: 1 })).toEqual([["/options/trials", "invalid_type", 'expected a whole number of trials; found "10"']]);
    expect(issues({ trials: 10, seed: 1, exceedancePoints: 1 })).toEqual([
      ["/options/exceedancePoints", "too_small", "expected a whole number of points from 2 to 200; found 1"],
    ]);
    expect(issues({ trials: 10, seed: 1, extra: 1 })).toEqual([["/options/extra", "unrecognized_keys", 'unknown field "extra"']]);
    expect(issues(null)).toEqual([["/options", "invalid_type", "expected an options object with trials and seed; found null"]]);
    expect(issues(undefined)).toEqual([["/options", "invalid_type", "expected an options object with trials and seed; found nothing"]]);
  });

  it("bounds every input by what makes sense: events a year, amounts of money, the spread of a lognormal", () => {
    const run = (scenario: unknown) => issuesOf(() => simulateLoss(scenario as LossScenario, { trials: 10, seed: 1 })).map(([pointer, code]) => `${pointer} ${code}`);
    expect(run({ frequency: { poisson: { rate: 1e9 } }, magnitude: ransomware.magnitude })).toEqual(["/scenario/frequency/poisson/rate too_big"]);
    expect(run({ frequency: { pert: { min: 0, mode: 1, max: 1e12 } }, magnitude: ransomware.magnitude })).toEqual(["/scenario/frequency/pert/max too_big"]);
    expect(run({ frequency: ransomware.frequency, magnitude: { pert: { min: 0, mode: 1e300, max: 1.7e308 } } })).toEqual([
      "/scenario/magnitude/pert/mode too_big",
      "/scenario/magnitude/pert/max too_big",
    ]);
    expect(run({ frequency: ransomware.frequency, magnitude: { pert: { min: 0, mode: 1, max: 2, gamma: 1e300 } } })).toEqual(["/scenario/magnitude/pert/gamma too_big"]);
    expect(run({ frequency: ransomware.frequency, magnitude: { lognormal: { p05: 1e-300, p95: 1e15 } } })).toEqual(["/scenario/magnitude/lognormal/p95 too_big"]);
    expect(run({ frequency: ransomware.frequency, magnitude: { lognormal: { p05: 1, p95: 1e16 } } })).toEqual(["/scenario/magnitude/lognormal/p95 too_big"]);
  });

  it("refuses, at once and with a clear error, a call that would draw more than 100,000,000 events", () => {
    const busy = { frequency: { poisson: { rate: 1_000_000 } }, magnitude: ransomware.magnitude };
    expect(issuesOf(() => simulateLoss(busy, { trials: 1_000, seed: 1 }), ArgumentError)).toEqual([
      [
        "/options/trials",
        "too_big",
        "expected at most 100,000,000 simulated events per call; found 1,000 trials × 1,000,000 events a year = 1,000,000,000: use fewer trials",
      ],
    ]);
    const pert = { frequency: { pert: { min: 100_000, mode: 200_000, max: 1_000_000 } }, magnitude: ransomware.magnitude };
    expect(issuesOf(() => simulateLoss(pert, { trials: 1_000, seed: 1 }), ArgumentError)[0]?.[1]).toBe("too_big");
    expect(simulateLoss({ frequency: { poisson: { rate: 10_000 } }, magnitude: ransomware.magnitude }, { trials: 100, seed: 1 }).trials).toBe(100);
  });

  it("never reports NaN or Infinity: every number of the result is finite, even at the bounds", () => {
    const extreme: LossScenario[] = [
      { frequency: { poisson: { rate: 10_000 } }, magnitude: { lognormal: { p05: 1e3, p95: 1e15 } } },
      { frequency: { pert: { min: 0, mode: 10_000, max: 10_000 } }, magnitude: { pert: { min: 1e15, mode: 1e15, max: 1e15 } } },
      { frequency: { poisson: { rate: 1 } }, magnitude: { lognormal: { p05: 1e-9, p95: 1e3 } } },
    ];
    for (const scenario of extreme) {
      const result = simulateLoss(scenario, { trials: 500, seed: 7 });
      const numbers = [...Object.values(result.annualLoss), ...result.exceedance.flatMap((p) => [p.loss, p.probability])];
      expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
      expect(result.annualLoss.mean).toBeGreaterThan(0);
    }
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const scenario = deepFreeze(structuredClone(ransomware));
    const options = deepFreeze({ trials: 1000, seed: 1 });
    expect(() => simulateLoss(scenario, options)).not.toThrow();
    expect(scenario).toEqual(ransomware);
  });
});
