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
export const BackupJobSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Nightly database snapshot"] }),
  assetIds: RefListSchema.meta({ description: "The assets it backs up (asset ids).", examples: [["a-customer-db"]] }),
  systemIds: RefListSchema.meta({ description: "The systems it backs up (systems ids).", examples: [["sys-aws"]] }),
  serviceIds: RefListSchema.meta({ description: "The services of the business impact analysis whose data it backs up.", examples: [["svc-checkout"]] }),
  intervalMinutes: MinutesSchema.min(1).register(z.globalRegistry, { description: "How often it runs, in minutes (1440 is daily): the most data a restore can lose.", examples: [1440] }),
  retentionDays: RetentionDaysSchema.meta({ description: "How many days copies are kept.", examples: [35] }),
  encrypted: z.boolean().register(z.globalRegistry, { description: "Copies are encrypted.", examples: [true] }),
  offsite: z.boolean().register(z.globalRegistry, { description: "Copies are kept away from the primary site (another region, account or provider).", examples: [true] }),
  immutable: z.boolean().optional().register(z.globalRegistry, { description: "Copies cannot be changed or deleted before their retention ends (object lock, vault lock).", examples: [true] }),
  ownerId: RefSchema.optional().register(z.globalRegistry, { description: "Who is responsible for it (a people id).", examples: ["p-sre-lead"] }),
  lastSucceededOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When it last completed successfully." }),
  status: RecordStatusSchema,
})).register(z.globalRegistry, { description: "A backup job (8.13)." });
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
