import { isIsoDate } from "../../../core/isoDate";
import type { OscalIssue } from "../OscalError";
import { oscalIssue } from "./oscalIssue";

/** OSCAL's DateTimeWithTimezoneDatatype pattern (OSCAL 1.2.1 JSON Schemas). */
const DATE_TIME_WITH_TIMEZONE =
  /^(((2000|2400|2800|(19|2[0-9](0[48]|[2468][048]|[13579][26])))-02-29)|(((19|2[0-9])[0-9]{2})-02-(0[1-9]|1[0-9]|2[0-8]))|(((19|2[0-9])[0-9]{2})-(0[13578]|10|12)-(0[1-9]|[12][0-9]|3[01]))|(((19|2[0-9])[0-9]{2})-(0[469]|11)-(0[1-9]|[12][0-9]|30)))T(2[0-3]|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?(Z|(-((0[0-9]|1[0-2]):00|0[39]:30)|\+((0[0-9]|1[0-4]):00|(0[34569]|10):30|(0[58]|12):45)))$/;

/** Whether `value` is an OSCAL date-time with a time zone. */
export function isOscalDateTime(value: string): boolean {
  return DATE_TIME_WITH_TIMEZONE.test(value);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * An instant in UTC (`…Z`) as OSCAL's date-time pattern accepts it. The pattern of the OSCAL 1.2.1
 * schemas rejects 29 February of the leap years 1904–1996 (its alternation binds `19` alone); such an
 * instant is written with the offset that puts it on 28 February (`1916-02-29T00:00:00Z` is
 * `1916-02-28T23:00:00-01:00`) or on 1 March, which is the same instant.
 */
export function oscalInstant(iso: string): string {
  const match = /^(19\d\d)-02-29T(\d\d):(\d\d):(\d\d(?:\.\d+)?)Z$/.exec(iso);
  if (match === null || isOscalDateTime(iso)) return iso;
  const [, year, hh, mm, ss] = match as unknown as [string, string, string, string, string];
  const hour = Number(hh);
  return hour < 12 ? `${year}-02-28T23:${mm}:${ss}-${pad(hour + 1)}:00` : `${year}-03-01T00:${mm}:${ss}+${pad(24 - hour)}:00`;
}

/** The start of a calendar day `YYYY-MM-DD` as an OSCAL date-time, in UTC. */
export function startOfDay(day: string): string {
  return oscalInstant(`${day}T00:00:00Z`);
}

/** The last second of a calendar day `YYYY-MM-DD` as an OSCAL date-time, in UTC. */
export function endOfDay(day: string): string {
  return oscalInstant(`${day}T23:59:59Z`);
}

/**
 * Reads a timestamp option: a date-time with a time zone (`2026-03-01T09:30:00+01:00`, kept as
 * given), a calendar day `YYYY-MM-DD` (its start, in UTC) or a valid `Date` (in UTC). Anything else
 * is reported as an issue at `path`.
 */
export function readTimestamp(
  value: unknown,
  path: readonly (string | number)[],
  issues: OscalIssue[],
): string | undefined {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) {
      const iso = oscalInstant(value.toISOString());
      if (isOscalDateTime(iso)) return iso;
    }
    issues.push(oscalIssue(path, "invalid_value", "expected a valid Date between the years 1900 and 2999"));
    return undefined;
  }
  if (typeof value === "string") {
    if (isIsoDate(value) && isOscalDateTime(startOfDay(value))) return startOfDay(value);
    if (isOscalDateTime(oscalInstant(value))) return oscalInstant(value);
    issues.push(
      oscalIssue(
        path,
        "invalid_format",
        `expected a date-time with a time zone such as "2026-03-01T09:30:00Z", or a day "2026-03-01"; found ${JSON.stringify(value)}`,
      ),
    );
    return undefined;
  }
  issues.push(
    oscalIssue(
      path,
      value === undefined ? "missing" : "invalid_type",
      `expected a date-time with a time zone, a day YYYY-MM-DD or a Date; found ${value === undefined ? "nothing" : typeof value}`,
    ),
  );
  return undefined;
}

/**
 * Reads a day option: a calendar day `YYYY-MM-DD`, or a `Date` (its local calendar day, as
 * `assessRisks` reads `asOf`). Anything else is reported as an issue at `path`.
 */
export function readDay(value: unknown, path: readonly (string | number)[], issues: OscalIssue[]): string | undefined {
  if (typeof value === "string" && isIsoDate(value)) return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const day = `${String(value.getFullYear()).padStart(4, "0")}-${String(value.getMonth() + 1).padStart(2, "0")}-${String(value.getDate()).padStart(2, "0")}`;
    if (isOscalDateTime(startOfDay(day))) return day;
  }
  issues.push(
    oscalIssue(
      path,
      value === undefined ? "missing" : typeof value === "string" || value instanceof Date ? "invalid_value" : "invalid_type",
      `expected a calendar day from 1900-01-01 to 2999-12-31 (YYYY-MM-DD), or a valid Date in those years; found ${value === undefined ? "nothing" : JSON.stringify(value) ?? typeof value}`,
    ),
  );
  return undefined;
}
