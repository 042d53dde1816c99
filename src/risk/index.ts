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
export { combineImpact, type ImpactRatings } from "../method/combineImpact";
export { defineRiskMatrix } from "../method/defineRiskMatrix";
export { fromNistSemiQuantitative, type FromNistSemiQuantitativeOptions } from "../method/fromNistSemiQuantitative";
export { getRiskMatrixPreset } from "../method/getRiskMatrixPreset";
export {
  ImpactBandSchema,
  ImpactCombinationSchema,
  ImpactFactorSchema,
  type ImpactBand,
  type ImpactCombination,
  type ImpactFactor,
} from "../method/ImpactCombinationSchema";
export { isRiskLevelAcceptable } from "../method/isRiskLevelAcceptable";
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
export { nistLevels, type NistLevel } from "../method/nistLevels";
export { nistOverallLikelihood, type NistOverallLikelihoodOptions } from "../method/nistOverallLikelihood";
export { nistSemiQuantitativeScale, type NistSemiQuantitativeValue } from "../method/nistSemiQuantitativeScale";
export type { RiskHeatmapCell } from "./RiskHeatmapCell";
export { riskHeatmapSvg, type RiskHeatmapRegister, type RiskHeatmapSvgOptions } from "../export/riskHeatmapToSvg";
export type { RiskMatrix } from "../method/RiskMatrix";
export { resolveRiskMethod, type ResolvedRiskMethod, type ResolveRiskMethodOptions } from "./resolveRiskMethod";
export { riskMatrixPresets, type RiskMatrixPresetName } from "../method/riskMatrixPresets";
export { RiskMethodError, type RiskMethodIssue } from "../method/RiskMethodError";
export { scoreRisk, type RiskScore, type ScoreRiskInput } from "../method/scoreRisk";
export { simulateLoss, type LossSimulationResult, type SimulateLossOptions } from "./simulateLoss";
export { simulatePortfolio, type PortfolioSimulationResult } from "./simulatePortfolio";
export { toNistSemiQuantitative } from "../method/toNistSemiQuantitative";
