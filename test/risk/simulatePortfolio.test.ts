import { describe, expect, it } from "vitest";
import { ArgumentError, RiskMethodError, simulateLoss, simulatePortfolio, type LossScenario } from "../../src/index";
import { deepFreeze } from "./_helpers/deepFreeze";

const ransomware: LossScenario = { id: "ransomware", frequency: { poisson: { rate: 0.1 } }, magnitude: { lognormal: { p05: 100_000, p95: 1_000_000 } } };
const theft: LossScenario = { id: "laptop-theft", frequency: { pert: { min: 1, mode: 3, max: 8 } }, magnitude: { pert: { min: 500, mode: 2_000, max: 20_000 } } };
const outage: LossScenario = { frequency: { poisson: { rate: 2 } }, magnitude: { lognormal: { p05: 1_000, p95: 40_000 } } };

describe("simulatePortfolio", () => {
  it("a portfolio of one is simulateLoss", () => {
    const { scenarios, ...portfolio } = simulatePortfolio([ransomware], { trials: 20_000, seed: 9 });
    const single = simulateLoss(ransomware, { trials: 20_000, seed: 9 });
    expect(JSON.stringify(portfolio)).toBe(JSON.stringify(single));
    expect(scenarios).toEqual([{ id: "ransomware", ...single }]);
  });

  it("sums per simulated year: the mean is the sum of the means, and every percentile dominates each scenario's", () => {
    const result = simulatePortfolio([ransomware, theft, outage], { trials: 50_000, seed: 1 });
    const sum = result.scenarios.reduce((s, r) => s + r.annualLoss.mean, 0);
    expect(result.annualLoss.mean / sum).toBeCloseTo(1, 12);
    for (const scenario of result.scenarios) {
      for (const key of ["p10", "p50", "p90", "p95", "p99", "max", "min"] as const) {
        expect(result.annualLoss[key]).toBeGreaterThanOrEqual(scenario.annualLoss[key]);
      }
    }
    expect(result.scenarios.map((s) => s.id)).toEqual(["ransomware", "laptop-theft", undefined]);
    expect("id" in result.scenarios[2]!).toBe(false);
  });

  it("adding a scenario at the end does not change the others' draws", () => {
    const two = simulatePortfolio([ransomware, theft], { trials: 10_000, seed: 4 });
    const three = simulatePortfolio([ransomware, theft, outage], { trials: 10_000, seed: 4 });
    expect(three.scenarios.slice(0, 2)).toEqual(two.scenarios);
  });

  it("gives identical scenarios independent draws", () => {
    const result = simulatePortfolio([outage, outage], { trials: 10_000, seed: 4 });
    expect(result.scenarios[0]!.annualLoss.mean).not.toBe(result.scenarios[1]!.annualLoss.mean);
  });

  it("is deterministic", () => {
    const run = () => JSON.stringify(simulatePortfolio([ransomware, theft], { trials: 10_000, seed: 123.5 }));
    expect(run()).toBe(run());
  });

  it("handles an empty portfolio", () => {
    expect(simulatePortfolio([], { trials: 10, seed: 1 })).toEqual({
      trials: 10,
      annualLoss: { mean: 0, stdev: 0, min: 0, max: 0, p10: 0, p50: 0, p90: 0, p95: 0, p99: 0 },
      exceedance: [{ loss: 0, probability: 0 }],
      scenarios: [],
    });
  });

  it("reports invalid scenarios with their index", () => {
    try {
      simulatePortfolio([ransomware, { ...theft, magnitude: { pert: { min: 10, mode: 5, max: 1 } } }], { trials: 10, seed: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RiskMethodError);
      expect((error as RiskMethodError).issues.map((i) => [i.pointer, i.code, i.message])).toEqual([
        ["/scenarios/1/magnitude/pert/mode", "custom", "expected min ≤ mode ≤ max; found min 10, mode 5, max 1"],
      ]);
      expect((error as RiskMethodError).message).toBe(
        "Invalid loss scenarios: 1 problem\n  scenarios[1].magnitude.pert.mode: expected min ≤ mode ≤ max; found min 10, mode 5, max 1",
      );
    }
    expect(() => simulatePortfolio([ransomware], { trials: 0, seed: 1 })).toThrow(
      new ArgumentError("Invalid arguments to simulatePortfolio", [
        { path: ["options", "trials"], pointer: "/options/trials", code: "too_small", message: "expected at least 1 trial; found 0" },
      ]),
    );
    expect(() => simulatePortfolio(undefined as unknown as LossScenario[], { trials: 10, seed: 1 })).toThrow(
      new RiskMethodError("Invalid loss scenarios", [
        { path: ["scenarios"], pointer: "/scenarios", code: "invalid_type", message: "missing required field (expected array)" },
      ]),
    );
  });

  it("does not mutate its input (deep-frozen input)", () => {
    const scenarios = deepFreeze(structuredClone([ransomware, theft]));
    expect(() => simulatePortfolio(scenarios, deepFreeze({ trials: 1000, seed: 2 }))).not.toThrow();
    expect(scenarios).toEqual([ransomware, theft]);
  });

  it("caps the events of the whole portfolio per call, with a clear error before any draw", () => {
    const busy = { frequency: { poisson: { rate: 600_000 } }, magnitude: ransomware.magnitude } satisfies LossScenario;
    expect(() => simulatePortfolio([busy], { trials: 10, seed: 1 })).not.toThrow();
    let caught: unknown;
    try {
      simulatePortfolio([busy, busy], { trials: 100, seed: 1 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ArgumentError);
    expect((caught as ArgumentError).issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/options/trials too_big"]);
  });
});
