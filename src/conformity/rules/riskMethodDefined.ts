import { resolveRiskMethod } from "../../risk/resolveRiskMethod";
import { RiskMethodError } from "../../method/RiskMethodError";
import { builtInRule } from "../_lib/builtInRule";

/** 6.1.2: a risk assessment process (method) is defined. @category Conformity */
export const riskMethodDefined = builtInRule({
  id: "6.1.2-risk-method-defined",
  clause: "6.1.2",
  title: "A risk assessment method is defined",
  description:
    "The document defines a usable risk method (`riskMethod`: a built-in preset or an embedded matrix), so that assessments give consistent, comparable results. Major when there is none or it cannot be used.",
  severity: "major",
  stage: 1,
  hint: "Set `riskMethod` to a preset (\"5x5\", \"3x3\" …) or embed your own matrix, with acceptance criteria and an assessment interval.",
  check(isms) {
    if (isms.riskMethod === undefined) return [{ message: "no risk assessment method is defined", refs: [""] }];
    try {
      resolveRiskMethod(isms);
      return [];
    } catch (error) {
      if (!(error instanceof RiskMethodError)) throw error;
      return [{ message: `the risk assessment method cannot be used: ${error.issues.map((i) => i.message).join("; ")}`, refs: ["/riskMethod"] }];
    }
  },
});
