import type { Isms } from "./IsmsSchema";
import { safeParseIsms } from "./safeParseIsms";

/**
 * Validates an ISMS document and returns it typed. It checks the shape against the zod schemas, then
 * what a schema cannot: ids unique in the whole document, every reference resolving to an entity of
 * the right kind, control records that name an Annex A control or define the organisation's own,
 * dates in order, a risk method that exists, and ratings and asset valuations on its scales.
 * Absent collections come back empty. The input is never changed.
 *
 * @param input - the document, typically the result of `JSON.parse`
 * @returns the validated document
 * @throws {@link IsmsValidationError} listing every problem with its path, JSON Pointer, code and message
 * @category Model
 * @example
 * ```ts
 * const isms = parseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   people: [{ id: "p-1", name: "Ada" }],
 *   risks: [{ id: "r-1", title: "Laptop theft", ownerId: "p-1" }],
 * });
 * isms.risks[0]?.status
 * //=> "open"
 * ```
 */
export function parseIsms(input: unknown): Isms {
  const result = safeParseIsms(input);
  if (!result.success) throw result.error;
  return result.data;
}
