import type { ConformityRuleFinding } from "../ConformityRule";
import { builtInRule } from "../_lib/builtInRule";
import { completedInternalAudits } from "../_lib/selectors";
import { listForMessage, plural } from "../_lib/text";

/** 9.2.2 c: audit results are reported to relevant management. @category Conformity */
export const auditResultsReported = builtInRule({
  id: "9.2.2-results-reported",
  clause: "9.2.2",
  title: "Audit results are reported to management",
  description:
    "Each completed internal audit records to whom its results were reported (minor for each that does not), and its report (an opportunity for improvement listing audits without one).",
  severity: "minor",
  stage: 2,
  hint: "Report the results to the managers of the audited areas and top management (`reportedToIds`), and keep the report (`reportDocumentId`).",
  check(isms, { asOf }) {
    const audits = completedInternalAudits(isms, asOf);
    if (audits.length === 0) return { notAssessable: "no internal audit has been carried out" };
    const out: ConformityRuleFinding[] = audits
      .filter(({ value }) => value.reportedToIds.length === 0)
      .map(({ pointer, day }) => ({ message: `the results of the internal audit of ${day} were not reported to anyone`, refs: [pointer] }));
    const unreported = audits.filter(({ value }) => value.reportDocumentId === undefined);
    if (unreported.length > 0) {
      out.push({
        severity: "ofi",
        message: `${plural(unreported.length, "internal audit")} ${unreported.length === 1 ? "has" : "have"} no audit report on file: ${listForMessage(unreported.map(({ value }) => value.id))}`,
        refs: unreported.map(({ pointer }) => pointer),
      });
    }
    return out;
  },
});
