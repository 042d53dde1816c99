import { builtInRule } from "../_lib/builtInRule";
import { minutesText } from "../_lib/durations";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses } from "../_lib/operations";
import { unlessApplicable } from "../_lib/applicability";
import { quote } from "../_lib/text";

/** Annex A 8.13: every service of the business impact analysis is backed up often enough for its RPO. @category Conformity */
export const servicesBackedUp = builtInRule({
  id: "A.8.13-services-backed-up",
  controlId: "8.13",
  title: "Every service is backed up often enough for its recovery point",
  description: `When control 8.13 is applicable, every service of the business impact analysis is covered by an active backup job (\`backupJobs[].serviceIds\`) that runs at least as often as the service's recovery point objective (\`intervalMinutes\` ≤ \`rpoMinutes\`). Minor for each service not covered, or backed up too rarely, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the services).`,
  severity: "minor",
  stage: 2,
  hint: "Add the service's data to a backup job, or run the job at least as often as the service's RPO (or revisit the RPO with the service owner).",
  reads: ["businessImpactAnalysis", "backupJobs"],
  check(isms, { index, gradingPolicy }) {
    const skip = unlessApplicable("8.13", index);
    if (skip) return skip;
    const { services, backupJobsByService } = index.operations;
    if (services.size === 0) return { notAssessable: "no business impact analysis sets recovery point objectives" };
    const lapses = [...services.values()].flatMap(({ value: s, pointer }) => {
      const jobs = backupJobsByService.get(s.id) ?? [];
      if (jobs.length === 0) return [{ item: s, message: `service ${quote(s.name)} (RPO ${minutesText(s.rpoMinutes)}) is covered by no active backup job`, refs: [pointer] }];
      const fastest = jobs.reduce((best, j) => (j.value.intervalMinutes < best.value.intervalMinutes ? j : best));
      if (fastest.value.intervalMinutes <= s.rpoMinutes) return [];
      return [{ item: s, message: `service ${quote(s.name)} may lose ${minutesText(s.rpoMinutes)} of data at most, but its backup job ${quote(fastest.value.name)} runs every ${minutesText(fastest.value.intervalMinutes)}`, refs: [pointer, fastest.pointer] }];
    });
    return gradeLapses(lapses, services.size, gradingPolicy, "services are not backed up often enough for their RPO", (s) => s.id);
  },
});
