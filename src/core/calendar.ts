import { argumentError } from "./arguments";
import { DATE_RANGE_TEXT, daysInMonth, isCalendarDate, isIsoDate, MAX_YEAR, MIN_YEAR } from "./isoDate";
import type { JsonPath } from "./jsonPointer";

/**
 * Calendar arithmetic on `YYYY-MM-DD` days, in whole numbers only: no `Date`, no local midnight, so
 * the answer is the same in every time zone (Pacific/Kiritimati skipped 1994-12-31 and Pacific/Apia
 * 2011-12-30; arithmetic through local time slips a day there).
 */

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A day as text, from its year, month (1–12) and day of the month. */
function formatDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The year, month and day of a `YYYY-MM-DD` text. */
function partsOf(day: string): [number, number, number] {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** Days since 1970-01-01 of a day of the proleptic Gregorian calendar (H. Hinnant's days_from_civil). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The day of a day number (H. Hinnant's civil_from_days). */
function fromDayNumber(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatDay(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * The calendar day a caller means by a date argument (`asOf`, say): a `YYYY-MM-DD` string as it
 * stands, or a `Date`'s local calendar day, from 1900-01-01 to 2999-12-31. Anything else throws an
 * {@link ArgumentError} naming `fn` and the argument's `path`, and saying what was found.
 */
export function toCalendarDay(value: unknown, fn: string, path: JsonPath = ["options", "asOf"]): string {
  if (typeof value === "string") {
    if (isIsoDate(value)) return value;
    const what = isCalendarDate(value) ? `a day ${DATE_RANGE_TEXT}` : "a calendar date YYYY-MM-DD that exists";
    throw argumentError(fn, path, isCalendarDate(value) ? "invalid_value" : "invalid_format", `expected ${what}; found ${JSON.stringify(value)}`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw argumentError(fn, path, "invalid_value", "expected a valid Date; found an invalid Date");
    const year = value.getFullYear();
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw argumentError(fn, path, "invalid_value", `expected a Date ${DATE_RANGE_TEXT}; found one in the year ${year}`);
    }
    return formatDay(year, value.getMonth() + 1, value.getDate());
  }
  throw argumentError(fn, path, "invalid_type", `expected a calendar date YYYY-MM-DD or a Date; found ${value === undefined ? "nothing" : typeof value}`);
}

/**
 * `day` plus `months` calendar months (negative to go back), clamped to the end of shorter months
 * (2026-01-31 + 1 → 2026-02-28).
 */
export function addMonthsToDay(day: string, months: number): string {
  return monthsLater(day, months, formatDay);
}

/**
 * `day` plus `months` calendar months, clamped to the end of shorter months, given to `as` as year,
 * month and day: the one computation behind {@link addMonthsToDay} and {@link addMonthsToDayKey}.
 */
function monthsLater<T>(day: string, months: number, as: (year: number, month: number, day: number) => T): T {
  // Read digit by digit: no text is built (this runs for every evidence record and risk).
  const year = digitsOf(day, 0, 4);
  const month = digitsOf(day, 5, 7);
  const date = digitsOf(day, 8, 10);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return as(newYear, newMonth, Math.min(date, daysInMonth(newYear, newMonth)));
}

/** The number the digits of `day` from `from` to `to` (excluded) spell, read one by one (no text is built); `NaN` when one is not a digit. */
function digitsOf(day: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const digit = day.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * A `YYYY-MM-DD` day as the number YYYYMMDD: days of four-digit years compare as their numbers
 * do, as they compare as text. For comparisons made many times over (every evidence record, every
 * risk), with no text built; `NaN` for anything that is not such a day's digits.
 */
export function dayKey(day: string): number {
  if (day.length !== 10) return Number.NaN;
  return keyOf(digitsOf(day, 0, 4), digitsOf(day, 5, 7), digitsOf(day, 8, 10));
}

/** {@link addMonthsToDay} as a {@link dayKey}: `dayKey(addMonthsToDay(day, months))`, with no text built. */
export function addMonthsToDayKey(day: string, months: number): number {
  return monthsLater(day, months, keyOf);
}

function keyOf(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

/** `day` plus `days` calendar days (negative to go back). */
export function addDaysToDay(day: string, days: number): string {
  return fromDayNumber(dayNumber(...partsOf(day)) + days);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(...partsOf(to)) - dayNumber(...partsOf(from));
}
