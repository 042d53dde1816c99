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
  const last = segments.length - 1;
  // The path so far: `trail[d]` is the key or index taken at depth `d` (written in place, no push
  // and pop per element); `path()` is called only at the end of the pattern, with the trail full.
  const trail: (string | number)[] = new Array<string | number>(segments.length).fill("");
  const path = () => trail.slice();
  const step = (value: unknown, depth: number): void => {
    const segment = segments[depth]!;
    if (segment === "*") {
      if (!Array.isArray(value)) return;
      const n = value.length;
      if (depth === last) {
        // The last segment (the usual `records/*`): the elements visited in one loop.
        for (let i = 0; i < n; i++) {
          trail[depth] = i;
          visit(value[i], path);
        }
      } else {
        for (let i = 0; i < n; i++) {
          trail[depth] = i;
          step(value[i], depth + 1);
        }
      }
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      if (!Object.prototype.hasOwnProperty.call(value, segment)) return;
      const child = (value as Record<string, unknown>)[segment];
      if (child === undefined) return;
      trail[depth] = segment;
      if (depth === last) visit(child, path);
      else step(child, depth + 1);
    }
  };
  // The empty pattern ("" splits to [""]) names the key "", as before.
  step(root, 0);
}
