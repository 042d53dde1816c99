import type { IsmsParameter } from "../../model/resolveIsmsParameters";
import type { ConformitySeverity } from "../ConformitySeverity";
import type { GradingPolicy } from "../GradingPolicySchema";
import { shiftDays, shiftMonths } from "./dates";

/** How a recurring activity stands on `asOf`: on time, late within the slack, or absent from its period. */
export type ActivityLapse =
  | { readonly state: "on-time" }
  | { readonly state: "late" | "absent"; readonly dueOn: string; readonly severity: ConformitySeverity };

/**
 * Judges a required recurring activity (management review, internal audit) last done on `last`:
 * on time until `interval` months after it; late (minor) for the `grace` days after that; then
 * absent from its period, graded by the policy's `requiredActivityAbsent`.
 */
export function activityLapse(last: string, interval: IsmsParameter, grace: IsmsParameter, asOf: string, policy: GradingPolicy): ActivityLapse {
  const dueOn = shiftMonths(last, interval.value);
  if (dueOn >= asOf) return { state: "on-time" };
  if (shiftDays(dueOn, grace.value) >= asOf) return { state: "late", dueOn, severity: "minor" };
  return { state: "absent", dueOn, severity: policy.requiredActivityAbsent };
}
