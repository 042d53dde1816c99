import type { JsonPath } from "./jsonPointer";

/** A place found by {@link walkPattern}: the value and its path from the root. */
export interface PatternMatch {
  readonly value: unknown;
  readonly path: (string | number)[];
}

/**
 * Every value at a slash-separated pattern in an untrusted JSON-like value, in document order.
 * `*` matches each element of an array; other segments are object keys (own properties only).
 * Places whose parents have the wrong type are skipped, so it is safe on invalid input.
 *
 * `walkPattern(doc, "risks/*\/ownerId")` yields each risk's `ownerId` that is present.
 */
export function walkPattern(root: unknown, pattern: string): PatternMatch[] {
  let current: PatternMatch[] = [{ value: root, path: [] }];
  for (const segment of pattern.split("/")) {
    const next: PatternMatch[] = [];
    for (const { value, path } of current) {
      if (segment === "*") {
        if (!Array.isArray(value)) continue;
        for (let i = 0; i < value.length; i++) next.push({ value: value[i], path: [...path, i] });
      } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        if (!Object.prototype.hasOwnProperty.call(value, segment)) continue;
        const child = (value as Record<string, unknown>)[segment];
        if (child === undefined) continue;
        next.push({ value: child, path: [...path, segment] });
      }
    }
    current = next;
  }
  return current;
}

/** Whether a concrete path matches a pattern (`*` matches any array index). */
export function pathMatchesPattern(path: JsonPath, pattern: string): boolean {
  const segments = pattern.split("/");
  if (segments.length !== path.length) return false;
  return segments.every((s, i) => (s === "*" ? typeof path[i] === "number" : s === path[i]));
}
