import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { MinutesSchema } from "./_lib/numbers";
import { IsoDateSchema, RefSchema } from "../core/primitives";

/**
 * A test restore from a backup job: when, with what result, how long the restore took and how much
 * data was lost, to compare with the recovery time and point objectives of the services the job
 * covers (Annex A 8.13).
 *
 * @category Model
 * @example
 * ```ts
 * const t: RestoreTest = RestoreTestSchema.parse({ id: "rt-1", backupJobId: "bk-db", performedOn: "2026-10-14", result: "success", timeToRestoreMinutes: 95, dataLossMinutes: 40 });
 * t.result
 * //=> "success"
 * ```
 */
export const RestoreTestSchema = entitySchema(() => ({
  backupJobId: RefSchema.meta({ description: "The backup job restored from (a backupJobs id).", examples: ["bk-db"] }),
  performedOn: IsoDateSchema.describe("When the restore was tested."),
  performedById: RefSchema.optional().register(z.globalRegistry, { description: "Who performed it (a people id).", examples: ["p-sre-lead"] }),
  result: z.enum(["success", "partial", "failure"]).register(z.globalRegistry, { description: "`partial`: some data or systems could not be restored.", examples: ["success"] }),
  timeToRestoreMinutes: MinutesSchema.optional().register(z.globalRegistry, { description: "How long the restore took, in minutes, to compare with the services' RTO.", examples: [85] }),
  dataLossMinutes: MinutesSchema.optional().register(z.globalRegistry, { description: "How much data was lost, in minutes before the restore point, to compare with the services' RPO.", examples: [30] }),
  evidenceIds: RefListSchema.meta({ description: "The test's record (evidence ids).", examples: [["ev-restore-2026-03"]] }),
  improvementIds: RefListSchema.meta({ description: "Improvements raised from it (improvement ids).", examples: [["imp-restore-runbook"]] }),
})).register(z.globalRegistry, { description: "A test restore from a backup (8.13)." });
/**
 * The type of a restore test, inferred from {@link RestoreTestSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: RestoreTest = RestoreTestSchema.parse({ id: "t", backupJobId: "b", performedOn: "2026-01-01", result: "failure" });
 * RestoreTestSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type RestoreTest = z.infer<typeof RestoreTestSchema>;
