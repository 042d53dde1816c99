import { builtInRule } from "../_lib/builtInRule";
import { DEFAULT_INTERVAL_MONTHS, shiftMonths } from "../_lib/dates";
import { completedInternalAudits } from "../_lib/selectors";

/** 9.2.1: internal audits are conducted at planned intervals. @category Conformity */
export const auditInterval = builtInRule({
  id: "9.2.1-audit-interval",
  clause: "9.2.1",
  title: "Internal audits are held at least yearly",
  description: `The latest internal audit is no more than ${DEFAULT_INTERVAL_MONTHS} months old (minor when it is; major when it is more than 24 months old — the audit process has stopped).`,
  severity: "minor",
  stage: 2,
  hint: "Carry out the next internal audit of the programme.",
  check(isms, { asOf }) {
    const audits = completedInternalAudits(isms, asOf);
    const latest = audits[audits.length - 1];
    if (latest === undefined) return { notAssessable: "no internal audit has been carried out" };
    if (latest.day >= shiftMonths(asOf, -DEFAULT_INTERVAL_MONTHS)) return [];
    const stopped = latest.day < shiftMonths(asOf, -24);
    return [
      {
        severity: stopped ? "major" : "minor",
        message: `the latest internal audit was carried out on ${latest.day}, more than ${stopped ? 24 : DEFAULT_INTERVAL_MONTHS} months ago`,
        refs: [latest.pointer],
      },
    ];
  },
});
