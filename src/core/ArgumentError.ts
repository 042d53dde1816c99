import { IsmsKitError, type IsmsKitIssue, type SchemaIssueCode } from "./IsmsKitError";

/**
 * One problem with the arguments a function was called with: the path starts with the parameter's
 * name (`["options", "asOf"]`, `["isms", "risks"]`), and the code is one of zod's shape codes
 * (`invalid_type`, `invalid_value`, `invalid_format`, `too_small`, `too_big`).
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: ArgumentIssue = { path: ["options", "asOf"], pointer: "/options/asOf", code: "invalid_format", message: "expected a calendar date YYYY-MM-DD that exists; found \"2026-02-30\"" };
 * ```
 */
export type ArgumentIssue = IsmsKitIssue<SchemaIssueCode>;

/**
 * The error thrown when a function is called with arguments it cannot use — an options object that
 * is not one, an `asOf` that is not a calendar date, a number out of range, a document that did not
 * come from `parseIsms` — instead of a bare `TypeError` or `RangeError`, so that every input error
 * isms-kit throws is an {@link IsmsKitError} with its issues.
 *
 * @category Errors
 * @example
 * ```ts
 * let caught: unknown;
 * try {
 *   checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-02-30" });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof ArgumentError && caught.issues.map((issue) => `${issue.pointer}: ${issue.message}`)
 * //=> ["/options/asOf: expected a calendar date YYYY-MM-DD that exists; found \"2026-02-30\""]
 * ```
 */
export class ArgumentError extends IsmsKitError<SchemaIssueCode> {
  override name = "ArgumentError";
}
