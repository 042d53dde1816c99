import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { unlessApplicable } from "../_lib/applicability";
import { describeParameter } from "../_lib/parameters";

/** Annex A 5.30: ICT readiness is planned from a current business impact analysis. @category Conformity */
export const businessImpactAnalysed = builtInRule({
  id: "A.5.30-business-impact-analysis",
  controlId: "5.30",
  title: "A current business impact analysis sets the recovery objectives",
  description:
    "When control 5.30 is applicable and the organisation records backups or continuity exercises, a business impact analysis names its services with their recovery time and point objectives, and was performed or reviewed within the organisation's interval (`parameters.businessImpactAnalysisIntervalMonths`). Minor when there is none, when it lists no service, or when it is overdue: ICT continuity is then planned without objectives.",
  severity: "minor",
  stage: 2,
  hint: "Analyse (or review) the business impact of losing each service with its owner, set RTO and RPO, and record the analysis (`businessImpactAnalysis`).",
  reads: ["businessImpactAnalysis", "backupJobs", "continuityExercises"],
  check(isms, { asOf, index, parameters }) {
    const skip = unlessApplicable("5.30", index);
    if (skip) return skip;
    const bia = isms.businessImpactAnalysis;
    if (bia === undefined) {
      if (isms.backupJobs.length + isms.continuityExercises.length === 0) return { notAssessable: "no business impact analysis, backup job or continuity exercise is recorded" };
      return [{ message: "no business impact analysis sets recovery time and point objectives for the services that backups and exercises protect", refs: [isms.backupJobs.length > 0 ? "/backupJobs" : "/continuityExercises"] }];
    }
    if (bia.services.length === 0) return [{ message: `the business impact analysis of ${bia.performedOn} lists no service with its recovery objectives`, refs: ["/businessImpactAnalysis"] }];
    const interval = parameters.businessImpactAnalysisIntervalMonths;
    const due = shiftMonths(bia.performedOn, interval.value);
    if (due >= asOf) return [];
    return [{ message: `the business impact analysis was last performed on ${bia.performedOn}: due for review by ${due} (every ${describeParameter(interval)})`, refs: ["/businessImpactAnalysis/performedOn"], parameters: [interval] }];
  },
});
