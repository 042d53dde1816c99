import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.2 e, 6.1.3, 8.3: risks above the acceptance criteria are prioritised for treatment. @category Conformity */
export const risksPrioritised = builtInRule({
  id: "6.1.2-risks-prioritised",
  clause: "6.1.2",
  title: "Risks above the acceptance criteria are prioritised for treatment",
  description: `Risk evaluation compares each risk with the acceptance criteria and prioritises those above them: every open risk whose current level exceeds the criteria, with a treatment decided, is in a treatment plan still running or has a current acceptance. Minor for each that has neither (one waiting for controls with no plan at all is reported by 6.1.3); ${SYSTEMIC_RULE} (of the risks above the criteria).`,
  severity: "minor",
  stage: 1,
  hint: "Put the risk in a treatment plan with owners and dates (`treatmentPlans[].riskIds`), or have it accepted by whom the criteria authorise.",
  check(isms, { riskRegister, index, gradingPolicy }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    if (riskRegister.method.acceptance === undefined) return { notAssessable: "no risk acceptance criteria are defined" };
    const above = riskRegister.entries.filter((e) => e.status === "open" && e.meetsAcceptanceCriteria === false && e.treatmentOption !== undefined);
    if (above.length === 0) return { notAssessable: "no open risk with a treatment decision is above the acceptance criteria" };
    const implemented = (id: string) => {
      const c = index.controls.get(id)?.value;
      return c?.applicable === true && c.implementationStatus === "implemented";
    };
    const neglected = above.filter((e) => {
      if (e.acceptance.state === "accepted" || e.plan.status === "planned" || e.plan.status === "in-progress") return false;
      const waitingWithoutPlan = e.treatmentOption === "modify" && e.plan.status === "none" && e.controlIds.some((id) => !implemented(id));
      return !waitingWithoutPlan;
    });
    const level = (e: (typeof above)[number]) => (e.residual ?? e.inherent)!.level;
    return gradeItems(
      neglected,
      above.length,
      gradingPolicy,
      (e) => ({
        message: `risk ${quote(e.title)} is at ${level(e)}, above the acceptance criteria (${riskRegister.method.acceptance!.maxLevel}), but no treatment plan is running for it and no acceptance is current${e.plan.status === "complete" ? " (its plan is complete, yet the risk is still above the criteria)" : ""}`,
        refs: [e.pointer],
      }),
      (all) => ({
        message: `${all.length} of ${above.length} risks above the acceptance criteria are neither being treated nor accepted: ${listForMessage(all.map((e) => e.riskId))}`,
        refs: all.map((e) => e.pointer),
      }),
    );
  },
});
