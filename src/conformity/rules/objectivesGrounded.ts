import { builtInRule } from "../_lib/builtInRule";

/** 6.2 c: objectives take requirements and risk results into account. @category Conformity */
export const objectivesGrounded = builtInRule({
  id: "6.2-objectives-grounded",
  clause: "6.2",
  title: "Objectives take requirements and risks into account",
  description:
    "The objectives as a set take into account the applicable information security requirements and the results of risk assessment and treatment: at least one live objective names the risks (`riskIds`) or requirements (`requirementIds`) it answers. Minor when none does.",
  severity: "minor",
  stage: 1,
  hint: "Link objectives to the risks and requirements that call for them (`objectives[].riskIds`, `requirementIds`).",
  check(isms) {
    const live = isms.objectives.filter((o) => o.status !== "cancelled");
    if (live.length === 0) return { notAssessable: "no objective has been established" };
    if (live.some((o) => o.riskIds.length > 0 || o.requirementIds.length > 0)) return [];
    return [{ message: "no objective names a risk or a requirement it answers, so the data does not show that the objectives take them into account", refs: ["/objectives"] }];
  },
});
