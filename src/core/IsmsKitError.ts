import { formatJsonPath } from "./jsonPointer";

/**
 * One problem in a value given to isms-kit: where it is (`path` and the same place as a JSON Pointer),
 * a stable machine-readable `code`, and a `message` that says what was expected and what was found.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: IsmsKitIssue = { path: ["risks", 3, "ownerId"], pointer: "/risks/3/ownerId", code: "dangling_reference", message: 'no person with id "p-9"' };
 * issue.pointer
 * //=> "/risks/3/ownerId"
 * ```
 */
export interface IsmsKitIssue<Code extends string = string> {
  /** Where the problem is, as keys and indices from the value that was checked. */
  readonly path: readonly (string | number)[];
  /** The same place as an RFC 6901 JSON Pointer, e.g. `/risks/3/ownerId`. */
  readonly pointer: string;
  /** What kind of problem it is. */
  readonly code: Code;
  /** What was expected and what was found. */
  readonly message: string;
}

/**
 * The codes of shape problems, as zod reports them (`invalid_type`, `unrecognized_keys`, …). Each
 * error's own code type adds the codes of the checks that follow the schema.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: SchemaIssueCode = "unrecognized_keys";
 * ```
 */
export type SchemaIssueCode =
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
  | "custom";

/** How many issues a message lists before it summarises the rest. */
const LISTED_ISSUES = 20;

/**
 * The base of every error isms-kit throws for invalid input — {@link IsmsValidationError},
 * `RiskMethodError`, `CatalogError`, `TreatmentInputError`, `ConformityRuleError`, `OscalError` and
 * {@link ArgumentError} — so a caller can handle them all one way: each is built as
 * `new XError(summary, issues)`, carries every problem found as `issues` (each with its path, JSON
 * Pointer, code and message), never just the first, and lists them in its `message`.
 *
 * @category Errors
 * @example
 * ```ts
 * let codes: string[] = [];
 * try {
 *   parseIsms({ schemaVersion: "1.0", organization: {} });
 * } catch (error) {
 *   if (!(error instanceof IsmsKitError)) throw error;
 *   codes = error.issues.map((issue) => `${error.name} ${issue.code} ${issue.pointer}`);
 * }
 * codes
 * //=> ["IsmsValidationError invalid_type /organization/name"]
 * ```
 */
export class IsmsKitError<Code extends string = string> extends Error {
  /** What was being checked, e.g. `Invalid ISMS document`: the message's first words. */
  readonly summary: string;
  /** Every problem found. */
  readonly issues: readonly IsmsKitIssue<Code>[];

  /** How a message names the value itself, for an issue with an empty path: `(value)`; `(document)` for an ISMS document. */
  static rootLabel = "(value)";

  /**
   * @param summary - what was being checked, e.g. `Invalid ISMS document`
   * @param issues - the problems found
   * @param options - the underlying error, if any
   */
  constructor(summary: string, issues: readonly IsmsKitIssue<Code>[], options?: { cause?: unknown }) {
    super(IsmsKitError.describe(summary, issues, (new.target as typeof IsmsKitError).rootLabel), options);
    this.name = "IsmsKitError";
    this.summary = summary;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }

  /**
   * The message every isms-kit error carries: the summary, the number of problems, then one line per
   * problem as `risks[3].ownerId: no person with id "p-9"` (the first twenty, then a count of the rest).
   *
   * @param summary - what was being checked, e.g. `Invalid ISMS document`
   * @param issues - the problems found
   * @param rootLabel - how to name the value itself (an issue with an empty path)
   * @returns the message
   * @example
   * ```ts
   * IsmsKitError.describe("Invalid thing", [{ path: ["a", 0], pointer: "/a/0", code: "x", message: "expected a string" }])
   * //=> "Invalid thing: 1 problem\n  a[0]: expected a string"
   * ```
   */
  static describe(summary: string, issues: readonly IsmsKitIssue[], rootLabel = IsmsKitError.rootLabel): string {
    const lines = issues.slice(0, LISTED_ISSUES).map((i) => `  ${i.path.length === 0 ? rootLabel : formatJsonPath(i.path)}: ${i.message}`);
    if (issues.length > LISTED_ISSUES) lines.push(`  … and ${issues.length - LISTED_ISSUES} more`);
    return `${summary}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`;
  }
}
