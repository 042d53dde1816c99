import { CliError } from "./CliError";
import type { CommandOption } from "./Command";

/** The `--as-of` option, shared by the commands that judge a document on a day. */
export const asOfOption: CommandOption = {
  name: "as-of",
  type: "string",
  valueName: "<YYYY-MM-DD>",
  description: "the day to judge the document on (default: today, in local time)",
};

/** Whether `text` is a calendar day `YYYY-MM-DD` that exists, from 1900-01-01 to 2999-12-31 (the days isms-kit accepts). */
export function isCalendarDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The `--as-of` value, checked, or `fallback` (today) when it was not given. */
export function readAsOf(value: unknown, fallback: () => string, command: string): string {
  if (value === undefined) return fallback();
  if (typeof value !== "string" || !isCalendarDay(value)) {
    throw new CliError(`${command}: --as-of must be a calendar day YYYY-MM-DD that exists, from 1900-01-01 to 2999-12-31; found ${JSON.stringify(String(value))} (see 'isms-kit ${command} --help')`);
  }
  return value;
}
