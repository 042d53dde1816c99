import type { Isms } from "../IsmsSchema";
import { IsmsValidationError, type IsmsIssueCode } from "../IsmsValidationError";
import type { IsmsWarningCode } from "../IsmsWarning";
import { safeParseIsms } from "../safeParseIsms";
import type { IsmsSourceMap } from "./IsmsSourceMap";
import { IsmsSourceError } from "./IsmsSourceError";
import { locateIssues, type LocatedIssue } from "./locateIssues";
import { readIsmsSources, type ReadIsmsSourcesOptions } from "./readIsmsSources";

/**
 * The result of {@link safeParseIsmsSources}: the document and its source map, or the error with
 * every problem, each placed in its file.
 *
 * @category Model
 * @example
 * ```ts
 * const result: SafeParseIsmsSourcesResult = safeParseIsmsSources({ "isms.yaml": "{}" });
 * result.success
 * //=> false
 * ```
 */
export type SafeParseIsmsSourcesResult =
  | {
      readonly success: true;
      readonly data: Isms;
      readonly sourceMap: IsmsSourceMap;
      /** What is valid but probably a mistake (see {@link index!IsmsWarning}), each with its location. */
      readonly warnings: readonly LocatedIssue<IsmsWarningCode>[];
    }
  | {
      readonly success: false;
      /** An {@link IsmsSourceError} when a file could not be read; an {@link IsmsValidationError} when the document is invalid. */
      readonly error: IsmsSourceError | IsmsValidationError;
      /** Every problem, with its location. */
      readonly issues: readonly LocatedIssue[];
      /** The source map, when the files could be read. */
      readonly sourceMap: IsmsSourceMap | undefined;
      /** The warnings, each with its location (none when the files could not be read). */
      readonly warnings: readonly LocatedIssue<IsmsWarningCode>[];
    };

/**
 * Reads an ISMS document from files with {@link readIsmsSources}, validates it with
 * {@link index!safeParseIsms}, and places every problem in its file — the one call an editor, a CI job or
 * the CLI makes. Never throws for bad input.
 *
 * @param files - each file's text by its name
 * @param options - which file is the root
 * @returns the document and its source map, or the error and its located issues
 * @throws {@link index!ArgumentError} only when `files` is not texts by name or the root cannot be told
 * @category Model
 * @example
 * ```ts
 * const result = safeParseIsmsSources({
 *   "isms.yaml": 'schemaVersion: "1.0"\norganization:\n  name: Acme\n',
 *   "isms/risks.yaml": "- id: r-1\n  title: Laptop theft\n  ownerId: p-9\n",
 * });
 * result.success ? [] : result.issues.map((i) => `${i.location?.file}:${i.location?.line}:${i.location?.column} ${i.message}`)
 * //=> ['isms/risks.yaml:3:3 no person with id "p-9"']
 * ```
 */
export function safeParseIsmsSources(files: Readonly<Record<string, string>>, options: ReadIsmsSourcesOptions = {}): SafeParseIsmsSourcesResult {
  let sources;
  try {
    sources = readIsmsSources(files, options);
  } catch (error) {
    if (!(error instanceof IsmsSourceError)) throw error;
    return { success: false, error, issues: error.issues, sourceMap: undefined, warnings: [] };
  }
  const result = safeParseIsms(sources.input);
  const warnings = locateIssues<IsmsWarningCode>(result.warnings, sources.sourceMap);
  if (result.success) return { success: true, data: result.data, sourceMap: sources.sourceMap, warnings };
  const issues = locateIssues<IsmsIssueCode>(result.error.issues, sources.sourceMap);
  return { success: false, error: new IsmsValidationError(result.error.summary, issues), issues, sourceMap: sources.sourceMap, warnings };
}
