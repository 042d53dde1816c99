import { builtInRule } from "../_lib/builtInRule";
import { currentPolicies } from "../_lib/selectors";
import { quote } from "../_lib/text";

/** 5.2 f: the policy is communicated within the organisation. @category Conformity */
export const policyCommunicated = builtInRule({
  id: "5.2-policy-communicated",
  clause: "5.2",
  title: "The policy is communicated within the organisation",
  description:
    "A communication within the organisation carries the current information security policy (`communications[].documentIds`, internal). Minor when none does. Not assessable when no communication is recorded at all: 7.4 reports that once.",
  severity: "minor",
  stage: 2,
  hint: "Record how the policy reaches staff and interested parties: a communication that lists the policy document.",
  check(isms) {
    const policies = currentPolicies(isms);
    if (policies.length === 0) return { notAssessable: "there is no information security policy" };
    if (isms.communications.length === 0) return { notAssessable: "no communication is recorded (reported by 7.4)" };
    const ids = new Set(policies.map((p) => p.value.id));
    if (isms.communications.some((c) => c.direction === "internal" && c.documentIds.some((id) => ids.has(id)))) return [];
    return [{ message: `no communication within the organisation carries the information security policy ${quote(policies[0]!.value.title)}`, refs: [policies[0]!.pointer, "/communications"] }];
  },
});
