import { builtInRule } from "../_lib/builtInRule";
import { currentPolicies } from "../_lib/selectors";
import { quote } from "../_lib/text";

/** 5.2 g: the policy is available to interested parties. @category Conformity */
export const policyAvailable = builtInRule({
  id: "5.2-policy-available",
  clause: "5.2",
  title: "The policy is available to interested parties",
  description:
    "The current information security policy is available to interested parties, as appropriate: it is classified public, or an external communication (or one to interested parties) carries it. Minor when neither is so.",
  severity: "minor",
  stage: 2,
  hint: "Publish the policy (classify it `public`), or record how interested parties get it — a communication to them that lists the policy document.",
  check(isms) {
    const policies = currentPolicies(isms);
    if (policies.length === 0) return { notAssessable: "there is no information security policy" };
    if (policies.some((p) => /^public$/i.test(p.value.classification ?? ""))) return [];
    const ids = new Set(policies.map((p) => p.value.id));
    if (isms.communications.some((c) => (c.direction === "external" || c.interestedPartyIds.length > 0) && c.documentIds.some((id) => ids.has(id)))) return [];
    return [
      {
        message: `the information security policy ${quote(policies[0]!.value.title)} is not classified public and no communication makes it available to interested parties`,
        refs: [policies[0]!.pointer, "/communications"],
      },
    ];
  },
});
