/**
 * Called by {@link walkPattern} for each value found; `path()` builds the value's path on demand and
 * is valid only during the call.
 */
export type PatternVisitor = (value: unknown, path: () => (string | number)[]) => void;

const patternCache = new Map<string, readonly string[]>();

function segmentsOf(pattern: string): readonly string[] {
  let segments = patternCache.get(pattern);
  if (!segments) {
    segments = Object.freeze(pattern.split("/"));
    patternCache.set(pattern, segments);
  }
  return segments;
}

/**
 * Visits every value at a slash-separated pattern in an untrusted JSON-like value, in document order.
 * `*` matches each element of an array; other segments are object keys (own properties only).
 * Places whose parents have the wrong type are skipped, so it is safe on invalid input. Paths are
 * built only when a visitor asks for one, so walking a large document allocates little.
 *
 * `walkPattern(doc, "risks/*\/ownerId", visit)` visits each risk's `ownerId` that is present.
 */
export function walkPattern(root: unknown, pattern: string, visit: PatternVisitor): void {
  const segments = segmentsOf(pattern);
  const trail: (string | number)[] = [];
  const path = () => trail.slice();
  const step = (value: unknown, depth: number): void => {
    if (depth === segments.length) {
      visit(value, path);
      return;
    }
    const segment = segments[depth]!;
    if (segment === "*") {
      if (!Array.isArray(value)) return;
      for (let i = 0; i < value.length; i++) {
        trail.push(i);
        step(value[i], depth + 1);
        trail.pop();
      }
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return;
      const child = (value as Record<string, unknown>)[segment];
      if (child === undefined) return;
      trail.push(segment);
      step(child, depth + 1);
      trail.pop();
    }
  };
  step(root, 0);
}
