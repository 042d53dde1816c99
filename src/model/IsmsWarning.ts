import type { IsmsKitIssue } from "../core/IsmsKitError";

/**
 * What kind of thing an {@link IsmsWarning} points out: `similar_id`, an id that differs from another
 * only by case or by characters that look alike (`R-1` and `r-1`; a U+2010 hyphen; fullwidth letters;
 * NFC and NFD spellings; a zero-width space or a bidi control), or `invisible_character`, an id
 * that holds a character nobody sees.
 *
 * @category Errors
 * @example
 * ```ts
 * const code: IsmsWarningCode = "similar_id";
 * ```
 */
export type IsmsWarningCode = "similar_id" | "invisible_character";

/**
 * Something in a valid ISMS document that is probably a mistake, though the document stays valid:
 * {@link safeParseIsms} returns warnings beside the document (and beside the errors of an invalid
 * one), with a JSON Pointer to the place, so that two records meant to be one are not kept apart
 * without anyone noticing. `parseIsms` does not report them.
 *
 * @category Errors
 * @example
 * ```ts
 * const result = safeParseIsms({
 *   schemaVersion: "1.0",
 *   organization: { name: "Acme" },
 *   risks: [{ id: "R-1", title: "Theft" }, { id: "r-1", title: "Theft, again" }],
 * });
 * const warnings: readonly IsmsWarning[] = result.warnings;
 * [result.success, warnings.map((w) => `${w.pointer} ${w.code}`)]
 * //=> [true, ["/risks/1/id similar_id"]]
 * ```
 */
export type IsmsWarning = IsmsKitIssue<IsmsWarningCode>;
