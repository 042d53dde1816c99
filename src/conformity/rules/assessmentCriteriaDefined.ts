import { builtInRule } from "../_lib/builtInRule";

/** 6.1.2 a 2: criteria for performing risk assessments are defined. @category Conformity */
export const assessmentCriteriaDefined = builtInRule({
  id: "6.1.2-assessment-criteria",
  clause: "6.1.2",
  title: "Criteria for performing risk assessments are defined",
  description:
    "The risk method says how and when assessments are carried out (`riskMethod.criteria`: who takes part, the horizon, how impact and likelihood are judged). Minor when it does not.",
  severity: "minor",
  stage: 1,
  hint: "Describe in `riskMethod.criteria` how risks are identified and rated, by whom and on which occasions.",
  check(isms) {
    const method = isms.riskMethod;
    if (method === undefined) return { notAssessable: "no risk method is defined" };
    if (method.criteria !== undefined && /\S/.test(method.criteria)) return [];
    return [{ message: "the risk method does not state the criteria for performing risk assessments", refs: ["/riskMethod"] }];
  },
});
