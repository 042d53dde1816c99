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

/** The number the characters `text[from … to)` write in ASCII digits, or -1 when one is not a digit. */
const digits = (text: string, from: number, to: number): number => {
  let n = 0;
  for (let i = from; i < to; i++) {
    // "0" … "9" are 48 … 57: exactly the code units that XOR 48 turns into 0 … 9.
    const d = text.charCodeAt(i) ^ 48;
    if (d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/**
 * Whether a value is a `YYYY-MM-DD` string naming a day that exists (so not 2026-02-30), in any
 * four-digit year. Read from the characters (no pattern run, no match object, no substring):
 * documents hold hundreds of thousands of dates, and the validators test each with this. Decides
 * exactly as zod's `z.iso.date()` pattern does (a test compares the two on every day of 1800–3100).
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || value[4] !== "-" || value[7] !== "-") return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Whether a value is a `YYYY-MM-DD` string naming a day that exists, from 1900-01-01 to 2999-12-31. */
export function isIsoDate(value: unknown): value is string {
  if (!isCalendarDate(value)) return false;
  const year = digits(value, 0, 4);
  return year >= MIN_YEAR && year <= MAX_YEAR;
}
