/** A short description of a value for the "found …" part of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** A zod error function for an enum: `expected one of a, b, c; found "x"`. */
export function enumError(expected: string): (issue: { input?: unknown }) => string {
  return (issue) => `expected ${expected}; found ${describeValue(issue.input)}`;
}
