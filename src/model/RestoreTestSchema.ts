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
export const RestoreTestSchema = entitySchema({
  backupJobId: RefSchema.describe("The backup job restored from (a backupJobs id)."),
  performedOn: IsoDateSchema.describe("When the restore was tested."),
  performedById: RefSchema.optional().describe("Who performed it (a people id)."),
  result: z.enum(["success", "partial", "failure"]).describe("`partial`: some data or systems could not be restored."),
  timeToRestoreMinutes: MinutesSchema.optional().describe("How long the restore took, in minutes, to compare with the services' RTO."),
  dataLossMinutes: MinutesSchema.optional().describe("How much data was lost, in minutes before the restore point, to compare with the services' RPO."),
  evidenceIds: RefListSchema.describe("The test's record (evidence ids)."),
  improvementIds: RefListSchema.describe("Improvements raised from it (improvement ids)."),
}).describe("A test restore from a backup (8.13).");
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
