import { unlessApplicable } from "../_lib/applicability";
import { builtInRule } from "../_lib/builtInRule";

/** Annex A 5.31: legal, statutory, regulatory and contractual requirements are identified. @category Conformity */
export const legalRequirementsIdentified = builtInRule({
  id: "A.5.31-legal-requirements",
  controlId: "5.31",
  title: "Legal and regulatory requirements are identified",
  description: "When control 5.31 is applicable, at least one legal or regulatory requirement of a relevant interested party is recorded. Minor when none is.",
  severity: "minor",
  stage: 2,
  hint: "Identify the laws and regulations that apply (data protection, sector rules …) and record them as requirements of the authorities concerned.",
  reads: ["interestedParties"],
  check(isms, { index }) {
    const skip = unlessApplicable("5.31", index);
    if (skip) return skip;
    if (isms.interestedParties.some((p) => p.relevant && p.requirements.some((r) => r.type === "legal" || r.type === "regulatory"))) return [];
    return [{ message: "control 5.31 is applicable but no legal or regulatory requirement is recorded", refs: [index.controls.get("5.31")!.pointer, "/interestedParties"] }];
  },
});
