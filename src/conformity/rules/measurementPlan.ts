import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural, quote } from "../_lib/text";

/** 9.1 b–f: how, when and by whom measuring is done is determined. @category Conformity */
export const measurementPlan = builtInRule({
  id: "9.1-measurement-plan",
  clause: "9.1",
  title: "Each measurement says how, when and by whom",
  description:
    "Each measurement states its method, when it is taken (frequency or interval) and who takes it — minor for each that does not — and who analyses the results — an opportunity for improvement listing those that do not.",
  severity: "minor",
  stage: 1,
  hint: "Fill in `method`, `frequency` or `intervalMonths`, `responsibleId` and `analystId`.",
  check(isms) {
    if (isms.measurements.length === 0) return { notAssessable: "no measurement is defined" };
    const out: ConformityRuleFinding[] = [];
    const noAnalyst: { id: string; ref: string }[] = [];
    isms.measurements.forEach((m, i) => {
      const gaps = [
        ...(m.method === undefined ? ["a method"] : []),
        ...(m.frequency === undefined && m.intervalMonths === undefined ? ["when it is taken"] : []),
        ...(m.responsibleId === undefined ? ["who takes it"] : []),
      ];
      if (gaps.length > 0) out.push({ message: `measurement ${quote(m.name)} does not state ${listForMessage(gaps)}`, refs: [pointer("measurements", i)] });
      if (m.analystId === undefined) noAnalyst.push({ id: m.id, ref: pointer("measurements", i) });
    });
    if (noAnalyst.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(noAnalyst.length, "measurement")} ${noAnalyst.length === 1 ? "names" : "name"} nobody to analyse and evaluate the results: ${listForMessage(noAnalyst.map((n) => n.id))}`,
        refs: noAnalyst.map((n) => n.ref),
      });
    }
    return out;
  },
});
