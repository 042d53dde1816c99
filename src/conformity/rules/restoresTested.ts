import { builtInRule } from "../_lib/builtInRule";
import { shiftMonths } from "../_lib/dates";
import { minutesText } from "../_lib/durations";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, latestOn, located, unlessRecords } from "../_lib/operations";
import { describeParameter } from "../_lib/parameters";
import { quote } from "../_lib/text";

/** Annex A 8.13: backups are restore-tested, and restores meet the recovery objectives. @category Conformity */
export const restoresTested = builtInRule({
  id: "A.8.13-restores-tested",
  controlId: "8.13",
  title: "Backups are restore-tested and restores meet the objectives",
  description: `When control 8.13 is applicable, every active backup job had a restore test within the organisation's interval (\`parameters.restoreTestIntervalMonths\`), its latest test succeeded, and it restored within the recovery time objective and lost no more than the recovery point objective of the services the job covers (\`businessImpactAnalysis.services[].rtoMinutes\`, \`rpoMinutes\`; the strictest). Minor for each job that was never tested, not tested in time, failed, or missed an objective, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the active backup jobs). A backup never restored is not known to work.`,
  severity: "minor",
  stage: 2,
  hint: "Restore from the backup into a test environment, time it, check the data, and record the test (`restoreTests`); fix what made a restore fail or slow.",
  reads: ["backupJobs", "restoreTests", "businessImpactAnalysis"],
  check(isms, { asOf, index, parameters, gradingPolicy }) {
    const jobs = located(isms.backupJobs, "backupJobs", (b) => b.status === "active");
    const skip = unlessRecords("8.13", index, jobs, "no active backup job is recorded");
    if (skip) return skip;
    const { restoreTestsByBackupJob, services } = index.operations;
    const interval = parameters.restoreTestIntervalMonths;
    const since = shiftMonths(asOf, -interval.value);
    const lapses = jobs.flatMap(({ value: job, pointer }) => {
      const last = latestOn(restoreTestsByBackupJob.get(job.id), (t) => t.value.performedOn, asOf);
      const name = `backup job ${quote(job.name)}`;
      if (last === undefined) return [{ item: job, message: `${name} has never been restore-tested (every ${describeParameter(interval)})`, refs: [pointer], parameters: [interval] }];
      const t = last.item.value;
      const ref = last.item.pointer;
      if (last.day < since) return [{ item: job, message: `${name} was last restore-tested on ${last.day} (every ${describeParameter(interval)})`, refs: [ref], parameters: [interval] }];
      if (t.result !== "success") return [{ item: job, message: `the latest restore test of ${name}, on ${last.day}, ${t.result === "failure" ? "failed" : "restored only part of the data"}`, refs: [ref] }];
      const covered = job.serviceIds.flatMap((id) => services.get(id)?.value ?? []);
      const strictest = <K extends "rtoMinutes" | "rpoMinutes">(key: K) => covered.reduce<(typeof covered)[number] | undefined>((best, s) => (best === undefined || s[key] < best[key] ? s : best), undefined);
      const rto = strictest("rtoMinutes");
      if (rto !== undefined && t.timeToRestoreMinutes !== undefined && t.timeToRestoreMinutes > rto.rtoMinutes) {
        return [{ item: job, message: `restoring ${name} took ${minutesText(t.timeToRestoreMinutes)} on ${last.day}, longer than the ${minutesText(rto.rtoMinutes)} recovery time objective of ${quote(rto.name)}`, refs: [ref] }];
      }
      const rpo = strictest("rpoMinutes");
      if (rpo !== undefined && t.dataLossMinutes !== undefined && t.dataLossMinutes > rpo.rpoMinutes) {
        return [{ item: job, message: `the restore of ${name} on ${last.day} lost ${minutesText(t.dataLossMinutes)} of data, more than the ${minutesText(rpo.rpoMinutes)} recovery point objective of ${quote(rpo.name)}`, refs: [ref] }];
      }
      return [];
    });
    return gradeLapses(lapses, jobs.length, gradingPolicy, "active backup jobs are not shown to restore within their objectives", (job) => job.id);
  },
});
