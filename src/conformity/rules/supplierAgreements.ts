import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";
import { pointer } from "../_lib/pointers";
import { quote } from "../_lib/text";

/** Annex A 5.20: security requirements are agreed with suppliers. @category Conformity */
export const supplierAgreements = builtInRule({
  id: "A.5.20-supplier-agreements",
  controlId: "5.20",
  title: "Security requirements are agreed with important suppliers",
  description: "When control 5.20 is applicable, every active or onboarding supplier rated high or critical has agreed security requirements. Minor for each one that has not.",
  severity: "minor",
  stage: 2,
  hint: "Agree security requirements with the supplier (contract annex, DPA) and record `securityRequirementsAgreed`.",
  reads: ["suppliers"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.20", index);
    if (skip) return skip;
    const important = isms.suppliers.flatMap((s, i) => (s.status !== "offboarded" && (s.criticality === "high" || s.criticality === "critical") ? [{ s, ref: pointer("suppliers", i) }] : []));
    if (important.length === 0) return { notAssessable: "no supplier is rated high or critical" };
    return important
      .filter(({ s }) => s.securityRequirementsAgreed !== true)
      .map(({ s, ref }) => ({ message: `no security requirements are agreed with ${s.criticality} supplier ${quote(s.name)}`, refs: [ref] }));
  },
});
