import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { DEFAULT_INTERVAL_MONTHS, shiftMonths } from "../_lib/dates";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 5.22: suppliers are monitored and reviewed. @category Conformity */
export const supplierMonitoring = builtInRule({
  id: "A.5.22-supplier-monitoring",
  controlId: "5.22",
  title: "Important suppliers are reviewed on time",
  description: `When control 5.22 is applicable, every active supplier rated high or critical has been assessed within its assessment interval (${DEFAULT_INTERVAL_MONTHS} months unless set). Minor for each one that has not.`,
  severity: "minor",
  stage: 2,
  hint: "Assess the supplier's security (questionnaire, certificate, audit report) and record `lastAssessedOn`.",
  check(isms, { asOf, index }) {
    const skip = unlessApplicable("5.22", index);
    if (skip) return skip;
    const important = isms.suppliers.flatMap((s, i) => (s.status === "active" && (s.criticality === "high" || s.criticality === "critical") ? [{ s, ref: pointer("suppliers", i) }] : []));
    if (important.length === 0) return { notAssessable: "no active supplier is rated high or critical" };
    return important.flatMap(({ s, ref }) => {
      if (s.lastAssessedOn === undefined) return [{ message: `${s.criticality} supplier ${quote(s.name)} has never been assessed`, refs: [ref] }];
      const due = shiftMonths(s.lastAssessedOn, s.assessmentIntervalMonths ?? DEFAULT_INTERVAL_MONTHS);
      return due < asOf ? [{ message: `${s.criticality} supplier ${quote(s.name)} was due for reassessment on ${due} (last assessed ${s.lastAssessedOn})`, refs: [`${ref}/lastAssessedOn`] }] : [];
    });
  },
});
