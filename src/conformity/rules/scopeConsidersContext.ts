import { builtInRule } from "../_lib/builtInRule";
import { listForMessage } from "../_lib/text";

/** 4.3 a, b: the scope takes the issues and the requirements into account. @category Conformity */
export const scopeConsidersContext = builtInRule({
  id: "4.3-scope-considers-context",
  clause: "4.3",
  title: "The scope takes the issues and requirements into account",
  description:
    "In determining its scope the organisation considers the issues of 4.1 (4.3 a) and the requirements of 4.2 (4.3 b): the scope names the context issues (`scope.contextIssueIds`) and the requirements (`scope.requirementIds`) it took into account, when such are recorded. Minor naming what it leaves unconsidered.",
  severity: "minor",
  stage: 1,
  hint: "Record which issues and requirements shaped the scope (`scope.contextIssueIds`, `scope.requirementIds`).",
  check(isms) {
    const scope = isms.scope;
    if (scope === undefined) return { notAssessable: "the document has no scope" };
    const issues = (isms.context?.issues.length ?? 0) > 0;
    const requirements = isms.interestedParties.some((p) => p.relevant && p.requirements.length > 0);
    if (!issues && !requirements) return { notAssessable: "no context issue or requirement of an interested party is recorded" };
    const missing = [
      ...(issues && scope.contextIssueIds.length === 0 ? ["the internal and external issues (4.3 a)"] : []),
      ...(requirements && scope.requirementIds.length === 0 ? ["the interested parties' requirements (4.3 b)"] : []),
    ];
    if (missing.length === 0) return [];
    return [{ message: `the scope does not record that it took into account ${listForMessage(missing)}`, refs: ["/scope"] }];
  },
});
