import { addDaysToDay, addMonthsToDay, addMonthsToDayKey, dayKey } from "../../core/calendar";
import type { Action } from "../../model/ActionSchema";
import type { Evidence } from "../../model/EvidenceSchema";

/** `day` plus `months` calendar months (negative to go back). */
export function shiftMonths(day: string, months: number): string {
  return addMonthsToDay(day, months);
}

/** Whether something last done on `last` and due every `months` months is overdue on `asOf`. */
export function isIntervalOverdue(last: string, months: number, asOf: string): boolean {
  return addMonthsToDayKey(last, months) < dayKey(asOf);
}

/** The last day an evidence record counts: its `validUntil`, else its collection day plus the maximum age for its kind. */
export function evidenceValidUntil(evidence: Evidence, maxAgeMonths: number): string {
  return evidence.validUntil ?? addMonthsToDay(evidence.collectedOn, maxAgeMonths);
}

/** Where an evidence record stands on a day: see {@link evidenceState}. */
export type EvidenceState = "valid" | "expired" | "future";

/**
 * Where an evidence record stands on `asOf`: valid, expired (past its `validUntil`, or older than
 * the maximum age for its kind when it states none), or not yet collected. The maximum age is a
 * number of months, or a look-up by kind, asked only for a record that states no `validUntil`.
 */
export function evidenceState(evidence: Evidence, asOf: string, maxAgeMonths: number | ((kind: Evidence["kind"]) => number)): EvidenceState {
  if (evidence.collectedOn > asOf) return "future";
  if (evidence.validUntil !== undefined) return evidence.validUntil < asOf ? "expired" : "valid";
  // As evidenceValidUntil(evidence, months) < asOf, without building the day as text.
  const months = typeof maxAgeMonths === "number" ? maxAgeMonths : maxAgeMonths(evidence.kind);
  return addMonthsToDayKey(evidence.collectedOn, months) < dayKey(asOf) ? "expired" : "valid";
}

/** Whether an action is still open (not done, not cancelled). */
export function isOpenAction(action: Action): boolean {
  return action.status === "open" || action.status === "in-progress";
}

/** Whether an open action is past its due date on `asOf`. */
export function isOverdueAction(action: Action, asOf: string): boolean {
  return isOpenAction(action) && action.dueDate !== undefined && action.dueDate < asOf;
}

/** The latest of some days, or undefined. */
export function latestDay(days: Iterable<string | undefined>): string | undefined {
  let latest: string | undefined;
  for (const day of days) if (day !== undefined && (latest === undefined || day > latest)) latest = day;
  return latest;
}

/** `day` plus `days` calendar days (negative to go back). */
export function shiftDays(day: string, days: number): string {
  return addDaysToDay(day, days);
}
