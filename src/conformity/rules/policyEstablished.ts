import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { currentPolicies } from "../_lib/selectors";
import { quote } from "../_lib/text";

/** 5.2: top management has established an information security policy. @category Conformity */
export const policyEstablished = builtInRule({
  id: "5.2-policy-established",
  clause: "5.2",
  title: "An information security policy is approved by top management",
  description:
    "A current document of type `information-security-policy` exists and is approved by a member of top management. Major when there is none or none is approved (still a draft or in review); minor when the approval is not recorded or was given by someone outside top management.",
  severity: "major",
  stage: 1,
  hint: "Have top management approve the information security policy and record the approval (`documents[].approval`).",
  check(isms, { index }) {
    const policies = currentPolicies(isms);
    if (policies.length === 0) return [{ message: "there is no information security policy", refs: ["/documents"] }];
    const approved = policies.filter((p) => p.value.status === "approved");
    if (approved.length === 0) {
      return policies.map((p) => ({
        message: `the information security policy ${quote(p.value.title)} is ${p.value.status === "in-review" ? "in review" : "a draft"}: it has not been approved`,
        refs: [p.pointer],
      }));
    }
    const out: ConformityRuleFinding[] = [];
    for (const p of approved) {
      const approval = p.value.approval;
      if (approval === undefined) {
        out.push({ severity: "minor", message: `the information security policy ${quote(p.value.title)} is marked approved but the approval is not recorded`, refs: [p.pointer] });
      } else if (index.people.get(approval.approvedById)?.value.topManagement !== true) {
        out.push({
          severity: "minor",
          message: `the information security policy ${quote(p.value.title)} was approved by "${approval.approvedById}", who is not top management`,
          refs: [`${p.pointer}/approval/approvedById`],
        });
      }
    }
    return out;
  },
});
