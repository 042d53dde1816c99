// Risk treatment (issue 5): treatment options and plans, control suggestions, the Statement of Applicability.
export { buildStatementOfApplicability, type BuildStatementOfApplicabilityOptions, type SoaInput } from "./buildStatementOfApplicability";
export { checkTreatmentOption, type CheckTreatmentOptionOptions } from "./checkTreatmentOption";
export { ControlDecision2013Schema, type ControlDecision2013 } from "./ControlDecision2013Schema";
export type { ControlSuggestion } from "./ControlSuggestion";
export { diffStatementsOfApplicability } from "./diffStatementsOfApplicability";
export { defaultSoaColumns, type SoaColumn } from "../export/SoaColumn";
export type { SoaDiff, SoaFieldChange, SoaMetadataField, SoaRowChange, SoaRowField, SoaRowReference } from "./SoaDiff";
export type { ControlTransition, SoaFrom2013Result, TransitionProblemCode } from "./SoaFrom2013Result";
export type { SoaProblem, SoaProblemCode, SoaRow } from "./SoaRow";
export { soaFrom2013 } from "./soaFrom2013";
export { soaToCsv, type SoaToCsvOptions } from "../export/soaToCsv";
export { soaToMarkdown, type SoaToMarkdownOptions } from "../export/soaToMarkdown";
export { soaToTable, type SoaTable, type SoaTableOptions } from "../export/soaToTable";
export { soaToXlsx, type SoaToXlsxOptions } from "../export/soaToXlsx";
export type { SoaMetadata, SoaSummary, StatementOfApplicability } from "./StatementOfApplicability";
export { suggestControls, type SuggestControlsOptions, type SuggestInput } from "./suggestControls";
export { summarizeTreatmentPlans, type SummarizeTreatmentPlansOptions, type SummaryInput } from "./summarizeTreatmentPlans";
export { TreatmentInputError, type TreatmentInputIssue } from "./TreatmentInputError";
export type {
  OwnerApproval,
  PlanActionDue,
  PlannedRisk,
  RiskWithoutPlan,
  TreatmentPlansSummary,
  TreatmentPlanSummary,
} from "./TreatmentPlansSummary";
export type { TreatmentProblem, TreatmentProblemCode } from "./TreatmentProblem";
