import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 f: risk owners accept the residual risks. @category Conformity */
export const residualRiskAccepted = builtInRule({
  id: "6.1.3-residual-risk-accepted",
  clause: "6.1.3",
  title: "Risk owners accept the residual risks",
  description: `An open risk whose treatment is settled — retained, or shared or modified with no treatment plan still running — has its owner's acceptance of the residual risk. Risks still under treatment and avoided risks are not expected to have it yet. Minor for each risk without acceptance; ${SYSTEMIC_RULE} (of the settled risks).`,
  severity: "minor",
  stage: 1,
  hint: "Record the risk owner's acceptance of the residual risk (`risks[].acceptance`: who, when, until when, which rating).",
  check(isms, { riskRegister, gradingPolicy }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    const settled = riskRegister.entries.filter(
      (e) =>
        e.status === "open" &&
        e.treatmentOption !== undefined &&
        e.treatmentOption !== "avoid" &&
        (e.treatmentOption === "retain" || e.plan.status === "none" || e.plan.status === "complete"),
    );
    if (settled.length === 0) return { notAssessable: "no open risk has a settled treatment" };
    const missing = settled.filter((e) => e.acceptance.state === "missing");
    return gradeItems(
      missing,
      settled.length,
      gradingPolicy,
      (e) => ({ message: `the residual risk of ${quote(e.title)} (${e.treatmentOption}) has not been accepted by its owner`, refs: [e.pointer] }),
      (all) => ({ message: `${all.length} of ${settled.length} settled risks have no acceptance of their residual risk: ${listForMessage(all.map((e) => e.riskId))}`, refs: all.map((e) => e.pointer) }),
    );
  },
});
