import { IsmsKitError, type IsmsKitIssue, type SchemaIssueCode } from "../core/IsmsKitError";

/**
 * What kind of problem a {@link CatalogIssue} reports: zod's codes for shape problems
 * (`invalid_type`, `invalid_value`, `too_small`, `unrecognized_keys`, …) and the catalog's own
 * `duplicate_id` and `unknown_id`.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: CatalogIssueCode = "duplicate_id";
 * ```
 */
export type CatalogIssueCode =
  | SchemaIssueCode
  | "duplicate_id"
  | "unknown_id";

/**
 * One problem found in a catalog, a filter or a set of control texts.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: CatalogIssue = {
 *   path: ["controls", 1, "id"],
 *   pointer: "/controls/1/id",
 *   code: "duplicate_id",
 *   message: 'duplicate control id "ACME-1" (first used by controls[0])',
 * };
 * ```
 */
export type CatalogIssue = IsmsKitIssue<CatalogIssueCode>;

/**
 * The error thrown when a catalog, a {@link findControls} filter or the texts given to
 * {@link withControlText} are invalid. It carries every problem found, not just the first, and its
 * `message` lists them one per line as `controls[1].id: duplicate control id "ACME-1" …`.
 *
 * @category Errors
 * @example
 * ```ts
 * let caught: unknown;
 * try {
 *   defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "A-1", title: "One" }, { id: "A-1", title: "Two" }] });
 * } catch (error) {
 *   caught = error;
 * }
 * caught instanceof CatalogError && caught.issues.map((issue) => `${issue.code} ${issue.pointer}`)
 * //=> ["duplicate_id /controls/1/id"]
 * ```
 */
export class CatalogError extends IsmsKitError<CatalogIssue["code"]> {
  override name = "CatalogError";
}
