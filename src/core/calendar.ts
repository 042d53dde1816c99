import { addMonths, differenceInCalendarDays, format, isValid, parseISO } from "date-fns";
import { isIsoDate } from "./isoDate";

/**
 * The calendar day a caller means by `asOf`: a `YYYY-MM-DD` string as it stands, or a `Date`'s
 * local calendar day. Anything else is a programmer error and throws a RangeError that says what
 * was found. Calendar arithmetic below works on local midnights, so results do not depend on the
 * machine's time zone.
 */
export function toCalendarDay(asOf: unknown, name = "asOf"): string {
  if (typeof asOf === "string") {
    if (isIsoDate(asOf)) return asOf;
    throw new RangeError(`${name}: expected a calendar date YYYY-MM-DD that exists; found ${JSON.stringify(asOf)}`);
  }
  if (asOf instanceof Date) {
    if (isValid(asOf)) return format(asOf, "yyyy-MM-dd");
    throw new RangeError(`${name}: expected a valid Date; found an invalid Date`);
  }
  throw new RangeError(`${name}: expected a calendar date YYYY-MM-DD or a Date; found ${asOf === undefined ? "nothing" : typeof asOf}`);
}

const monthsCache = new Map<string, string>();

/**
 * `day` plus `months` calendar months, clamped to the end of shorter months (2026-01-31 + 1 →
 * 2026-02-28). Registers ask this for thousands of risks that share a few dates, so answers are
 * remembered (a bounded cache; the function stays pure).
 */
export function addMonthsToDay(day: string, months: number): string {
  const key = `${day}+${months}`;
  let result = monthsCache.get(key);
  if (result === undefined) {
    result = format(addMonths(parseISO(day), months), "yyyy-MM-dd");
    if (monthsCache.size >= 10_000) monthsCache.clear();
    monthsCache.set(key, result);
  }
  return result;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}
