import { describe, expect, it } from "vitest";
import { LossEventFrequencySchema, LossMagnitudeSchema, LossScenarioSchema } from "../../src/index";

describe("LossScenarioSchema", () => {
  it("accepts the four combinations of frequency and magnitude", () => {
    const frequencies = [{ poisson: { rate: 0 } }, { pert: { min: 0, mode: 1, max: 4, gamma: 3 } }];
    const magnitudes = [{ lognormal: { p05: 1, p95: 2 } }, { pert: { min: 0, mode: 0, max: 0 } }];
    for (const frequency of frequencies) {
      for (const magnitude of magnitudes) expect(LossScenarioSchema.safeParse({ frequency, magnitude }).success).toBe(true);
    }
  });

  it("rejects what makes no sense, with the path of the problem", () => {
    const cases: [unknown, string, string][] = [
      [{ poisson: { rate: -1 } }, "poisson.rate", "too_small"],
      [{ pert: { min: -1, mode: 0, max: 1 } }, "pert.min", "too_small"],
      [{ pert: { min: 2, mode: 1, max: 3 } }, "pert.mode", "custom"],
      [{ pert: { min: 1, mode: 1, max: 3, gamma: 0 } }, "pert.gamma", "too_small"],
      [{ poisson: { rate: 1 }, pert: { min: 1, mode: 1, max: 1 } }, "", "invalid_union"],
    ];
    for (const [frequency, path, code] of cases) {
      const result = LossEventFrequencySchema.safeParse(frequency);
      expect(result.success, JSON.stringify(frequency)).toBe(false);
      const issue = result.error!.issues[0]!;
      expect([issue.path.join("."), issue.code]).toEqual([path, code]);
    }
    const magnitude = LossMagnitudeSchema.safeParse({ lognormal: { p05: 10, p95: 10 } });
    expect(magnitude.error?.issues[0]?.message).toBe("expected p05 < p95; found p05 10, p95 10");
    expect(LossMagnitudeSchema.safeParse({ lognormal: { p05: 0, p95: 10 } }).success).toBe(false);
    expect(LossMagnitudeSchema.safeParse({ pert: { min: -5, mode: 0, max: 1 } }).success).toBe(false);
    expect(LossScenarioSchema.safeParse({ frequency: { poisson: { rate: 1 } }, magnitude: { pert: { min: 1, mode: 1, max: 1 } }, extra: 1 }).success).toBe(false);
  });
});
