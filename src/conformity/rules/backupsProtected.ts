import { builtInRule } from "../_lib/builtInRule";
import { ISOLATED_LAPSE, SYSTEMIC_RULE } from "../_lib/grading";
import { gradeLapses, located, unlessRecords } from "../_lib/operations";
import { quote } from "../_lib/text";

/** Annex A 8.13: backup copies are encrypted and kept away from the primary site. @category Conformity */
export const backupsProtected = builtInRule({
  id: "A.8.13-backups-protected",
  controlId: "8.13",
  title: "Backup copies are encrypted and kept off-site",
  description: `When control 8.13 is applicable, every active backup job encrypts its copies (\`encrypted\`) and keeps them away from the primary site (\`offsite\`: another region, account or provider), so that the copies are protected as the data is and survive what destroys the original. Minor for each job that does not, ${ISOLATED_LAPSE}; ${SYSTEMIC_RULE} (of the active backup jobs).`,
  severity: "minor",
  stage: 2,
  hint: "Turn on encryption for the job and copy its backups to another region, account or provider.",
  reads: ["backupJobs"],
  check(isms, { index, gradingPolicy }) {
    const jobs = located(isms.backupJobs, "backupJobs", (b) => b.status === "active");
    const skip = unlessRecords("8.13", index, jobs, "no active backup job is recorded");
    if (skip) return skip;
    const lapses = jobs.flatMap(({ value: job, pointer }) => {
      const missing = [job.encrypted ? undefined : "not encrypted", job.offsite ? undefined : "kept only at the primary site"].filter((x) => x !== undefined);
      return missing.length === 0 ? [] : [{ item: job, message: `the copies of backup job ${quote(job.name)} are ${missing.join(" and ")}`, refs: [pointer] }];
    });
    return gradeLapses(lapses, jobs.length, gradingPolicy, "active backup jobs are not encrypted or not off-site", (job) => job.id);
  },
});
