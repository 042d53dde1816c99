import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";

/** 4.1 (Amendment 1:2024): whether climate change is a relevant issue is determined. @category Conformity */
export const climateChangeDetermined = builtInRule({
  id: "4.1-climate-change-determined",
  clause: "4.1",
  title: "Whether climate change is a relevant issue is determined",
  description:
    "Since Amendment 1:2024 the organisation decides whether climate change is relevant to its ISMS (`context.climateChange`). Minor when undecided; an opportunity for improvement when the decision has no rationale, or is 'relevant' without a context issue that expresses it.",
  severity: "minor",
  stage: 1,
  hint: "Set `context.climateChange` with `relevant`, a `rationale`, and, when relevant, the `issueIds` of the context issues that express it.",
  check(isms) {
    const assessment = isms.context?.climateChange;
    if (assessment === undefined) {
      return [
        {
          message: "whether climate change is a relevant issue for the ISMS has not been determined (required since Amendment 1:2024)",
          refs: [isms.context ? "/context" : ""],
        },
      ];
    }
    const out: ConformityRuleFinding[] = [];
    const noRationale = assessment.rationale === undefined || !/\S/.test(assessment.rationale);
    if (noRationale) {
      out.push({
        severity: "ofi" as const,
        message: `climate change was judged ${assessment.relevant ? "relevant" : "not relevant"} but no rationale records why`,
        refs: ["/context/climateChange"],
      });
    }
    const climateIssue = (isms.context?.issues ?? []).some((i) => i.climateRelated === true);
    if (assessment.relevant && assessment.issueIds.length === 0 && !climateIssue) {
      out.push({
        severity: "ofi" as const,
        message: "climate change was judged relevant but no context issue expresses how it affects the ISMS",
        refs: ["/context/climateChange"],
        hint: "Add a context issue marked `climateRelated` and list it in `context.climateChange.issueIds`.",
      });
    }
    return out;
  },
});
