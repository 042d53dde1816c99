/** Describes a value for an error message: its type, and the value itself when it is short. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : "a Date";
  if (typeof value === "string") return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  return typeof value === "object" ? "an object" : typeof value;
}

/** The options object of `fn`: `{}` when left out; a TypeError when it is not a plain object. */
export function readOptions<T extends object>(options: T | undefined, fn: string): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${fn}: expected an options object; found ${describeValue(options)}`);
  }
  return options;
}

/** Checks that `value` is an object with the array-valued keys a function reads; a TypeError otherwise. */
export function requireCollections(value: unknown, keys: readonly string[], fn: string, what = "isms"): void {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`${fn}: expected ${what} to be an ISMS document (from parseIsms); found ${describeValue(value)}`);
  }
  const missing = keys.filter((key) => !Array.isArray((value as Record<string, unknown>)[key]));
  if (missing.length > 0) {
    throw new TypeError(
      `${fn}: expected ${what} to be an ISMS document from parseIsms; ${missing.map((key) => `"${key}"`).join(", ")} ${missing.length === 1 ? "is" : "are"} not a list`,
    );
  }
}

/** An integer in `[min, max]` (Infinity allowed when `max` is Infinity); a RangeError otherwise. */
export function readInteger(value: unknown, name: string, fn: string, min: number, max = Number.POSITIVE_INFINITY): number {
  const ok =
    typeof value === "number" &&
    value >= min &&
    value <= max &&
    (Number.isInteger(value) || (value === Number.POSITIVE_INFINITY && max === Number.POSITIVE_INFINITY));
  if (!ok) {
    const range = max === Number.POSITIVE_INFINITY ? `at least ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${fn}: expected ${name} to be a whole number ${range}; found ${describeValue(value)}`);
  }
  return value;
}
