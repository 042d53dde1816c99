import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { listForMessage, plural } from "../_lib/text";
import type { SoaRow } from "../../treatment/SoaRow";

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
  check(_isms, { statementOfApplicability, index }) {
    const out: ConformityRuleFinding[] = [];
    const untraced: SoaRow[] = [];
    for (const row of statementOfApplicability.rows) {
      if (row.applicable === false && row.riskIds.length > 0) {
        const risks = index.risksByControl.get(row.controlId)!;
        out.push({
          message: `control ${row.controlId} is excluded from the Statement of Applicability but treats ${plural(risks.length, "open risk")}: ${listForMessage(risks.map((r) => r.value.id))}`,
          refs: [row.pointer!, ...risks.map((r) => `${r.pointer}/treatment/controlIds`)],
          controlId: row.controlId,
        });
      } else if (row.applicable === true && row.riskIds.length === 0 && row.reasons.includes("risk-treatment")) {
        untraced.push(row);
      }
    }
    if (untraced.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(untraced.length, "control")} ${untraced.length === 1 ? "is" : "are"} included for risk treatment but no open risk selects ${untraced.length === 1 ? "it" : "them"}: ${listForMessage(untraced.map((row) => row.controlId), 12)}`,
        refs: untraced.map((row) => row.pointer!),
        hint: "Link the control from the risks it treats (`risks[].treatment.controlIds`), or correct its inclusion reasons.",
      });
    }
    return out;
  },
});
