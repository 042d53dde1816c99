import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { isCertificationBodyAudit } from "../_lib/certificationAudits";
import { shiftMonths } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { auditDay, isActivePerson } from "../_lib/selectors";

/** Annex A 5.35: information security is reviewed independently. @category Conformity */
export const independentReview = builtInRule({
  id: "A.5.35-independent-review",
  controlId: "5.35",
  title: "Information security is reviewed independently",
  description:
    "When control 5.35 is applicable, an independent review was completed within the organisation's interval (`parameters.independentReviewIntervalMonths`): a certification body's audit, an audit by an external auditor, or an internal audit by auditors independent of the ISMS's management — none of them holds a role with ISMS duties or is among the auditees. Minor when none was.",
  severity: "minor",
  stage: 2,
  hint: "Have the ISMS reviewed independently — an external auditor, the certification body, or an internal audit function that does not manage the ISMS — and record it in `audits`.",
  reads: ["audits", "roles", "people"],
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("5.35", index);
    if (skip) return skip;
    const interval = parameters.independentReviewIntervalMonths;
    const since = shiftMonths(asOf, -interval.value);
    const managers = new Set(isms.roles.filter((r) => r.ismsDuties.length > 0).flatMap((r) => r.holderIds));
    const independent = isms.audits.some((a) => {
      const day = auditDay(a);
      if (a.status !== "completed" || day === undefined || day > asOf || day < since || a.type === "supplier") return false;
      if (isCertificationBodyAudit(a) || a.externalAuditor !== undefined) return true;
      if (a.auditorIds.some((id) => index.people.get(id)?.value.external === true)) return true;
      const auditees = new Set(a.auditeeIds);
      return a.type === "internal" && a.auditorIds.length > 0 && a.auditorIds.every((id) => isActivePerson(index.people.get(id)?.value) && !managers.has(id) && !auditees.has(id));
    });
    if (independent) return [];
    return [
      {
        message: `control 5.35 is applicable but no independent review was completed since ${since} (every ${describeParameter(interval)})`,
        refs: [index.controls.get("5.35")!.pointer, "/audits"],
        parameters: [interval],
      },
    ];
  },
});
