import type { IsmsKitIssue } from "./IsmsKitError";
import { issue } from "./issue";
import type { JsonPath } from "./jsonPointer";

/** Nesting deeper than this, inside free-form data, is refused (no ISMS document comes close). */
export const MAX_DEPTH = 64;

/**
 * A JSON value: what free-form fields such as `extensions` may hold.
 *
 * @category Model
 * @example
 * ```ts
 * const value: JsonValue = { ticket: "SEC-12", labels: ["pci"], priority: 2, closed: false, due: null };
 * ```
 */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "function") return "a function";
  if (value instanceof Date) return "a Date object";
  if (value !== null && typeof value === "object") return `an object of class ${value.constructor?.name ?? "unknown"}`;
  return typeof value;
}

/** What {@link scanJson} reports. */
export type ScanJsonIssueCode = "invalid_type" | "forbidden_key" | "too_deep" | "circular_structure";

/**
 * Checks that an untrusted value is plain JSON data that is safe to copy: only null, booleans, finite
 * numbers, strings, arrays and plain objects; no `__proto__` keys (a plain object cannot keep one as
 * data); no circular structures; nesting at most {@link MAX_DEPTH} deep. Iterative, so hostile input
 * cannot overflow the stack. Paths in the issues are relative to the value. With `undefinedFields:
 * "absent"`, an object's field whose value is `undefined` counts as absent, as `JSON.stringify` has
 * it (an item of a list never does).
 */
export function scanJson(input: unknown, options: { readonly undefinedFields?: "absent" } = {}): IsmsKitIssue<ScanJsonIssueCode>[] {
  const issues: IsmsKitIssue<ScanJsonIssueCode>[] = [];
  type Frame = { value: unknown; path: (string | number)[]; exit: boolean };
  const stack: Frame[] = [{ value: input, path: [], exit: false }];
  const ancestors = new Set<object>();
  const add = (path: JsonPath, code: ScanJsonIssueCode, message: string) => issues.push(issue(path, code, message));

  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { value, path } = frame;
    if (value === null || typeof value === "string" || typeof value === "boolean") continue;
    if (typeof value === "number") {
      if (!Number.isFinite(value)) add(path, "invalid_type", `expected JSON data; found ${describe(value)}`);
      continue;
    }
    if (typeof value !== "object") {
      add(path, "invalid_type", `expected JSON data; found ${describe(value)}`);
      continue;
    }
    if (frame.exit) {
      ancestors.delete(value);
      continue;
    }
    if (ancestors.has(value)) {
      add(path, "circular_structure", "expected JSON data; found a circular reference to an enclosing object");
      continue;
    }
    const isArray = Array.isArray(value);
    const proto = Object.getPrototypeOf(value);
    if (!isArray && proto !== Object.prototype && proto !== null) {
      add(path, "invalid_type", `expected JSON data; found ${describe(value)}`);
      continue;
    }
    if (path.length >= MAX_DEPTH) {
      add(path, "too_deep", `expected at most ${MAX_DEPTH} levels of nesting; found deeper nesting`);
      continue;
    }
    ancestors.add(value);
    stack.push({ value, path, exit: true });
    if (isArray) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], exit: false });
    } else {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (key === "__proto__") {
          add([...path, key], "forbidden_key", 'the key "__proto__" is not allowed (it cannot be kept as data)');
          continue;
        }
        const field = (value as Record<string, unknown>)[key];
        if (field === undefined && options.undefinedFields === "absent") continue;
        stack.push({ value: field, path: [...path, key], exit: false });
      }
    }
  }
  return issues;
}

/** A deep copy of a value {@link scanJson} accepted, built without the prototype setter. */
export function copyJson(value: unknown): JsonValue {
  if (value === null || typeof value !== "object") return value as JsonValue;
  if (Array.isArray(value)) return value.map(copyJson);
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(out, key, {
      value: copyJson((value as Record<string, unknown>)[key]),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
