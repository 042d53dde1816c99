import { builtInRule } from "../_lib/builtInRule";
import { currentPolicies } from "../_lib/selectors";
import { quote } from "../_lib/text";

/** 5.2: the policy is communicated. @category Conformity */
export const policyCommunicated = builtInRule({
  id: "5.2-policy-communicated",
  clause: "5.2",
  title: "The policy is communicated",
  description: "A communication carries the current information security policy (`communications[].documentIds`). Minor when none does.",
  severity: "minor",
  stage: 2,
  hint: "Record how the policy reaches staff and interested parties: a communication that lists the policy document.",
  check(isms) {
    const policies = currentPolicies(isms);
    if (policies.length === 0) return { notAssessable: "there is no information security policy" };
    const ids = new Set(policies.map((p) => p.value.id));
    if (isms.communications.some((c) => c.documentIds.some((id) => ids.has(id)))) return [];
    return [{ message: `no communication carries the information security policy ${quote(policies[0]!.value.title)}`, refs: [policies[0]!.pointer, "/communications"] }];
  },
});
