import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { listForMessage, plural, quote } from "../_lib/text";

/** 8.3: the results of risk treatment are recorded. @category Conformity */
export const treatmentResultsRecorded = builtInRule({
  id: "8.3-treatment-results-recorded",
  clause: "8.3",
  title: "The results of risk treatment are recorded",
  description:
    "When a risk's treatment plan is complete, its residual rating is recorded and the controls it selected are implemented (minor for each risk where not). Treated risks still without a residual rating are listed as an opportunity for improvement.",
  severity: "minor",
  stage: 2,
  hint: "Re-rate the risk once treatment is done (`residual`), and update the implementation status of its controls.",
  check(isms, { riskRegister, index }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    const treated = riskRegister.entries.filter((e) => e.status === "open" && e.treatmentOption !== undefined && e.treatmentOption !== "avoid");
    if (treated.length === 0) return { notAssessable: "no open risk is being treated" };
    const out: ConformityRuleFinding[] = [];
    const unrated: string[] = [];
    const unratedRefs: string[] = [];
    for (let i = 0; i < treated.length; i++) {
      const e = treated[i]!;
      if (e.plan.status === "complete") {
        const gaps: string[] = [];
        if (e.residual === undefined) gaps.push("no residual rating is recorded");
        const pending = e.controlIds.filter((id) => {
          const c = index.controls.get(id)?.value;
          return c?.applicable === true && c.implementationStatus !== "implemented";
        });
        if (pending.length > 0) gaps.push(`control${pending.length === 1 ? "" : "s"} ${listForMessage(pending)} ${pending.length === 1 ? "is" : "are"} not implemented`);
        if (gaps.length > 0) out.push({ message: `the treatment plan for risk ${quote(e.title)} is complete but ${gaps.join(" and ")}`, refs: [e.pointer] });
      } else if (e.residual === undefined) {
        unrated.push(e.riskId);
        unratedRefs.push(e.pointer);
      }
    }
    if (unrated.length > 0) {
      out.push({ severity: "ofi", message: `${plural(unrated.length, "treated risk")} ${unrated.length === 1 ? "has" : "have"} no residual rating yet: ${listForMessage(unrated)}`, refs: unratedRefs });
    }
    return out;
  },
});
