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
  check(isms, { index, gradingPolicy, riskRegister }) {
    const implemented = (id: string) => {
      const c = index.controls.get(id)?.value;
      return c?.applicable === true && c.implementationStatus === "implemented";
    };
    // Loops, not `some` with a closure per risk, and the risks' positions, not an object per risk:
    // this runs over every risk; the pointer of a risk is built only when it is reported.
    const waits = (controlIds: readonly string[]) => {
      for (let k = 0; k < controlIds.length; k++) if (!implemented(controlIds[k]!)) return true;
      return false;
    };
    const needing: number[] = [];
    for (let i = 0; i < isms.risks.length; i++) {
      const r = isms.risks[i]!;
      if (r.status === "open" && r.treatment?.option === "modify" && waits(r.treatment.controlIds)) needing.push(i);
    }
    if (needing.length === 0) return { notAssessable: "no open risk is waiting for controls to be implemented" };
    const risk = (i: number): Risk => isms.risks[i]!;
    if (isms.treatmentPlans.length === 0) {
      return [
        {
          severity: "major",
          message: `there is no risk treatment plan, although ${needing.length} open risks wait for controls to be implemented: ${listForMessage(needing.map((i) => risk(i).id))}`,
          refs: ["/treatmentPlans", ...needing.map((i) => pointer("risks", i))],
        },
      ];
    }
    // Whether a plan names the risk: the register's answer (the plans it found per risk) when it
    // was built from these risks, else a set of the ids the plans name.
    const entries = riskRegister?.entries;
    const aligned = entries !== undefined && entries.length === isms.risks.length;
    let planned: Set<string> | undefined;
    const inPlan = (i: number): boolean => {
      const entry = aligned ? entries[i]! : undefined;
      if (entry !== undefined && entry.riskId === risk(i).id) return entry.plan.planIds.length > 0;
      if (planned === undefined) {
        planned = new Set<string>();
        for (const plan of isms.treatmentPlans) for (const id of plan.riskIds) planned.add(id);
      }
      return planned.has(risk(i).id);
    };
    const missing = needing.filter((i) => !inPlan(i));
    return gradeItems(
      missing,
      needing.length,
      gradingPolicy,
      (i) => ({ message: `risk ${quote(risk(i).title)} waits for controls to be implemented but no treatment plan covers it`, refs: [pointer("risks", i)] }),
      (all) => ({ message: `${all.length} of ${needing.length} risks waiting for controls are in no treatment plan: ${listForMessage(all.map((i) => risk(i).id))}`, refs: all.map((i) => pointer("risks", i)) }),
    );
  },
});
