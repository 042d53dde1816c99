import { notADocument } from "./_lib/notADocument";
import { validateTree } from "./_lib/validateTree";
import type { Isms } from "./IsmsSchema";
import type { IsmsValidationError } from "./IsmsValidationError";
import type { IsmsWarning } from "./IsmsWarning";

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
  | { readonly success: true; readonly data: Isms; readonly warnings: readonly IsmsWarning[] }
  | { readonly success: false; readonly error: IsmsValidationError; readonly warnings: readonly IsmsWarning[] };

/**
 * Validates an ISMS document like {@link parseIsms}, but returns the outcome instead of throwing,
 * with the warnings about what is valid but probably a mistake: ids that differ from another only by
 * case or by characters that look alike, and ids with invisible characters (see {@link IsmsWarning}).
 * Warnings never make a document invalid.
 *
 * @param input - the document, typically the result of `JSON.parse`
 * @returns `{ success: true, data, warnings }` with the typed document, or `{ success: false, error,
 *   warnings }` with an {@link IsmsValidationError} that lists every problem
 * @category Model
 * @example
 * ```ts
 * const result = safeParseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, people: [{ id: "p-1" }] });
 * result.success ? "valid" : result.error.issues.map((i) => i.pointer)
 * //=> ["/people/0/name"]
 * ```
 */
export function safeParseIsms(input: unknown): SafeParseIsmsResult {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return notADocument(input);
  return validateTree(input);
}
