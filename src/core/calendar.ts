import { addDays, addMonths, format, isValid, parseISO } from "date-fns";
import { argumentError } from "./arguments";
import { isIsoDate } from "./isoDate";
import type { JsonPath } from "./jsonPointer";

/**
 * The calendar day a caller means by a date argument (`asOf`, say): a `YYYY-MM-DD` string as it
 * stands, or a `Date`'s local calendar day. Anything else throws an {@link ArgumentError} naming
 * `fn` and the argument's `path`, and saying what was found.
 */
export function toCalendarDay(value: unknown, fn: string, path: JsonPath = ["options", "asOf"]): string {
  if (typeof value === "string") {
    if (isIsoDate(value)) return value;
    throw argumentError(fn, path, "invalid_format", `expected a calendar date YYYY-MM-DD that exists; found ${JSON.stringify(value)}`);
  }
  if (value instanceof Date) {
    if (isValid(value)) return format(value, "yyyy-MM-dd");
    throw argumentError(fn, path, "invalid_value", "expected a valid Date; found an invalid Date");
  }
  throw argumentError(fn, path, "invalid_type", `expected a calendar date YYYY-MM-DD or a Date; found ${value === undefined ? "nothing" : typeof value}`);
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

/** The day number of a `YYYY-MM-DD` day: whole days since 1970-01-01 on the proleptic Gregorian calendar. */
function dayNumber(day: string): number {
  const date = new Date(0);
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round(date.getTime() / 86_400_000);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier), counted on the calendar, so no time zone enters. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** `day` plus `days` calendar days (negative to go back), `YYYY-MM-DD`, whatever the time zone. */
export function addDaysToDay(day: string, days: number): string {
  return format(addDays(parseISO(day), days), "yyyy-MM-dd");
}
