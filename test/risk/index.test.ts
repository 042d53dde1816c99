import { describe, expect, it } from "vitest";
import * as risk from "../../src/risk/index";

describe("src/risk/index", () => {
  it("exports the risk API", () => {
    expect(Object.keys(risk)).toEqual(
      expect.arrayContaining(
        [
          "ImpactBandSchema",
          "ImpactCombinationSchema",
          "ImpactFactorSchema",
          "LossEventFrequencySchema",
          "LossMagnitudeSchema",
          "LossScenarioSchema",
          "PertSchema",
          "RiskMethodError",
          "combineImpact",
          "defineRiskMatrix",
          "fromNistSemiQuantitative",
          "getRiskMatrixPreset",
          "isRiskLevelAcceptable",
          "nistLevels",
          "deriveNistOverallLikelihood",
          "nistSemiQuantitativeScale",
          "riskHeatmapToSvg",
          "riskMatrixPresets",
          "scoreRisk",
          "simulateLoss",
          "simulatePortfolio",
          "toNistSemiQuantitative",
        ],
      ),
    );
  });
});
