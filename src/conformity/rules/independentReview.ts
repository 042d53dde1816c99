import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { DEFAULT_INTERVAL_MONTHS, shiftMonths } from "../_lib/dates";
import { auditDay } from "../_lib/selectors";

/** Annex A 5.35: information security is reviewed independently. @category Conformity */
export const independentReview = builtInRule({
  id: "A.5.35-independent-review",
  controlId: "5.35",
  title: "Information security is reviewed independently",
  description: `When control 5.35 is applicable, an independent review — a certification body's audit, or an audit by an external auditor — was completed in the last ${DEFAULT_INTERVAL_MONTHS} months. Minor when none was.`,
  severity: "minor",
  stage: 2,
  hint: "Have the ISMS reviewed independently (external auditor, certification audit, penetration test) at least yearly, and record it in `audits`.",
  check(isms, { asOf, index }) {
    const skip = unlessApplicable("5.35", index);
    if (skip) return skip;
    const since = shiftMonths(asOf, -DEFAULT_INTERVAL_MONTHS);
    const independent = isms.audits.some((a) => {
      const day = auditDay(a);
      if (a.status !== "completed" || day === undefined || day > asOf || day < since || a.type === "supplier") return false;
      if (a.type !== "internal" && a.type !== "other") return true;
      return a.externalAuditor !== undefined || a.auditorIds.some((id) => index.people.get(id)?.value.external === true);
    });
    if (independent) return [];
    return [{ message: `control 5.35 is applicable but no independent review was completed since ${since}`, refs: [index.controls.get("5.35")!.pointer, "/audits"] }];
  },
});
