import { builtInRule } from "../_lib/builtInRule";

/** 4.2 a: the interested parties relevant to the ISMS are determined. @category Conformity */
export const interestedPartiesDetermined = builtInRule({
  id: "4.2-interested-parties-determined",
  clause: "4.2",
  title: "Relevant interested parties are determined",
  description: "At least one interested party is recorded as relevant to the ISMS. Major when none is.",
  severity: "major",
  stage: 1,
  hint: "List in `interestedParties` the customers, regulators, employees, suppliers, owners … that matter to the ISMS.",
  check(isms) {
    if (isms.interestedParties.some((p) => p.relevant)) return [];
    return [{ message: "no interested party relevant to the ISMS has been determined", refs: ["/interestedParties"] }];
  },
});
