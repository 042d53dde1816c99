import { builtInRule } from "../_lib/builtInRule";

/** 6.1.1 e: how to evaluate the effectiveness of the planned actions is planned. @category Conformity */
export const effectivenessEvaluated = builtInRule({
  id: "6.1.1-effectiveness-evaluated",
  clause: "6.1.1",
  title: "The effectiveness of risk actions is evaluated",
  description:
    "The actions taken on risks are evaluated: a measurement covers at least one control selected to treat a risk, or an objective tracks a risk. An opportunity for improvement otherwise.",
  severity: "ofi",
  stage: 2,
  hint: "Measure the key controls selected by risk treatment (`measurements[].controlIds`) or set objectives on the main risks (`objectives[].riskIds`).",
  check(isms, { statementOfApplicability }) {
    // The controls an open risk selects: the Statement of Applicability's rows with risks.
    const selected = new Set(statementOfApplicability.rows.filter((row) => row.riskIds.length > 0).map((row) => row.controlId));
    if (selected.size === 0) return { notAssessable: "no open risk selects a control" };
    const measured = isms.measurements.some((m) => m.controlIds.some((id) => selected.has(id)));
    const tracked = isms.objectives.some((o) => o.status !== "cancelled" && o.riskIds.length > 0);
    if (measured || tracked) return [];
    return [{ message: "no measurement covers a control selected by risk treatment and no objective tracks a risk, so effectiveness is not evaluated", refs: ["/measurements", "/objectives"] }];
  },
});
