import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { listForMessage, plural } from "../_lib/text";

/** 6.1.3 b, c, d: the SoA agrees with the risk treatment. @category Conformity */
export const soaAgreesWithTreatment = builtInRule({
  id: "6.1.3-soa-agrees-with-treatment",
  clause: "6.1.3",
  title: "The Statement of Applicability agrees with risk treatment",
  description:
    "A control selected to treat an open risk is not excluded from the Statement of Applicability (minor for each one that is). Applicable controls included for risk treatment are selected by at least one open risk (an opportunity for improvement listing those that are not).",
  severity: "minor",
  stage: 1,
  hint: "Make the control applicable, or change the risk's treatment; keep `reasons: [\"risk-treatment\"]` for controls a risk actually selects.",
  check(isms, { index }) {
    const out: ConformityRuleFinding[] = [];
    for (const [controlId, risks] of index.risksByControl) {
      const record = index.controls.get(controlId);
      if (record?.value.applicable !== false) continue;
      out.push({
        message: `control ${controlId} is excluded from the Statement of Applicability but treats ${plural(risks.length, "open risk")}: ${listForMessage(risks.map((r) => r.value.id))}`,
        refs: [record.pointer, ...risks.map((r) => `${r.pointer}/treatment/controlIds`)],
        controlId,
      });
    }
    const untraced = isms.controls.flatMap((c, i) => (c.applicable === true && c.reasons.includes("risk-treatment") && !index.risksByControl.has(c.id) ? [{ id: c.id, ref: pointer("controls", i) }] : []));
    if (untraced.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(untraced.length, "control")} ${untraced.length === 1 ? "is" : "are"} included for risk treatment but no open risk selects ${untraced.length === 1 ? "it" : "them"}: ${listForMessage(untraced.map((u) => u.id), 12)}`,
        refs: untraced.map((u) => u.ref),
        hint: "Link the control from the risks it treats (`risks[].treatment.controlIds`), or correct its inclusion reasons.",
      });
    }
    return out;
  },
});
