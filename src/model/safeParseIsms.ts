import { fastParseIsms } from "./_lib/fastParseIsms";
import { findIdWarnings } from "./_lib/findIdWarnings";
import { notADocument } from "./_lib/notADocument";
import { slowParseIsms } from "./_lib/slowParseIsms";
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
  // The fast path: one compiled pass for the shape and one for integrity, building no issue. A
  // document that passes both is valid; any other goes down the slow path, which says what is wrong.
  const fast = fastParseIsms(input);
  if (fast === undefined) return { ...slowParseIsms(input), warnings: findIdWarnings(input) };
  return { success: true, data: fast.data, warnings: fast.plainIds ? [] : findIdWarnings(input) };
}
