/**
 * Freezes a value and everything reachable from it, also inside containers that are already frozen
 * (zod freezes the arrays it parses with `.readonly()`, but not their elements); returns the value.
 * Only for objects this module created.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (value === null || typeof value !== "object" || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return value;
}
