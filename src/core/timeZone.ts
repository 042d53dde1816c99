/**
 * Wall-clock arithmetic in a named time zone (an IANA name such as `Europe/Berlin`), on the time-zone
 * rules of the platform's `Intl` — used only when a caller names a zone; nothing here reads the
 * machine's own zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (found === undefined) {
    found = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, found);
  }
  return found;
}

/** Whether `Intl` knows a time zone by this name (`Europe/Berlin`, `UTC`). */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0 || name.length > 64) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of an instant in a zone, as the milliseconds `Date.UTC` gives for it. */
function wallClock(instant: number, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(new Date(instant))) if (part.type !== "literal") parts[part.type] = Number(part.value);
  return Date.UTC(parts["year"]!, parts["month"]! - 1, parts["day"]!, parts["hour"]!, parts["minute"]!, parts["second"]!);
}

/** The offset from UTC, in minutes, that a zone is at on an instant (`Europe/Berlin` in July: 120). */
export function offsetInTimeZone(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClock(whole, zone) - whole) / 60_000);
}

const DAY = 86_400_000;

/**
 * The instant a wall-clock reading names in a zone (the reading given as the milliseconds `Date.UTC`
 * gives for it). A reading that happens twice (when clocks go back) is its first occurrence; one that
 * never happens (when clocks go forward) is read with the offset before the change, so 02:30 on the
 * night clocks jump from 02:00 to 03:00 is 03:30 — as `Temporal`'s "compatible" disambiguation does.
 */
export function instantInTimeZone(reading: number, zone: string): number {
  const milliseconds = ((reading % 1000) + 1000) % 1000;
  const whole = reading - milliseconds;
  const before = offsetInTimeZone(whole - DAY, zone);
  const after = offsetInTimeZone(whole + DAY, zone);
  const fits = [before, after].map((offset) => whole - offset * 60_000).filter((instant) => wallClock(instant, zone) === whole);
  return (fits.length > 0 ? Math.min(...fits) : whole - before * 60_000) + milliseconds;
}

/**
 * An instant plus `months` calendar months on a zone's wall clock: the same wall-clock time on the
 * same day of the month (the last day of a shorter month), wherever the zone's offset then is.
 */
export function addMonthsInTimeZone(instant: number, months: number, zone: string): number {
  const milliseconds = ((instant % 1000) + 1000) % 1000;
  const reading = new Date(wallClock(instant - milliseconds, zone));
  const year = reading.getUTCFullYear();
  const month = reading.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = Date.UTC(year, month, Math.min(reading.getUTCDate(), lastDay), reading.getUTCHours(), reading.getUTCMinutes(), reading.getUTCSeconds());
  return instantInTimeZone(target, zone) + milliseconds;
}
