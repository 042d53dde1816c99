import { describeValue } from "../core/describeValue";
import { IsmsValidationError } from "./IsmsValidationError";
import { notADocument } from "./_lib/notADocument";
import { validateTree } from "./_lib/validateTree";
import type { SafeParseIsmsResult } from "./safeParseIsms";

/**
 * Reads and validates an ISMS document given as JSON text, like {@link safeParseIsms} on
 * `JSON.parse(text)`, and returns the outcome instead of throwing. The same document comes out
 * (the same values; keys in the order the text gives them, defaults after them), with the same
 * errors and warnings — at less cost: the tree `JSON.parse` makes belongs to nobody else, so a valid
 * document is completed in place (defaults filled in, lists frozen) instead of being copied. Text
 * that is not JSON gives one `invalid_json` issue; a byte order mark at the start is skipped.
 *
 * @param text - the document as JSON text
 * @returns `{ success: true, data, warnings }`, or `{ success: false, error, warnings }` with an
 *   {@link IsmsValidationError} that lists every problem
 * @category Model
 * @example
 * ```ts
 * const result = safeParseIsmsJson('{ "schemaVersion": "1.0", "organization": { "name": "Acme" }, "people": [{ "id": "p-1" }] }');
 * result.success ? "valid" : result.error.issues.map((i) => i.pointer)
 * //=> ["/people/0/name"]
 * ```
 */
export function safeParseIsmsJson(text: string): SafeParseIsmsResult {
  if (typeof text !== "string") {
    return invalidJson(`expected the document as JSON text (a string); found ${describeValue(text)}`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let tree: unknown;
  try {
    tree = JSON.parse(body);
  } catch (error) {
    return invalidJson(error instanceof RangeError ? "not readable as JSON: nested too deeply" : `not valid JSON: ${(error as Error).message}`);
  }
  if (tree === null || typeof tree !== "object" || Array.isArray(tree)) return notADocument(tree);
  // Completed in place, as nobody else holds the tree; refused, the slow path reads the text afresh.
  return validateTree(tree, "in-place", () => JSON.parse(body) as object);
}

function invalidJson(message: string): SafeParseIsmsResult {
  return { success: false, error: new IsmsValidationError("Invalid ISMS document", [{ path: [], pointer: "", code: "invalid_json", message }]), warnings: [] };
}
