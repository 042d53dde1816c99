import { describeValue, listValues } from "../../core/describeValue";
import { didYouMeanHint } from "../../core/didYouMean";
import { isIsoDateTime } from "../../core/isoDateTime";
import { readDate, readList, readYesNo } from "./cells";
import type { FieldType } from "./recordFields";

/** What a cell gives: a value, nothing (an empty cell), or why it cannot be read. */
export type CellValue = { readonly value: unknown } | { readonly empty: true } | { readonly error: string };

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

/** An enum value from a cell, case and separators aside (`Penetration test` → `penetration-test`). */
function readEnum(text: string, values: readonly string[]): CellValue {
  const exact = values.find((v) => v === text) ?? values.find((v) => v.toLowerCase() === text.toLowerCase()) ?? values.find((v) => squash(v) === squash(text) && squash(text) !== "");
  if (exact !== undefined) return { value: exact };
  return { error: `expected one of ${listValues(values, 16)}; found ${describeValue(text)}${didYouMeanHint(text, values)}` };
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A date-time with its offset, as RFC 3339 writes it: `2026-03-04T09:12:00+01:00`. Also read: a space
 * for the `T`, minutes without seconds, `UTC`/`GMT` for `Z`, offsets as `+0100` or `+01`. A time
 * without an offset names no instant and is refused.
 */
export function readDateTime(text: string): CellValue {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) {
    return { error: `expected a date-time with its offset, such as 2026-03-04T09:12:00+01:00 or 2026-03-04 08:12Z; found ${describeValue(text)}` };
  }
  const [, day, hour, minute, second = "00", fraction = "", zone] = match;
  if (zone === undefined) return { error: `${describeValue(text)} has no offset from UTC, so it names no instant; add it (Z, +01:00 …)` };
  const upper = zone.toUpperCase();
  let offset = upper === "Z" || upper === "UTC" || upper === "GMT" ? "Z" : zone.replace(":", "");
  if (offset !== "Z") offset = `${offset.slice(0, 3)}:${offset.slice(3, 5) || "00"}`;
  const value = `${day}T${hour}:${minute}:${second}${fraction}${offset}`;
  return isIsoDateTime(value) ? { value } : { error: `expected a date-time that exists, with an offset from −12:00 to +14:00; found ${describeValue(text)}` };
}

function readNumber(text: string, integer: boolean): CellValue {
  const t = text.trim().replace(/^\+/, "");
  const normal = /^-?\d+,\d+$/.test(t) ? t.replace(",", ".") : t;
  if (!/^-?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(normal)) return { error: `expected ${integer ? "a whole number" : "a number"}; found ${describeValue(text)}` };
  const value = Number(normal);
  if (integer && !Number.isInteger(value)) return { error: `expected a whole number; found ${describeValue(text)}` };
  return { value };
}

/** The value of a cell for a field of a given type. */
export function cellValue(text: string, type: FieldType): CellValue {
  if (text === "") return { empty: true };
  switch (type.kind) {
    case "text":
      return { value: text };
    case "enum":
      return readEnum(text, type.values);
    case "boolean": {
      const value = readYesNo(text);
      return value === undefined ? { error: `expected yes or no (true, false, x …); found ${describeValue(text)}` } : value === null ? { empty: true } : { value };
    }
    case "number":
      return readNumber(text, type.integer);
    case "date": {
      const value = readDate(text);
      return value === undefined ? { error: `expected a date YYYY-MM-DD (or DD.MM.YYYY) that exists; found ${describeValue(text)}` } : { value };
    }
    case "dateTime":
      return readDateTime(text);
    case "list": {
      const values: unknown[] = [];
      for (const item of readList(text)) {
        const read = cellValue(item, type.item);
        if ("error" in read) return { error: `${read.error} (in the list ${describeValue(text)})` };
        if ("value" in read) values.push(read.value);
      }
      return { value: values };
    }
    case "json":
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { error: `expected JSON (for a list of records: [{…}, {…}]); found ${describeValue(text)}` };
      }
  }
}
