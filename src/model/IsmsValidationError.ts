import { formatJsonPath } from "../_lib/jsonPointer";

/**
 * What kind of problem an {@link IsmsIssue} reports. Shape problems carry zod's codes
 * (`invalid_type`, `invalid_value`, `invalid_format`, `too_small`, …); the checks that follow the
 * schema add their own.
 *
 * @category Model
 * @example
 * ```ts
 * const code: IsmsIssueCode = "dangling_reference";
 * ```
 */
export type IsmsIssueCode =
  | "invalid_type"
  | "invalid_value"
  | "invalid_format"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "too_big"
  | "too_small"
  | "not_multiple_of"
  | "unrecognized_keys"
  | "custom"
  | "duplicate_id"
  | "reserved_id"
  | "dangling_reference"
  | "wrong_reference_kind"
  | "unknown_control"
  | "invalid_custom_control"
  | "date_order"
  | "invalid_rating"
  | "invalid_risk_method"
  | "forbidden_key"
  | "too_deep"
  | "circular_structure";

/**
 * One problem in an ISMS document.
 *
 * @category Model
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
export interface IsmsIssue {
  /** Where the problem is, as keys and indices from the document root. */
  readonly path: readonly (string | number)[];
  /** The same place as an RFC 6901 JSON Pointer, e.g. `/risks/3/ownerId`. */
  readonly pointer: string;
  /** What kind of problem it is. */
  readonly code: IsmsIssueCode;
  /** What was expected and what was found, without the path. */
  readonly message: string;
}

/** How many issues the error's `message` lists before it summarises the rest. */
const LISTED_ISSUES = 20;

/**
 * The one error thrown for an invalid ISMS document. It carries every problem found, each with its
 * path, JSON Pointer, code and message; its `message` lists them one per line as
 * `risks[3].ownerId: no person with id "p-9"`.
 *
 * @category Model
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
export class IsmsValidationError extends Error {
  /** Every problem found, in document order within each check. */
  readonly issues: readonly IsmsIssue[];

  constructor(issues: readonly IsmsIssue[]) {
    const lines = issues.slice(0, LISTED_ISSUES).map((i) => `  ${formatJsonPath(i.path)}: ${i.message}`);
    if (issues.length > LISTED_ISSUES) lines.push(`  … and ${issues.length - LISTED_ISSUES} more`);
    super(`Invalid ISMS document: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`);
    this.name = "IsmsValidationError";
    this.issues = Object.freeze([...issues]);
  }
}
