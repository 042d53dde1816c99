import { IsmsKitError, type IsmsKitIssue, type SchemaIssueCode } from "../core/IsmsKitError";

/**
 * What kind of problem an {@link IsmsIssue} reports. Shape problems carry zod's codes
 * (`invalid_type`, `invalid_value`, `invalid_format`, `too_small`, …); the checks that follow the
 * schema add their own.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: IsmsIssueCode = "dangling_reference";
 * ```
 */
export type IsmsIssueCode =
  | SchemaIssueCode
  | "duplicate_id"
  | "reserved_id"
  | "dangling_reference"
  | "wrong_reference_kind"
  | "unknown_control"
  | "invalid_custom_control"
  | "date_order"
  | "missing_date"
  | "dependency_cycle"
  | "invalid_rating"
  | "invalid_risk_method"
  | "forbidden_key"
  | "too_deep"
  | "circular_structure"
  | "invalid_json";

/**
 * One problem in an ISMS document.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: IsmsIssue = {
 *   path: ["risks", 3, "ownerId"],
 *   pointer: "/risks/3/ownerId",
 *   code: "dangling_reference",
 *   message: "no person with id \"p-9\"",
 * };
 * ```
 */
export type IsmsIssue = IsmsKitIssue<IsmsIssueCode>;

/**
 * The one error thrown for an invalid ISMS document. It carries every problem found, each with its
 * path, JSON Pointer, code and message; its `message` lists them one per line as
 * `risks[3].ownerId: no person with id "p-9"`.
 *
 * @category Errors
 * @example
 * ```ts
 * let problems: string[] = [];
 * try {
 *   parseIsms({ schemaVersion: "1.0", organization: { name: "Acme", employees: -3 } });
 * } catch (error) {
 *   if (!(error instanceof IsmsValidationError)) throw error;
 *   problems = error.issues.map((issue) => `${issue.pointer}: ${issue.message}`);
 * }
 * problems
 * //=> ["/organization/employees: Too small: expected number to be >=0; found -3"]
 * ```
 */
export class IsmsValidationError extends IsmsKitError<IsmsIssueCode> {
  override name = "IsmsValidationError";
  static override rootLabel = "(document)";
}
