import * as z from "zod";
import { entitySchema } from "./_lib/entitySchema";
import { IsoDateSchema, NonEmptyStringSchema } from "../core/primitives";

/**
 * A reference time source that systems' clocks are synchronised to (Annex A 8.17): an NTP service,
 * a cloud provider's time service, a GNSS receiver.
 *
 * @category Model
 * @example
 * ```ts
 * const t: TimeSource = TimeSourceSchema.parse({ id: "ts-aws", name: "Amazon Time Sync Service", reference: "169.254.169.123 (NTP, stratum 1 via GPS)", maxDriftMs: 50 });
 * t.maxDriftMs
 * //=> 50
 * ```
 */
export const TimeSourceSchema = entitySchema(() => ({
  name: NonEmptyStringSchema.meta({ description: "Its name.", examples: ["Amazon Time Sync"] }),
  reference: NonEmptyStringSchema.meta({ description: "What it is synchronised to: the NTP servers, the provider's service, the receiver.", examples: ["169.254.169.123 (NTP)"] }),
  maxDriftMs: z.int().min(0).max(3_600_000).optional().register(z.globalRegistry, { description: "The largest drift tolerated, in milliseconds.", examples: [100] }),
  checkedOn: IsoDateSchema.optional().register(z.globalRegistry, { description: "When synchronisation was last checked." }),
})).register(z.globalRegistry, { description: "A reference time source (8.17)." });
/**
 * The type of a time source, inferred from {@link TimeSourceSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const value: TimeSource = TimeSourceSchema.parse({ id: "t", name: "NTP", reference: "pool.ntp.org" });
 * TimeSourceSchema.safeParse(value).success
 * //=> true
 * ```
 */
export type TimeSource = z.infer<typeof TimeSourceSchema>;
