import { daysBetween } from "../../core/calendar";
import { builtInRule } from "../_lib/builtInRule";
import { shiftDays } from "../_lib/dates";
import { describeParameter } from "../_lib/parameters";
import { pointer } from "../_lib/pointers";
import { unlessRecords } from "../_lib/operations";
import type { ConformityRuleFinding } from "../ConformityRule";
import { quote } from "../_lib/text";

const NAMES: Record<string, string> = {
  "soc2-type2": "SOC 2 type II report",
  "soc2-type1": "SOC 2 type I report",
  iso27001: "ISO/IEC 27001 certificate",
  iso27017: "ISO/IEC 27017 certificate",
  iso27018: "ISO/IEC 27018 certificate",
  iso27701: "ISO/IEC 27701 certificate",
  "pci-dss": "PCI DSS attestation",
  "csa-star": "CSA STAR attestation",
  c5: "BSI C5 attestation",
  other: "attestation",
};

/** Annex A 5.22: suppliers' attestations are kept current. @category Conformity */
export const attestationsCurrent = builtInRule({
  id: "A.5.22-attestations-current",
  controlId: "5.22",
  title: "Suppliers' attestations are kept current",
  description:
    "When control 5.22 is applicable, for each active supplier the latest attestation of each kind it has given (`attestations`) has not expired: minor for an expired one with no newer one on record (the assurance the organisation relies on has lapsed). One that expires within `parameters.attestationExpiryWarningDays` is an opportunity for improvement: ask for the renewal now.",
  severity: "minor",
  stage: 2,
  hint: "Obtain the supplier's renewed report or certificate and record it; review it for exceptions that concern you.",
  reads: ["suppliers"],
  check(isms, { asOf, index, parameters }) {
    const attested = isms.suppliers.flatMap((s, i) => (s.status === "active" && s.attestations.length > 0 ? [{ s, i }] : []));
    const skip = unlessRecords("5.22", index, attested, "no active supplier has an attestation on record");
    if (skip) return skip;
    const warning = parameters.attestationExpiryWarningDays;
    const horizon = shiftDays(asOf, warning.value);
    const out: ConformityRuleFinding[] = [];
    for (const { s, i } of attested) {
      const latest = new Map<string, number>();
      s.attestations.forEach((a, j) => {
        const k = latest.get(a.type);
        if (k === undefined || a.expiresOn > s.attestations[k]!.expiresOn) latest.set(a.type, j);
      });
      for (const j of latest.values()) {
        const a = s.attestations[j]!;
        const ref = pointer("suppliers", i, "attestations", j);
        if (a.expiresOn < asOf) {
          out.push({ message: `supplier ${quote(s.name)}'s ${NAMES[a.type]} expired on ${a.expiresOn}, and no newer one is on record`, refs: [ref] });
        } else if (a.expiresOn <= horizon) {
          out.push({
            message: `supplier ${quote(s.name)}'s ${NAMES[a.type]} expires on ${a.expiresOn}, in ${daysBetween(asOf, a.expiresOn)} days (renewal flagged ${describeParameter(warning)} ahead)`,
            refs: [ref],
            severity: "ofi",
            parameters: [warning],
          });
        }
      }
    }
    return out;
  },
});
