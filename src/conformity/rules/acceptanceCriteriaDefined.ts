import { resolveRiskMethod } from "../../risk/resolveRiskMethod";
import { RiskMethodError } from "../../method/RiskMethodError";
import { builtInRule } from "../_lib/builtInRule";

/** 6.1.2 a 1: risk acceptance criteria are defined. @category Conformity */
export const acceptanceCriteriaDefined = builtInRule({
  id: "6.1.2-acceptance-criteria",
  clause: "6.1.2",
  title: "Risk acceptance criteria are defined",
  description: "The risk method states which risk levels are acceptable (`riskMethod.acceptance`, or the matrix's own). Major when it does not.",
  severity: "major",
  stage: 1,
  hint: "Set `riskMethod.acceptance.maxLevel` to the highest level a risk owner may accept, and describe the criteria.",
  check(isms) {
    if (isms.riskMethod === undefined) return { notAssessable: "no risk method is defined" };
    try {
      if (resolveRiskMethod(isms).acceptance !== undefined) return [];
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      return { notAssessable: "the risk method cannot be used" };
    }
    return [{ message: "no risk acceptance criteria are defined: the method does not say which risk levels are acceptable", refs: ["/riskMethod"] }];
  },
});
