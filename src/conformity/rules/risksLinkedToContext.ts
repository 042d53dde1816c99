import { builtInRule } from "../_lib/builtInRule";

/** 6.1.1: risks are determined from the context and requirements. @category Conformity */
export const risksLinkedToContext = builtInRule({
  id: "6.1.1-risks-linked-to-context",
  clause: "6.1.1",
  title: "Risks are traced to the context",
  description:
    "Planning starts from the issues of 4.1 and the requirements of 4.2: at least one open risk names the context issues it comes from (`risks[].contextIssueIds`). An opportunity for improvement when no risk does.",
  severity: "ofi",
  stage: 1,
  hint: "Link risks to the context issues that give rise to them (`contextIssueIds`).",
  check(isms) {
    const open = isms.risks.filter((r) => r.status === "open");
    if (open.length === 0) return { notAssessable: "no open risk has been recorded" };
    if ((isms.context?.issues.length ?? 0) === 0) return { notAssessable: "no context issue has been recorded" };
    if (open.some((r) => r.contextIssueIds.length > 0)) return [];
    return [{ message: "no open risk is traced to a context issue, so the data does not show that planning considered the context", refs: ["/risks"] }];
  },
});
