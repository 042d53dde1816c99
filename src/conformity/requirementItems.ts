import type { ClauseId } from "../core/clauseIds";
import { deepFreeze } from "../core/deepFreeze";

/**
 * One requirement item of ISO/IEC 27001:2022 clauses 4 to 10 — a lettered item (`"6.1.2 e"`), or a
 * requirement of a clause stated without a letter (`"4.3 documented"`) — with the built-in rules that
 * check it from the document's data, or why the data cannot show it. Labels are isms-kit's own words.
 *
 * @category Conformity
 * @example
 * ```ts
 * const item: RequirementItem = requirementItems.find((i) => i.id === "6.1.2 e")!;
 * [item.clause, item.ruleIds]
 * //=> ["6.1.2", ["6.1.2-risks-prioritised"]]
 * ```
 */
export interface RequirementItem {
  /** The clause and its letter, or the clause and a word for an unlettered requirement. */
  readonly id: string;
  readonly clause: ClauseId;
  /** What the item asks, in isms-kit's words. */
  readonly label: string;
  /** The built-in rules that check it; empty when the data cannot show it. */
  readonly ruleIds: readonly string[];
  /** Why the data cannot show it, when no rule checks it. */
  readonly notCheckable?: string;
}

const item = (id: string, clause: ClauseId, label: string, ...ruleIds: string[]): RequirementItem => ({ id, clause, label, ruleIds });
const unchecked = (id: string, clause: ClauseId, label: string, notCheckable: string): RequirementItem => ({ id, clause, label, ruleIds: [], notCheckable });

/**
 * The requirement items of ISO/IEC 27001:2022 clauses 4 to 10 (with Amendment 1:2024), in the
 * standard's order, each with the built-in rules that check it or the reason the data cannot show it.
 * `docs/conformity.md` prints it as the coverage table; a test keeps it and the rules in step.
 * Deeply frozen.
 *
 * @category Conformity
 * @example
 * ```ts
 * const checked = requirementItems.filter((i) => i.ruleIds.length > 0).length;
 * checked >= 105
 * //=> true
 * requirementItems.find((i) => i.id === "5.1 h")?.notCheckable !== undefined
 * //=> true
 * ```
 */
export const requirementItems: readonly RequirementItem[] = deepFreeze([
  item("4.1 issues", "4.1", "Internal and external issues relevant to the ISMS's purpose are determined", "4.1-issues-determined", "4.1-context-reviewed"),
  item("4.1 climate", "4.1", "Whether climate change is a relevant issue is determined (Amendment 1:2024)", "4.1-climate-change-determined"),
  item("4.2 a", "4.2", "The interested parties relevant to the ISMS", "4.2-interested-parties-determined"),
  item("4.2 b", "4.2", "Their relevant requirements", "4.2-requirements-determined", "A.5.31-legal-requirements"),
  item("4.2 c", "4.2", "Which of those requirements the ISMS addresses", "4.2-requirements-addressed", "6.1.3-soa-agrees-with-requirements"),
  item("4.3 scope", "4.3", "The boundaries and applicability of the ISMS are set as its scope", "4.3-scope-defined", "4.3-scope-boundaries", "4.3-scope-exclusions-justified"),
  item("4.3 a", "4.3", "The scope considers the issues of 4.1", "4.3-scope-considers-context"),
  item("4.3 b", "4.3", "The scope considers the requirements of 4.2", "4.3-scope-considers-context"),
  item("4.3 c", "4.3", "The scope considers interfaces and dependencies with other organisations", "4.3-scope-interfaces"),
  item("4.3 documented", "4.3", "The scope is available as documented information", "4.3-scope-documented"),
  item("4.4", "4.4", "The ISMS and its processes are established, implemented, maintained and improved", "4.4-isms-processes-established"),
  item("5.1 a", "5.1", "Policy and objectives are established and fit the strategic direction", "5.1-top-management-identified", "5.1-leadership-shown", "5.2-policy-established", "6.2-objectives-established"),
  unchecked("5.1 b", "5.1", "ISMS requirements are integrated into the organisation's processes", "integration shows in how the business processes run, which the document does not record"),
  item("5.1 c", "5.1", "The resources the ISMS needs are available", "5.1-leadership-shown", "7.1-resources-determined"),
  item("5.1 d", "5.1", "The importance of information security management is communicated", "5.1-leadership-shown"),
  item("5.1 e", "5.1", "The ISMS achieves its intended outcomes", "5.1-leadership-shown", "9.3.1-top-management-attends"),
  item("5.1 f", "5.1", "People are directed and supported to contribute to the ISMS", "5.1-leadership-shown", "5.3-roles-assigned-by-top-management"),
  item("5.1 g", "5.1", "Continual improvement is promoted", "5.1-leadership-shown", "9.3.3-review-decisions"),
  unchecked("5.1 h", "5.1", "Other managers are supported in leading in their areas", "the support top management gives other managers shows in interviews, not in records"),
  item("5.2 a", "5.2", "The policy suits the purpose of the organisation", "5.2-policy-content"),
  item("5.2 b", "5.2", "The policy includes objectives or the framework for setting them", "5.2-policy-content"),
  item("5.2 c", "5.2", "The policy commits to satisfy applicable requirements", "5.2-policy-content"),
  item("5.2 d", "5.2", "The policy commits to continual improvement", "5.2-policy-content"),
  item("5.2 e", "5.2", "The policy is available as documented information", "5.2-policy-established"),
  item("5.2 f", "5.2", "The policy is communicated within the organisation", "5.2-policy-communicated"),
  item("5.2 g", "5.2", "The policy is available to interested parties, as appropriate", "5.2-policy-available"),
  item("5.3 roles", "5.3", "Responsibilities and authorities are assigned and communicated", "5.3-roles-held", "5.3-roles-defined", "5.3-roles-assigned-by-top-management"),
  item("5.3 a", "5.3", "Someone is responsible for the ISMS conforming to the standard", "5.3-isms-duties-assigned"),
  item("5.3 b", "5.3", "Someone reports on the ISMS's performance to top management", "5.3-isms-duties-assigned"),
  item("6.1.1 a", "6.1.1", "Risks and opportunities are determined so the ISMS achieves its outcomes", "6.1.1-risks-linked-to-context", "6.1.1-opportunities-determined"),
  item("6.1.1 b", "6.1.1", "… so undesired effects are prevented or reduced", "6.1.1-risks-linked-to-context", "6.1.2-risks-identified"),
  item("6.1.1 c", "6.1.1", "… so continual improvement is achieved", "6.1.1-opportunities-determined"),
  item("6.1.1 d", "6.1.1", "Actions to address risks and opportunities are planned", "6.1.1-opportunity-actions", "6.1.3-treatment-plan"),
  item("6.1.1 e", "6.1.1", "The actions are integrated into the ISMS's processes and their effectiveness evaluated", "6.1.1-opportunity-actions", "6.1.1-effectiveness-evaluated"),
  item("6.1.2 a", "6.1.2", "Risk criteria: acceptance criteria and criteria for performing assessments", "6.1.2-acceptance-criteria", "6.1.2-assessment-criteria"),
  item("6.1.2 b", "6.1.2", "Repeated assessments give consistent, valid and comparable results", "6.1.2-risk-method-defined", "6.1.2-ratings-fit-method"),
  item("6.1.2 c", "6.1.2", "Risks to confidentiality, integrity and availability are identified, with owners", "6.1.2-risks-identified", "6.1.2-risk-owners", "6.1.2-risks-described"),
  item("6.1.2 d", "6.1.2", "Risks are analysed: consequences, likelihood and level", "6.1.2-risks-analysed", "6.1.2-ratings-consistent"),
  item("6.1.2 e", "6.1.2", "Risks are evaluated against the criteria and prioritised for treatment", "6.1.2-risks-prioritised"),
  item("6.1.2 documented", "6.1.2", "The risk assessment process is kept as documented information", "6.1.2-risk-method-documented"),
  item("6.1.3 a", "6.1.3", "Treatment options are selected", "6.1.3-treatment-selected", "6.1.3-treatment-complete"),
  item("6.1.3 b", "6.1.3", "The controls needed are determined", "6.1.3-treatment-complete", "6.1.3-soa-agrees-with-treatment"),
  item("6.1.3 c", "6.1.3", "The controls are compared with Annex A, none omitted", "6.1.3-custom-controls-compared", "6.1.3-soa-complete"),
  item(
    "6.1.3 d",
    "6.1.3",
    "A Statement of Applicability: the controls, why included, whether implemented, why excluded",
    "6.1.3-soa-complete",
    "6.1.3-soa-inclusions-justified",
    "6.1.3-soa-exclusions-justified",
    "6.1.3-soa-implementation-stated",
    "6.1.3-soa-agrees-with-requirements",
    "6.1.3-exclusions-consistent",
  ),
  item("6.1.3 e", "6.1.3", "A risk treatment plan is formulated", "6.1.3-treatment-plan", "6.1.3-plan-actions-defined"),
  item(
    "6.1.3 f",
    "6.1.3",
    "Risk owners approve the plan and accept the residual risks",
    "6.1.3-plan-approved-by-owners",
    "6.1.3-residual-risk-accepted",
    "6.1.3-accepted-by-owner",
    "6.1.3-acceptance-current",
    "6.1.3-acceptance-authorised",
    "6.1.3-acceptance-within-validity",
  ),
  item("6.1.3 documented", "6.1.3", "The risk treatment process is kept as documented information", "6.1.3-soa-documented"),
  item("6.2 objectives", "6.2", "Information security objectives are established at relevant functions and levels", "6.2-objectives-established"),
  unchecked("6.2 a", "6.2", "Objectives are consistent with the policy", "consistency of the objectives with the policy is a reading of their content"),
  item("6.2 b", "6.2", "Objectives are measurable", "6.2-objectives-measurable"),
  item("6.2 c", "6.2", "Objectives take requirements and risk results into account", "6.2-objectives-grounded"),
  item("6.2 d", "6.2", "Objectives are monitored", "6.2-objectives-monitored"),
  item("6.2 e", "6.2", "Objectives are communicated", "6.2-objectives-communicated"),
  item("6.2 f", "6.2", "Objectives are updated as appropriate", "6.2-objectives-monitored"),
  item("6.2 g", "6.2", "Objectives are available as documented information", "6.2-objectives-documented"),
  item("6.2 h", "6.2", "What will be done to achieve them", "6.2-objectives-planned"),
  item("6.2 i", "6.2", "What resources will be required", "6.2-objectives-planned"),
  item("6.2 j", "6.2", "Who will be responsible", "6.2-objectives-planned"),
  item("6.2 k", "6.2", "When it will be completed", "6.2-objectives-planned"),
  item("6.2 l", "6.2", "How the results will be evaluated", "6.2-objectives-planned"),
  item("6.3", "6.3", "Changes to the ISMS are carried out in a planned manner", "6.3-changes-controlled"),
  item("7.1", "7.1", "The resources the ISMS needs are determined and provided", "7.1-resources-determined"),
  item("7.2 a", "7.2", "The competence needed is determined", "7.2-competence-required"),
  item("7.2 b", "7.2", "People are competent on the basis of education, training or experience", "7.2-competence-evidence"),
  unchecked("7.2 c", "7.2", "Actions are taken to acquire competence and their effectiveness evaluated", "the document records competence held, not how well the actions to acquire it worked"),
  item("7.2 d", "7.2", "Evidence of competence is retained", "7.2-competence-evidence"),
  item("7.3 a", "7.3", "People are aware of the policy", "7.3-awareness-content", "7.3-awareness-delivered", "7.3-awareness-coverage"),
  item("7.3 b", "7.3", "… of their contribution to the ISMS's effectiveness", "7.3-awareness-content"),
  item("7.3 c", "7.3", "… of the implications of not conforming", "7.3-awareness-content"),
  item("7.4 a", "7.4", "What to communicate", "7.4-communication-determined"),
  item("7.4 b", "7.4", "When to communicate", "7.4-communication-determined"),
  item("7.4 c", "7.4", "With whom to communicate", "7.4-communication-determined"),
  item("7.4 d", "7.4", "How to communicate", "7.4-communication-determined"),
  item("7.5.1 a", "7.5.1", "The documented information the standard requires", "7.5.1-documented-information", "7.5.1-references-current"),
  item("7.5.1 b", "7.5.1", "The documented information the organisation finds necessary", "7.5.1-documented-information", "7.5.1-references-current"),
  item("7.5.2 a", "7.5.2", "Documents are identified and described", "7.5.2-documents-identified"),
  unchecked("7.5.2 b", "7.5.2", "Documents have a suitable format and media", "format and media show in the documents themselves, which the model does not hold"),
  item("7.5.2 c", "7.5.2", "Documents are reviewed and approved for suitability and adequacy", "7.5.2-documents-approved", "7.5.2-documents-reviewed", "A.5.1-policies-reviewed"),
  item("7.5.3 a", "7.5.3", "Documented information is available where and when needed", "7.5.3-documents-controlled", "7.5.3-evidence-retrievable"),
  item("7.5.3 b", "7.5.3", "Documented information is adequately protected", "7.5.3-documents-controlled"),
  item("7.5.3 c", "7.5.3", "Its distribution, access, retrieval and use are controlled", "7.5.3-documents-controlled"),
  item("7.5.3 d", "7.5.3", "Its storage and preservation, legibility included, are controlled", "7.5.3-evidence-retrievable"),
  item("7.5.3 e", "7.5.3", "Its changes are controlled", "7.5.2-documents-identified", "7.5.3-records-not-postdated", "7.5.3-leavers-recorded"),
  item("7.5.3 f", "7.5.3", "Its retention and disposition are controlled", "7.5.3-documents-controlled"),
  unchecked("7.5.3 external", "7.5.3", "Documented information of external origin is identified and controlled", "the model does not mark documents as of external origin"),
  item("8.1 processes", "8.1", "Processes are planned, implemented and controlled to their criteria", "8.1-controls-implemented-on-time"),
  item("8.1 evidence", "8.1", "Documented information shows processes were carried out as planned", "8.1-implemented-controls-evidenced", "8.1-evidence-current"),
  item("8.1 changes", "8.1", "Planned changes are controlled, unintended ones reviewed", "6.3-changes-controlled", "8.2-reassessed-after-change"),
  item("8.1 external", "8.1", "Externally provided processes, products and services are controlled", "8.1-external-processes-controlled", "A.5.20-supplier-agreements", "A.5.22-supplier-monitoring"),
  item("8.2 intervals", "8.2", "Risk assessments are performed at planned intervals", "8.2-assessments-at-intervals"),
  item("8.2 changes", "8.2", "… and when significant changes are proposed or occur", "8.2-reassessed-after-change"),
  item("8.2 documented", "8.2", "The results of risk assessments are retained", "8.2-assessments-at-intervals", "6.1.2-risks-analysed"),
  item("8.3 implement", "8.3", "The risk treatment plan is implemented", "8.3-treatment-actions-on-time", "6.1.2-risks-prioritised"),
  item("8.3 documented", "8.3", "The results of risk treatment are retained", "8.3-treatment-results-recorded"),
  item("9.1 a", "9.1", "What is monitored and measured", "9.1-measurements-defined"),
  item("9.1 b", "9.1", "The methods, for valid results", "9.1-measurement-plan"),
  item("9.1 c", "9.1", "When monitoring and measuring is done", "9.1-measurement-plan", "9.1-measurement-results"),
  item("9.1 d", "9.1", "Who monitors and measures", "9.1-measurement-plan"),
  item("9.1 e", "9.1", "When results are analysed and evaluated", "9.1-results-analysed"),
  item("9.1 f", "9.1", "Who analyses and evaluates them", "9.1-measurement-plan"),
  item("9.1 documented", "9.1", "The results are available as documented information", "9.1-measurement-results"),
  item("9.1 evaluation", "9.1", "Information security performance and the ISMS's effectiveness are evaluated", "9.1-results-analysed", "6.1.1-effectiveness-evaluated"),
  item("9.2.1 intervals", "9.2.1", "Internal audits are conducted at planned intervals", "9.2.1-internal-audit-performed", "9.2.1-audit-interval"),
  item("9.2.1 a", "9.2.1", "They show whether the ISMS conforms to the organisation's requirements and the standard", "9.2.2-programme-covers-clauses"),
  item("9.2.1 b", "9.2.1", "They show whether it is effectively implemented and maintained", "9.2.2-programme-covers-controls", "10.2-audit-findings-followed-up"),
  item("9.2.2 programme", "9.2.2", "An audit programme with frequency, methods, responsibilities and reporting", "9.2.2-audit-programme", "9.2.2-audits-on-plan", "9.2.2-programme-covers-clauses", "9.2.2-programme-covers-controls"),
  item("9.2.2 a", "9.2.2", "Each audit has defined criteria and scope", "9.2.2-audit-criteria-scope"),
  item("9.2.2 b", "9.2.2", "Auditors are objective and impartial", "9.2.2-auditor-objectivity"),
  item("9.2.2 c", "9.2.2", "Results are reported to relevant management", "9.2.2-results-reported"),
  item("9.2.2 documented", "9.2.2", "Evidence of the programme and the results is retained", "9.2.2-results-reported", "9.2.2-audit-programme"),
  item("9.3.1", "9.3.1", "Top management reviews the ISMS at planned intervals", "9.3.1-management-review-held", "9.3.1-review-interval", "9.3.1-top-management-attends"),
  item("9.3.2 a", "9.3.2", "Status of actions from previous reviews", "9.3.2-review-inputs"),
  item("9.3.2 b", "9.3.2", "Changes in external and internal issues", "9.3.2-review-inputs"),
  item("9.3.2 c", "9.3.2", "Changes in interested parties' needs and expectations", "9.3.2-review-inputs"),
  item("9.3.2 d", "9.3.2", "Feedback on performance: nonconformities, measurement, audits, objectives", "9.3.2-review-inputs"),
  item("9.3.2 e", "9.3.2", "Feedback from interested parties", "9.3.2-review-inputs"),
  item("9.3.2 f", "9.3.2", "Results of risk assessment and status of the treatment plan", "9.3.2-review-inputs"),
  item("9.3.2 g", "9.3.2", "Opportunities for continual improvement", "9.3.2-review-inputs"),
  item("9.3.3 decisions", "9.3.3", "Decisions on improvement and on changes to the ISMS", "9.3.3-review-decisions", "9.3.3-review-actions-on-time"),
  item("9.3.3 documented", "9.3.3", "The results of reviews are available as documented information", "9.3.3-review-minutes"),
  item("10.1", "10.1", "The ISMS is continually improved", "10.1-improvement-pursued"),
  item("10.2 a", "10.2", "A nonconformity is reacted to: controlled, corrected, its consequences dealt with", "10.2-reaction-and-root-cause", "10.2-audit-findings-followed-up"),
  item("10.2 b", "10.2", "The need to remove its causes is evaluated", "10.2-reaction-and-root-cause"),
  item("10.2 c", "10.2", "The action needed is implemented", "10.2-corrective-actions-on-time", "10.2-certification-nonconformities-corrected"),
  item("10.2 d", "10.2", "The effectiveness of corrective action is reviewed", "10.2-effectiveness-reviewed"),
  unchecked("10.2 e", "10.2", "The ISMS is changed when needed", "whether a nonconformity called for a change to the ISMS is a judgement the data does not record"),
  item("10.2 f", "10.2", "The nature of nonconformities and the actions taken are documented", "10.2-audit-findings-followed-up", "10.2-reaction-and-root-cause"),
  item("10.2 g", "10.2", "The results of corrective action are documented", "10.2-effectiveness-reviewed"),
]);
