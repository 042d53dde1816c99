import type { z } from "zod";
import { checkIsmsIntegrity } from "./_lib/checkIsmsIntegrity";
import { checkRiskRatings } from "./_lib/checkRiskRatings";
import { toJsonPointer } from "../core/jsonPointer";
import { IsmsSchema, type Isms } from "./IsmsSchema";
import { IsmsValidationError, type IsmsIssue, type IsmsIssueCode } from "./IsmsValidationError";

/**
 * The result of {@link safeParseIsms}: the document, or the error with every problem.
 *
 * @category Model
 * @example
 * ```ts
 * const result: SafeParseIsmsResult = safeParseIsms({});
 * result.success
 * //=> false
 * ```
 */
export type SafeParseIsmsResult =
  | { readonly success: true; readonly data: Isms }
  | { readonly success: false; readonly error: IsmsValidationError };

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case "string":
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case "number":
    case "boolean":
    case "bigint":
      return String(value);
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}

function toIssues(zodIssues: readonly z.core.$ZodIssue[]): IsmsIssue[] {
  const out: IsmsIssue[] = [];
  for (const issue of zodIssues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const keyPath = [...path, key];
        out.push(
          key === "__proto__"
            ? { path: keyPath, pointer: toJsonPointer(keyPath), code: "forbidden_key", message: 'the key "__proto__" is not allowed (it cannot be kept as data)' }
            : {
                path: keyPath,
                pointer: toJsonPointer(keyPath),
                code: "unrecognized_keys",
                message: `unknown field "${key}": the ISMS document has no such field here (keep tool-specific data under "extensions")`,
              },
        );
      }
      continue;
    }
    if (issue.code === "custom" && typeof issue.params?.code === "string") {
      out.push({ path, pointer: toJsonPointer(path), code: issue.params.code as IsmsIssueCode, message: issue.message });
      continue;
    }
    const input = (issue as { input?: unknown }).input;
    let message = issue.message;
    if (issue.code === "invalid_type" && input === undefined) {
      message = `missing required field (expected ${issue.expected})`;
    } else if (issue.code === "invalid_type") {
      message = `expected ${issue.expected}; found ${describeValue(input)}`;
    } else if (!/received|found/i.test(message) && input !== undefined && issue.code !== "invalid_union") {
      message = `${message}; found ${describeValue(input)}`;
    }
    out.push({ path, pointer: toJsonPointer(path), code: issue.code as IsmsIssueCode, message });
  }
  return out;
}

/**
 * Validates an ISMS document like {@link parseIsms}, but returns the outcome instead of throwing.
 *
 * @param input - the document, typically the result of `JSON.parse`
 * @returns `{ success: true, data }` with the typed document, or `{ success: false, error }` with
 *   an {@link IsmsValidationError} that lists every problem
 * @category Model
 * @example
 * ```ts
 * const result = safeParseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, people: [{ id: "p-1" }] });
 * result.success ? "valid" : result.error.issues.map((i) => i.pointer)
 * //=> ["/people/0/name"]
 * ```
 */
export function safeParseIsms(input: unknown): SafeParseIsmsResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      success: false,
      error: new IsmsValidationError([
        {
          path: [],
          pointer: "",
          code: "invalid_type",
          message: `expected an ISMS document (a JSON object); found ${describeValue(input)}`,
        },
      ]),
    };
  }
  // Parse fast; only when the shape is wrong parse again keeping the inputs the messages quote.
  const shape = IsmsSchema.safeParse(input);
  const issues = shape.success ? [] : toIssues(IsmsSchema.safeParse(input, { reportInput: true }).error?.issues ?? shape.error.issues);
  issues.push(...checkIsmsIntegrity(input), ...checkRiskRatings(input));
  if (issues.length > 0 || !shape.success) return { success: false, error: new IsmsValidationError(issues) };
  return { success: true, data: shape.data };
}
