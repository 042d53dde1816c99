// Risk engine (issue 4): qualitative and semi-quantitative methods, heat maps, quantitative simulation.
export {
  assessRisks,
  type AssessRisksInput,
  type AssessRisksOptions,
  type RiskAcceptanceState,
  type RiskFlag,
  type RiskRegister,
  type RiskRegisterEntry,
  type TreatmentPlanStatus,
} from "./assessRisks";
export { combineImpact, type ImpactRatings } from "./combineImpact";
export { defineRiskMatrix } from "./defineRiskMatrix";
export { fromNistSemiQuantitative, type FromNistSemiQuantitativeOptions } from "./fromNistSemiQuantitative";
export { getRiskMatrixPreset } from "./getRiskMatrixPreset";
export {
  ImpactBandSchema,
  ImpactCombinationSchema,
  ImpactFactorSchema,
  type ImpactBand,
  type ImpactCombination,
  type ImpactFactor,
} from "./ImpactCombinationSchema";
export { isRiskLevelAcceptable } from "./isRiskLevelAcceptable";
export {
  LossEventFrequencySchema,
  LossMagnitudeSchema,
  LossScenarioSchema,
  PertSchema,
  type LossEventFrequency,
  type LossMagnitude,
  type LossScenario,
  type Pert,
} from "./LossScenarioSchema";
export { nistLevels, type NistLevel } from "./nistLevels";
export { nistOverallLikelihood, type NistOverallLikelihoodOptions } from "./nistOverallLikelihood";
export { nistSemiQuantitativeScale, type NistSemiQuantitativeValue } from "./nistSemiQuantitativeScale";
export type { RiskHeatmapCell } from "./RiskHeatmapCell";
export { riskHeatmapSvg, type RiskHeatmapRegister, type RiskHeatmapSvgOptions } from "./riskHeatmapSvg";
export type { RiskMatrix } from "./RiskMatrix";
export { resolveRiskMethod, type ResolvedRiskMethod, type ResolveRiskMethodOptions } from "./resolveRiskMethod";
export { riskMatrixPresets, type RiskMatrixPresetName } from "./riskMatrixPresets";
export { RiskMethodError, type RiskMethodIssue } from "./RiskMethodError";
export { scoreRisk, type RiskScore, type ScoreRiskInput } from "./scoreRisk";
export { simulateLoss, type LossSimulationResult, type SimulateLossOptions } from "./simulateLoss";
export { simulatePortfolio, type PortfolioSimulationResult } from "./simulatePortfolio";
export { toNistSemiQuantitative } from "./toNistSemiQuantitative";
