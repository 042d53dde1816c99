import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 9.1 b, c, d, f: how, when and by whom measuring is done is determined. @category Conformity */
export const measurementPlan = builtInRule({
  id: "9.1-measurement-plan",
  clause: "9.1",
  title: "Each measurement says how, when and by whom",
  description:
    "Each measurement states its method (9.1 b), when it is taken (frequency or interval, c), who takes it (d) and who analyses and evaluates the results (f). Minor for each measurement that lacks any of them.",
  severity: "minor",
  stage: 1,
  hint: "Fill in `method`, `frequency` or `intervalMonths`, `responsibleId` and `analystId`.",
  check(isms) {
    if (isms.measurements.length === 0) return { notAssessable: "no measurement is defined" };
    const out: ConformityRuleFinding[] = [];
    isms.measurements.forEach((m, i) => {
      const gaps = [
        ...(m.method === undefined ? ["a method"] : []),
        ...(m.frequency === undefined && m.intervalMonths === undefined ? ["when it is taken"] : []),
        ...(m.responsibleId === undefined ? ["who takes it"] : []),
        ...(m.analystId === undefined ? ["who analyses and evaluates the results"] : []),
      ];
      if (gaps.length > 0) out.push({ message: `measurement ${quote(m.name)} does not state ${listForMessage(gaps)}`, refs: [pointer("measurements", i)] });
    });
    return out;
  },
});
