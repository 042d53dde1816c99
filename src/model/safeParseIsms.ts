import { checkIsmsIntegrity } from "./_lib/checkIsmsIntegrity";
import { checkRiskRatings } from "./_lib/checkRiskRatings";
import { describeValue } from "../core/describeValue";
import { fromZodIssues } from "../core/fromZodIssues";
import { IsmsSchema, type Isms } from "./IsmsSchema";
import { IsmsValidationError, type IsmsIssue, type IsmsIssueCode } from "./IsmsValidationError";
import type { IsmsWarning } from "./IsmsWarning";
import { findIdWarnings } from "./_lib/findIdWarnings";

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

/** What an unknown field's message adds. */
const UNKNOWN_FIELD_HINT = 'the ISMS document has no such field here (keep tool-specific data under "extensions")';

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
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    return {
      success: false,
      error: new IsmsValidationError("Invalid ISMS document", [
        {
          path: [],
          pointer: "",
          code: "invalid_type",
          message: `expected an ISMS document (a JSON object); found ${describeValue(input)}`,
        },
      ]),
      warnings: [],
    };
  }
  // Parse fast; only when the shape is wrong parse again keeping the inputs the messages quote.
  const shape = IsmsSchema.safeParse(input);
  const issues: IsmsIssue[] = shape.success
    ? []
    : fromZodIssues<IsmsIssueCode>(IsmsSchema.safeParse(input, { reportInput: true }).error?.issues ?? shape.error.issues, { unknownFieldHint: UNKNOWN_FIELD_HINT, schema: IsmsSchema });
  issues.push(...checkIsmsIntegrity(input), ...checkRiskRatings(input));
  const warnings = findIdWarnings(input);
  if (issues.length > 0 || !shape.success) return { success: false, error: new IsmsValidationError("Invalid ISMS document", issues), warnings };
  return { success: true, data: shape.data, warnings };
}
