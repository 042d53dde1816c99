import { builtInRule } from "../_lib/builtInRule";
import { isSystemic } from "../_lib/grading";
import { hasProblem } from "../_lib/soa";
import { listForMessage, plural } from "../_lib/text";

/** 6.1.3 c, d: every Annex A control has an applicability decision. @category Conformity */
export const soaComplete = builtInRule({
  id: "6.1.3-soa-complete",
  clause: "6.1.3",
  title: "The Statement of Applicability covers all 93 Annex A controls",
  description:
    "Each Annex A control has a decision in `controls`: applicable (`true`) or excluded (`false`). Major when there is no decision at all, or when more than a quarter (and at least 3) of the controls are undecided; minor when a few are.",
  severity: "minor",
  stage: 1,
  hint: "Decide for each Annex A control whether it is applicable (`controls[].applicable: true`) or excluded (`false`, with a justification).",
  check(isms, { statementOfApplicability, gradingPolicy }) {
    if (isms.controls.length === 0) {
      return [{ severity: "major", message: "there is no Statement of Applicability: no Annex A control has an applicability decision", refs: ["/controls"] }];
    }
    const annexA = statementOfApplicability.rows.filter((row) => row.source === "annex-a");
    const undecided = annexA.filter((row) => hasProblem(row, "undecided"));
    if (undecided.length === 0) return [];
    const refs = undecided.map((row) => row.pointer ?? "/controls");
    return [
      {
        severity: isSystemic(undecided.length, annexA.length, gradingPolicy) ? "major" : "minor",
        message: `${plural(undecided.length, "Annex A control")} of ${annexA.length} ${undecided.length === 1 ? "has" : "have"} no applicability decision: ${listForMessage(undecided.map((row) => row.controlId), 12)}`,
        refs: [...new Set(refs)],
      },
    ];
  },
});
