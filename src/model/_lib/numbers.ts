import * as z from "zod";
import { MAX_PERIOD_DAYS } from "../../core/bounds";

/** A count of things (accounts, devices, findings): a whole number from 0 to ten million. */
export const CountSchema = z.int().min(0).max(10_000_000);

/** A duration in whole minutes, 0 to 525,600 (a year): recovery times and objectives, data loss. */
export const MinutesSchema = z.int().min(0).max(525_600);

/** A retention period in whole days, 1 to 36,500 (a hundred years). */
export const RetentionDaysSchema = z.int().min(1).max(36_500);

/** A record's own interval in whole days, 1 to 3650 (ten years). */
export const IntervalDaysSchema = z.int().min(1).max(MAX_PERIOD_DAYS);

/** A percentage, 0 to 100. */
export const PercentSchema = z.number().min(0).max(100);

/** Whether a record is in use or retired. */
export const RecordStatusSchema = z
  .enum(["active", "retired"])
  .default("active")
  .register(z.globalRegistry, { description: "`retired`: kept for the record, no longer in use (not judged).", examples: ["active"] });
