import { builtInRule } from "../_lib/builtInRule";

/** 6.1.1 a–c: opportunities are determined, not only risks. @category Conformity */
export const opportunitiesDetermined = builtInRule({
  id: "6.1.1-opportunities-determined",
  clause: "6.1.1",
  title: "Opportunities are determined as well as risks",
  description:
    "Planning the ISMS determines the opportunities, as well as the risks, that need addressing so the ISMS achieves its outcomes and improves (6.1.1 a–c): at least one opportunity is recorded (`opportunities`). Minor when none is.",
  severity: "minor",
  stage: 1,
  hint: "Record the opportunities the issues and requirements open up (`opportunities`, with the `contextIssueIds` or `requirementIds` they arise from) and what you will do about them.",
  check(isms) {
    if (isms.opportunities.length > 0) return [];
    if ((isms.context?.issues.length ?? 0) === 0 && isms.risks.length === 0) return { notAssessable: "no context issue or risk has been recorded yet" };
    return [{ message: "no opportunity has been determined: planning the ISMS considered risks only", refs: ["/opportunities"] }];
  },
});
