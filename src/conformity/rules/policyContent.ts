import { builtInRule } from "../_lib/builtInRule";
import { currentPolicies } from "../_lib/selectors";
import { listForMessage, quote } from "../_lib/text";

/** 5.2 a–d: the policy suits the organisation, frames the objectives and makes the two commitments. @category Conformity */
export const policyContent = builtInRule({
  id: "5.2-policy-content",
  clause: "5.2",
  title: "The policy states its purpose, objectives and commitments",
  description:
    "The current information security policy records (`policyStatement`) how it suits the purpose of the organisation (5.2 a), whether it includes the information security objectives or the framework for setting them (5.2 b), and its commitments to satisfy the applicable requirements (5.2 c) and to continually improve the ISMS (5.2 d). Minor for each policy that lacks any of them.",
  severity: "minor",
  stage: 1,
  hint: "State in the policy how it fits the organisation's purpose, its objectives or their framework, and both commitments, and record them (`documents[].policyStatement`).",
  check(isms) {
    const policies = currentPolicies(isms);
    if (policies.length === 0) return { notAssessable: "there is no information security policy" };
    return policies.flatMap(({ value: d, pointer }) => {
      const statement = d.policyStatement;
      const missing = [
        ...(statement?.purpose === undefined || !/\S/.test(statement.purpose) ? ["how it suits the purpose of the organisation (a)"] : []),
        ...(statement?.objectives === undefined ? ["the objectives or the framework for setting them (b)"] : []),
        ...(statement?.commitments.includes("satisfy-requirements") === true ? [] : ["a commitment to satisfy applicable requirements (c)"]),
        ...(statement?.commitments.includes("continual-improvement") === true ? [] : ["a commitment to continual improvement (d)"]),
      ];
      return missing.length === 0
        ? []
        : [{ message: `the information security policy ${quote(d.title)} does not state ${listForMessage(missing)}`, refs: [statement === undefined ? pointer : `${pointer}/policyStatement`] }];
    });
  },
});
