import type { Risk } from "../../model/RiskSchema";
import { builtInRule } from "../_lib/builtInRule";
import { gradeItems, SYSTEMIC_RULE } from "../_lib/grading";
import { pointer } from "../_lib/pointers";
import { listForMessage, quote } from "../_lib/text";

/** 6.1.3 e: a risk treatment plan covers the risks still being treated. @category Conformity */
export const treatmentPlanDefined = builtInRule({
  id: "6.1.3-treatment-plan",
  clause: "6.1.3",
  title: "A risk treatment plan covers the risks being treated",
  description: `Every open risk to be modified whose selected controls are not all implemented is covered by a treatment plan. Major when such risks exist and there is no plan at all; minor for each risk left out of the plans; ${SYSTEMIC_RULE} (of those risks).`,
  severity: "minor",
  stage: 1,
  hint: "Add the risk to a treatment plan (`treatmentPlans[].riskIds`) with the actions, owners and dates that will implement its controls.",
  check(isms, { index, gradingPolicy }) {
    const implemented = (id: string) => {
      const c = index.controls.get(id)?.value;
      return c?.applicable === true && c.implementationStatus === "implemented";
    };
    // The pointer of a risk is built only when it is reported.
    const needing: { r: Risk; i: number }[] = [];
    for (let i = 0; i < isms.risks.length; i++) {
      const r = isms.risks[i]!;
      if (r.status === "open" && r.treatment?.option === "modify" && r.treatment.controlIds.some((id) => !implemented(id))) needing.push({ r, i });
    }
    if (needing.length === 0) return { notAssessable: "no open risk is waiting for controls to be implemented" };
    if (isms.treatmentPlans.length === 0) {
      return [
        {
          severity: "major",
          message: `there is no risk treatment plan, although ${needing.length} open risks wait for controls to be implemented: ${listForMessage(needing.map((n) => n.r.id))}`,
          refs: ["/treatmentPlans", ...needing.map((n) => pointer("risks", n.i))],
        },
      ];
    }
    const planned = new Set<string>();
    for (const plan of isms.treatmentPlans) for (const id of plan.riskIds) planned.add(id);
    const missing = needing.filter(({ r }) => !planned.has(r.id));
    return gradeItems(
      missing,
      needing.length,
      gradingPolicy,
      ({ r, i }) => ({ message: `risk ${quote(r.title)} waits for controls to be implemented but no treatment plan covers it`, refs: [pointer("risks", i)] }),
      (all) => ({ message: `${all.length} of ${needing.length} risks waiting for controls are in no treatment plan: ${listForMessage(all.map((a) => a.r.id))}`, refs: all.map((a) => pointer("risks", a.i)) }),
    );
  },
});
