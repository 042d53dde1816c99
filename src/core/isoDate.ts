const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The first and last years isms-kit accepts in a date: 1900 to 2999. Every date in a document and
 * every `asOf` lies in this range, which OSCAL's date-time type also requires, so four-digit years
 * compare correctly as text and every export is valid.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/** The range of dates isms-kit accepts, as messages name it. */
export const DATE_RANGE_TEXT = `from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31`;

/** Whether `year` is a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1 to 12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/**
 * Whether a value is a `YYYY-MM-DD` string naming a day that exists (so not 2026-02-30), in any
 * four-digit year. Read character by character (no pattern, nothing allocated): documents hold
 * hundreds of thousands of dates, and the validators test each with this. Decides exactly as zod's
 * `z.iso.date()` pattern does (a test compares the two on every day of every year).
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 2);
  const day = digitsAt(value, 8, 2);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number the ASCII digits `text[start … start + count)` write, or -1 when one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether a value is a `YYYY-MM-DD` string naming a day that exists, from 1900-01-01 to 2999-12-31. */
export function isIsoDate(value: unknown): value is string {
  if (!isCalendarDate(value)) return false;
  const year = digitsAt(value, 0, 4);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
