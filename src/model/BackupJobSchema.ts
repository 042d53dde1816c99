import * as z from "zod";
import { entitySchema, RefListSchema } from "./_lib/entitySchema";
import { MinutesSchema, RecordStatusSchema, RetentionDaysSchema } from "./_lib/numbers";
import { IsoDateSchema, NonEmptyStringSchema, RefSchema } from "../core/primitives";

/**
 * A backup job: what it backs up (assets, systems, services of the business impact analysis), how
 * often, how long copies are kept, and how they are protected — encrypted, off-site, immutable
 * (Annex A 8.13).
 *
 * @category Model
 * @example
 * ```ts
 * const b: BackupJob = BackupJobSchema.parse({ id: "bk-db", name: "Production database snapshots", serviceIds: ["svc-platform"], intervalMinutes: 60, retentionDays: 35, encrypted: true, offsite: true });
 * b.status
 * //=> "active"
 * ```
 */
export const BackupJobSchema = entitySchema({
  name: NonEmptyStringSchema.describe("Its name."),
  assetIds: RefListSchema.describe("The assets it backs up (asset ids)."),
  systemIds: RefListSchema.describe("The systems it backs up (systems ids)."),
  serviceIds: RefListSchema.describe("The services of the business impact analysis whose data it backs up."),
  intervalMinutes: MinutesSchema.min(1).describe("How often it runs, in minutes (1440 is daily): the most data a restore can lose."),
  retentionDays: RetentionDaysSchema.describe("How many days copies are kept."),
  encrypted: z.boolean().describe("Copies are encrypted."),
  offsite: z.boolean().describe("Copies are kept away from the primary site (another region, account or provider)."),
  immutable: z.boolean().optional().describe("Copies cannot be changed or deleted before their retention ends (object lock, vault lock)."),
  ownerId: RefSchema.optional().describe("Who is responsible for it (a people id)."),
  lastSucceededOn: IsoDateSchema.optional().describe("When it last completed successfully."),
  status: RecordStatusSchema,
}).describe("A backup job (8.13).");
/**
 * The type of a backup job, inferred from {@link BackupJobSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: BackupJob = BackupJobSchema.parse({ id: "b", name: "x", intervalMinutes: 1440, retentionDays: 30, encrypted: true, offsite: false });
 * BackupJobSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type BackupJob = z.infer<typeof BackupJobSchema>;
