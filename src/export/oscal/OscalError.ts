import { IsmsKitError, type IsmsKitIssue, type SchemaIssueCode } from "../../core/IsmsKitError";

/**
 * What kind of problem an {@link OscalIssue} reports: `missing` (a required property is absent),
 * zod's codes for shape problems (`invalid_type`, `invalid_value`, `invalid_format`, `too_small`,
 * `unrecognized_keys`, …), `duplicate_id`, `unknown_id`, and for input that is not plain JSON data
 * `too_deep` (nested more than 64 levels), `circular_structure` and `forbidden_key` (`__proto__`).
 *
 * @category Errors
 * @example
 * ```ts
 * const code: OscalIssueCode = "missing";
 * ```
 */
export type OscalIssueCode =
  | "missing"
  | SchemaIssueCode
  | "duplicate_id"
  | "unknown_id"
  | "too_deep"
  | "circular_structure"
  | "forbidden_key";

/**
 * One problem found in an OSCAL document or in the options of an `isms-kit/oscal` function.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: OscalIssue = {
 *   path: ["catalog", "groups", 0, "controls", 2, "id"],
 *   pointer: "/catalog/groups/0/controls/2/id",
 *   code: "missing",
 *   message: "a control needs an id (a token such as \"ac-1\")",
 * };
 * ```
 */
export type OscalIssue = IsmsKitIssue<OscalIssueCode>;

/**
 * The error thrown by `isms-kit/oscal` when an OSCAL document cannot be read (with every problem
 * and its JSON path into the document), when options are invalid, or when a framework or control
 * id is unknown. Its `message` lists the problems one per line as `catalog.metadata: …`.
 *
 * @category Errors
 * @example
 * ```ts
 * let caught: unknown;
 * try {
 *   fromOscalCatalog({ catalog: { uuid: "not-a-uuid" } });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof OscalError && caught.issues.map((issue) => `${issue.code} ${issue.pointer}`)
 * //=> ["invalid_format /catalog/uuid", "missing /catalog/metadata"]
 * ```
 */
export class OscalError extends IsmsKitError<OscalIssue["code"]> {
  override name = "OscalError";
}
