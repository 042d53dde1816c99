import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { quote } from "../_lib/text";

/** 6.1.2 d, e: residual ratings are consistent with the inherent rating and the controls. @category Conformity */
export const ratingsConsistent = builtInRule({
  id: "6.1.2-ratings-consistent",
  clause: "6.1.2",
  title: "Residual ratings are consistent",
  description:
    "A residual rating is not above the inherent one (minor), and a residual rating lowered below the inherent one is explained by controls, avoidance or sharing (an opportunity for improvement when it is not).",
  severity: "minor",
  stage: 1,
  hint: "Re-rate the risk, or record the controls that justify the lower residual rating (`treatment.controlIds`).",
  check(isms, { riskRegister }) {
    if (riskRegister === undefined) return { notAssessable: "the risk register cannot be built from the document's risk method and ratings" };
    const out: ConformityRuleFinding[] = [];
    // Indexed loops: this visits every entry of the register and each of its flags.
    const { entries } = riskRegister;
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      for (let k = 0; k < entry.flags.length; k++) {
        const flag = entry.flags[k]!;
        if (flag.code === "residual-above-inherent") out.push({ message: `risk ${quote(entry.title)}: ${flag.message}`, refs: [flag.pointer] });
        if (flag.code === "lowered-without-controls") out.push({ severity: "ofi", message: `risk ${quote(entry.title)}: ${flag.message}`, refs: [flag.pointer] });
      }
    }
    return out;
  },
});
