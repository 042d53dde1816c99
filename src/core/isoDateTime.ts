import { addMonthsToDay } from "./calendar";
import { isCalendarDate, isIsoDate, MAX_YEAR, MIN_YEAR } from "./isoDate";

/**
 * `YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm)`: a date-time with its offset, as RFC 3339 writes it.
 * Groups: year, month, day, hour, minute, second, fraction, offset.
 */
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** The offsets in use anywhere on Earth: from UTC−12:00 to UTC+14:00, in minutes. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/** The parts of a valid date-time: its local day and time, and its offset from UTC in minutes. */
interface DateTimeParts {
  readonly day: string;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  readonly offsetMinutes: number;
}

/**
 * The parts of a date-time of any four-digit year. The years a document may hold (1900 to 2999,
 * {@link isIsoDateTime}) are checked where a date-time comes in; arithmetic on them may step just
 * outside (72 hours after 2999-12-31T20:00:00Z), and what it gives must still name its instant.
 */
function partsOf(value: unknown): DateTimeParts | undefined {
  if (typeof value !== "string" || value.length > 40) return undefined;
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return undefined;
  const day = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isCalendarDate(day)) return undefined;
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = match[8]!;
  const offsetMinutes = zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  if (zone !== "Z" && Number(zone.slice(4, 6)) > 59) return undefined;
  if (offsetMinutes < MIN_OFFSET_MINUTES || offsetMinutes > MAX_OFFSET_MINUTES) return undefined;
  const millisecond = match[7] === undefined ? 0 : Math.floor(Number(`0${match[7]}`) * 1000);
  return { day, hour, minute, second, millisecond, offsetMinutes };
}

/**
 * Whether a value is an ISO 8601 / RFC 3339 date-time with an offset (`2026-03-04T09:12:00+01:00`,
 * `2026-03-04T08:12:00Z`): a day that exists in the years dates accept, a time of day, and an offset
 * in use on Earth (−12:00 to +14:00). A date-time without an offset names no instant and is refused.
 */
export function isIsoDateTime(value: unknown): value is string {
  const parts = partsOf(value);
  if (parts === undefined) return false;
  const year = Number(parts.day.slice(0, 4));
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * The instant a date-time names, in milliseconds since 1970-01-01T00:00:00Z: one that
 * {@link isIsoDateTime} accepts, or one that arithmetic on it gave (any four-digit year).
 */
export function instantOf(dateTime: string): number {
  const p = partsOf(dateTime);
  /* c8 ignore next */
  if (p === undefined) throw new Error(`not a date-time: ${dateTime}`);
  const [y, m, d] = p.day.split("-").map(Number) as [number, number, number];
  const utc = Date.UTC(y, m - 1, d, p.hour, p.minute, p.second, p.millisecond);
  return utc - p.offsetMinutes * 60_000;
}

/** The calendar day a date-time falls on where it was written (in its own offset): its first ten characters. */
export function dayOf(dateTimeOrDay: string): string {
  return dateTimeOrDay.slice(0, 10);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * An instant written in a given offset, `YYYY-MM-DDThh:mm:ss±hh:mm` (`Z` for UTC), with
 * milliseconds (`.250`) when it has any.
 */
export function formatInstant(instant: number, offsetMinutes: number): string {
  const local = new Date(instant + offsetMinutes * 60_000);
  const zone = offsetMinutes === 0 ? "Z" : `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const ms = local.getUTCMilliseconds();
  const fraction = ms === 0 ? "" : `.${pad(ms, 3)}`;
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${fraction}${zone}`;
}

/** The offset of a valid date-time from UTC, in minutes. */
export function offsetOf(dateTime: string): number {
  return partsOf(dateTime)!.offsetMinutes;
}

/** A date-time plus `hours` (exact hours on the time line), written in the same offset. */
export function addHoursToDateTime(dateTime: string, hours: number): string {
  return formatInstant(instantOf(dateTime) + hours * 3_600_000, offsetOf(dateTime));
}

/**
 * A date-time plus `months` calendar months, at the same wall-clock time in the same offset; the day
 * is clamped to the end of a shorter month (31 January + 1 month → 28 or 29 February).
 */
export function addMonthsToDateTime(dateTime: string, months: number): string {
  const p = partsOf(dateTime)!;
  const [year, month, date] = addMonthsToDay(p.day, months).split("-").map(Number) as [number, number, number];
  const local = Date.UTC(year, month - 1, date, p.hour, p.minute, p.second, p.millisecond);
  return formatInstant(local - p.offsetMinutes * 60_000, p.offsetMinutes);
}

/**
 * Orders two moments, each a date (`YYYY-MM-DD`) or a date-time with an offset: two date-times by
 * the instants they name, anything else by calendar day (a date-time's day where it was written).
 * Negative when `a` is earlier, 0 when they are the same (or on the same day, for a date).
 */
export function compareMoments(a: string, b: string): number {
  if (a.length > 10 && b.length > 10) return instantOf(a) - instantOf(b);
  const x = dayOf(a);
  const y = dayOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a value is a date or a date-time with an offset. */
export function isMoment(value: unknown): value is string {
  return isIsoDate(value) || isIsoDateTime(value);
}
