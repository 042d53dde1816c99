import { builtInRule } from "../_lib/builtInRule";
import { EXCLUSION_CONTRADICTIONS } from "../_lib/exclusionContradictions";

/** 6.1.3 d: exclusions agree with the operating records. @category Conformity */
export const exclusionsConsistent = builtInRule({
  id: "6.1.3-exclusions-consistent",
  clause: "6.1.3",
  title: "Exclusions agree with the operating records",
  description: `A control is not excluded from the Statement of Applicability while the document's own records show it is needed: ${EXCLUSION_CONTRADICTIONS.map((c) => `${c.label} (${c.controlIds.join(", ")})`).join(", ")}. Minor for each such exclusion — the exclusion does not remove the need, and the control's own checks are not skipped silently.`,
  severity: "minor",
  stage: 1,
  hint: "Make the control applicable and implement it, or correct the records; an exclusion must hold against what the ISMS itself records.",
  reads: ["controls", "vulnerabilities", "incidents", "suppliers", "accounts", "accessEvents", "threatIntelSources", "logSources", "backupJobs", "continuityExercises", "configurationBaselines", "cryptographicKeys", "endpointCoverage", "releases"],
  check(isms, { asOf, statementOfApplicability }) {
    const excluded = new Map(statementOfApplicability.rows.filter((row) => row.applicable === false).map((row) => [row.controlId, row]));
    if (excluded.size === 0) return { notAssessable: "no control is excluded from the Statement of Applicability" };
    return EXCLUSION_CONTRADICTIONS.flatMap(({ controlIds, records }) => {
      const rows = controlIds.flatMap((id) => excluded.get(id) ?? []);
      if (rows.length === 0) return [];
      const shown = records(isms, asOf);
      if (shown === undefined) return [];
      return rows.map((row) => ({
        message: `control ${row.controlId} is excluded from the Statement of Applicability, but ${shown.what}`,
        refs: [row.pointer!, ...shown.refs],
        controlId: row.controlId,
      }));
    });
  },
});
