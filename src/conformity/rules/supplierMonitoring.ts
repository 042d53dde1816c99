import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 5.22: suppliers are monitored and reviewed. @category Conformity */
export const supplierMonitoring = builtInRule({
  id: "A.5.22-supplier-monitoring",
  controlId: "5.22",
  title: "Important suppliers are reviewed on time",
  description:
    "When control 5.22 is applicable, every active supplier rated high or critical has been assessed within its own assessment interval, else the organisation's (`parameters.supplierReviewIntervalMonths`). Minor for each one that has not.",
  severity: "minor",
  stage: 2,
  hint: "Assess the supplier's security (questionnaire, certificate, audit report) and record `lastAssessedOn`.",
  reads: ["suppliers"],
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("5.22", index);
    if (skip) return skip;
    const important = isms.suppliers.flatMap((s, i) => (s.status === "active" && (s.criticality === "high" || s.criticality === "critical") ? [{ s, ref: pointer("suppliers", i) }] : []));
    if (important.length === 0) return { notAssessable: "no active supplier is rated high or critical" };
    const fallback = parameters.supplierReviewIntervalMonths;
    return important.flatMap(({ s, ref }) => {
      if (s.lastAssessedOn === undefined) return [{ message: `${s.criticality} supplier ${quote(s.name)} has never been assessed`, refs: [ref] }];
      const own = s.assessmentIntervalMonths;
      const due = shiftMonths(s.lastAssessedOn, own ?? fallback.value);
      if (due >= asOf) return [];
      return [
        {
          message: `${s.criticality} supplier ${quote(s.name)} was due for reassessment on ${due} (last assessed ${s.lastAssessedOn}; every ${own !== undefined ? `${own} months (its own interval)` : describeParameter(fallback)})`,
          refs: [`${ref}/lastAssessedOn`],
          ...(own === undefined ? { parameters: [fallback] } : {}),
        },
      ];
    });
  },
});
