import { builtInRule } from "../_lib/builtInRule";
import { located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

const ICT = new Set(["cloud", "software", "ict-service"]);

/** Annex A 5.21: the ICT supply chain is covered by independent assurance. @category Conformity */
export const ictSupplierAssurance = builtInRule({
  id: "A.5.21-ict-supplier-assurance",
  controlId: "5.21",
  title: "Important ICT suppliers give independent assurance",
  description:
    "When control 5.21 is applicable, every active ICT supplier (`type`: cloud, software or ict-service) rated high or critical that the organisation has assessed also provides an independent attestation (`attestations`: a SOC 2 report, an ISO/IEC 27001 certificate …) covering how it manages its own supply chain. An opportunity for improvement listing those assessed only by the organisation's own questionnaire: the control does not demand an attestation, and a supplier never assessed is A.5.22's finding.",
  severity: "ofi",
  stage: 2,
  hint: "Ask the supplier for its SOC 2 type II report or ISO/IEC 27001 certificate and record it (`attestations`).",
  reads: ["suppliers"],
  check(isms, { index }) {
    const ict = located(isms.suppliers, "suppliers", (s) => s.status === "active" && s.type !== undefined && ICT.has(s.type) && (s.criticality === "high" || s.criticality === "critical"));
    const skip = unlessRecords("5.21", index, ict, "no active ICT supplier rated high or critical is recorded with its type");
    if (skip) return skip;
    const without = ict.filter(({ value }) => value.attestations.length === 0 && value.lastAssessedOn !== undefined);
    if (without.length === 0) return [];
    return [{ message: `${without.length === 1 ? "ICT supplier" : "ICT suppliers"} ${without.map(({ value }) => quote(value.name)).join(", ")} ${without.length === 1 ? "is" : "are"} assessed only by the organisation itself: no independent attestation is on record`, refs: without.map(({ pointer }) => pointer) }];
  },
});
