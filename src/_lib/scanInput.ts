import type { IsmsIssue } from "../model/IsmsValidationError";
import { toJsonPointer } from "./jsonPointer";

/** Nesting deeper than this is refused before the schema sees it (no ISMS document comes close). */
export const MAX_DEPTH = 64;

/**
 * Checks an untrusted value for what would make validation unsafe: nesting deeper than
 * {@link MAX_DEPTH}, circular structures, and `__proto__` keys (which a plain object cannot keep as
 * data and zod would silently drop). Iterative, so hostile input cannot overflow the stack.
 */
export function scanInput(input: unknown): IsmsIssue[] {
  const issues: IsmsIssue[] = [];
  type Frame = { value: unknown; path: (string | number)[]; exit: boolean };
  const stack: Frame[] = [{ value: input, path: [], exit: false }];
  const ancestors = new Set<object>();
  const seen = new Set<object>();
  const add = (path: (string | number)[], code: IsmsIssue["code"], message: string) =>
    issues.push({ path, pointer: toJsonPointer(path), code, message });

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, path } = frame;
    if (value === null || typeof value !== "object") continue;
    if (frame.exit) {
      ancestors.delete(value);
      continue;
    }
    if (ancestors.has(value)) {
      add(path, "circular_structure", "expected JSON data; found a circular reference to an enclosing object");
      continue;
    }
    if (seen.has(value)) continue;
    seen.add(value);
    if (path.length >= MAX_DEPTH) {
      add(path, "too_deep", `expected at most ${MAX_DEPTH} levels of nesting; found deeper nesting`);
      continue;
    }
    ancestors.add(value);
    stack.push({ value, path, exit: true });
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], exit: false });
    } else {
      const keys = Object.keys(value);
      if (Object.prototype.hasOwnProperty.call(value, "__proto__")) {
        add([...path, "__proto__"], "forbidden_key", "the key \"__proto__\" is not allowed (it cannot be kept as data)");
      }
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (key === "__proto__") continue;
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key], exit: false });
      }
    }
  }
  return issues;
}
