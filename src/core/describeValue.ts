/**
 * A short description of any value for the "found …" part of a message: `"a"` (quoted, shortened
 * past 60 characters), `3`, `true`, `null`, `nothing`, `an array of 2`, `an object`, `a Date`.
 * The one describer every message in isms-kit uses.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : "a Date";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      return "an object";
    case "function":
      return "a function";
    default:
      return typeof value;
  }
}

/** Ids as a message lists them: `"a", "b", "c"`, at most `max`, then how many there are in all. */
export function listValues(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((value) => JSON.stringify(value));
  return values.length > max ? `${shown.join(", ")}, … (${values.length} in all)` : shown.join(", ");
}
