import { ArgumentError } from "./ArgumentError";
import { describeValue } from "./describeValue";
import type { SchemaIssueCode } from "./IsmsKitError";
import { issue } from "./issue";
import type { JsonPath } from "./jsonPointer";

/**
 * Helpers that check what a public function was called with, and throw an {@link ArgumentError}
 * naming the function and the argument. Used at the edge of every room.
 */

/** An {@link ArgumentError} for one problem: `Invalid arguments to fn: 1 problem\n  options.asOf: …`. */
export function argumentError(fn: string, path: JsonPath, code: SchemaIssueCode, message: string): ArgumentError {
  return new ArgumentError(`Invalid arguments to ${fn}`, [issue(path, code, message)]);
}

/** The options object, or `{}` when it is left out; anything else but an object is an error. */
export function readOptions<T extends object>(options: T | undefined, fn: string): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw argumentError(fn, ["options"], "invalid_type", `expected an options object; found ${describeValue(options)}`);
  }
  return options;
}

/** Checks that `value` is a document from `parseIsms` with each of `keys` a list, and each of `objects` an object. */
export function requireCollections(value: unknown, keys: readonly string[], fn: string, what = "isms", objects: readonly string[] = []): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw argumentError(fn, [what], "invalid_type", `expected an ISMS document (from parseIsms); found ${describeValue(value)}`);
  }
  const record = value as Record<string, unknown>;
  const isObject = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
  const issues = [
    ...keys.filter((key) => !Array.isArray(record[key])).map((key) => issue([what, key], "invalid_type", `expected a list (is this a document from parseIsms?); found ${describeValue(record[key])}`)),
    ...objects.filter((key) => !isObject(record[key])).map((key) => issue([what, key], "invalid_type", `expected an object (is this a document from parseIsms?); found ${describeValue(record[key])}`)),
  ];
  if (issues.length > 0) throw new ArgumentError(`Invalid arguments to ${fn}`, issues);
}

/** A whole number from `min` to `max` (`Infinity` is allowed when `max` is). */
export function readInteger(value: unknown, path: JsonPath, fn: string, min: number, max = Number.POSITIVE_INFINITY): number {
  const ok =
    typeof value === "number" &&
    value >= min &&
    value <= max &&
    (Number.isInteger(value) || (value === Number.POSITIVE_INFINITY && max === Number.POSITIVE_INFINITY));
  if (!ok) {
    const range = max === Number.POSITIVE_INFINITY ? `at least ${min}` : `from ${min} to ${max}`;
    const code = typeof value !== "number" ? "invalid_type" : value < min ? "too_small" : value > max ? "too_big" : "invalid_value";
    throw argumentError(fn, path, code, `expected a whole number ${range}; found ${describeValue(value)}`);
  }
  return value;
}

/** A string, or undefined when left out. */
export function readText(value: unknown, path: JsonPath, fn: string): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  throw argumentError(fn, path, "invalid_type", `expected a string; found ${describeValue(value)}`);
}
