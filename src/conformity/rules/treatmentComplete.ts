import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** 6.1.3 a, b: each treatment decision carries what its option needs. @category Conformity */
export const treatmentComplete = builtInRule({
  id: "6.1.3-treatment-complete",
  clause: "6.1.3",
  title: "Each treatment decision is complete",
  description:
    "A risk to be modified names its controls, and a shared risk names with whom it is shared (minor when not); an avoided risk names the activity given up (an opportunity for improvement when not).",
  severity: "minor",
  stage: 1,
  hint: "Complete the treatment: `controlIds` for modify, `sharedWith` or `supplierIds` for share, `avoidedActivity` for avoid.",
  check(isms) {
    const out: ConformityRuleFinding[] = [];
    // The pointer is written only for a risk reported.
    const refOf = (i: number) => pointer("risks", i, "treatment");
    isms.risks.forEach((r, i) => {
      const t = r.treatment;
      if (r.status !== "open" || t === undefined) return;
      if (t.option === "modify" && t.controlIds.length === 0) out.push({ message: `risk ${quote(r.title)} is to be modified but no control is selected`, refs: [refOf(i)] });
      if (t.option === "share" && (t.sharedWith === undefined || !/\S/.test(t.sharedWith)) && t.supplierIds.length === 0) {
        out.push({ message: `risk ${quote(r.title)} is to be shared but nobody to share it with is named`, refs: [refOf(i)] });
      }
      if (t.option === "avoid" && (t.avoidedActivity === undefined || !/\S/.test(t.avoidedActivity))) {
        out.push({ severity: "ofi", message: `risk ${quote(r.title)} is to be avoided but the activity given up is not named`, refs: [refOf(i)] });
      }
    });
    return out;
  },
});
