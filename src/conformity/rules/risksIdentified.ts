import { builtInRule } from "../_lib/builtInRule";

/** 6.1.2 c: risks are identified. @category Conformity */
export const risksIdentified = builtInRule({
  id: "6.1.2-risks-identified",
  clause: "6.1.2",
  title: "Information security risks are identified",
  description: "The risk register holds the results of a risk assessment. Major when it is empty; an opportunity for improvement when every risk is closed.",
  severity: "major",
  stage: 1,
  hint: "Carry out a risk assessment and record the risks, with owners, ratings and treatment, in `risks`.",
  check(isms) {
    if (isms.risks.length === 0) return [{ message: "no information security risk has been identified: the risk register is empty", refs: ["/risks"] }];
    if (isms.risks.every((r) => r.status === "closed")) {
      return [{ severity: "ofi", message: "every risk in the register is closed; no current risk is recorded", refs: ["/risks"] }];
    }
    return [];
  },
});
