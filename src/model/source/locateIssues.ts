import type { IsmsKitIssue } from "../../core/IsmsKitError";
import type { IsmsSourceMap } from "./IsmsSourceMap";
import { locatePointer } from "./locatePointer";
import type { SourceLocation } from "./SourceLocation";
import { argumentError } from "../../core/arguments";
import { describeValue } from "../../core/describeValue";
import { requireSourceMap } from "./_lib/requireSourceMap";

/**
 * An issue placed in the files it came from: the issue as it was, and its location when the source
 * map has one.
 *
 * @category Model
 * @example
 * ```ts
 * const issue: LocatedIssue = {
 *   path: ["risks", 0, "ownerId"],
 *   pointer: "/risks/0/ownerId",
 *   code: "dangling_reference",
 *   message: 'no person with id "p-9"',
 *   location: { file: "isms/risks.yaml", line: 4, column: 3, endLine: 4, endColumn: 15 },
 * };
 * ```
 */
export type LocatedIssue<Code extends string = string> = IsmsKitIssue<Code> & { readonly location?: SourceLocation };

/**
 * Places issues — of {@link index!safeParseIsms}, or anything with a JSON Pointer — in the files the document
 * was read from. A YAML value that YAML read as a number, a boolean or null where text was expected
 * (`id: 5.10`) gets a hint to quote it.
 *
 * @param issues - issues with JSON Pointers into the document the source map describes
 * @param sourceMap - the source map from {@link readIsmsSources}
 * @returns new issues, each with its `location` (left out when it cannot be placed), in the same order
 * @category Model
 * @example
 * ```ts
 * const { input, sourceMap } = readIsmsSources({ "isms.yaml": 'schemaVersion: "1.0"\norganization:\n  name: Acme\n  employees: many\n' });
 * const result = safeParseIsms(input);
 * result.success ? [] : locateIssues(result.error.issues, sourceMap).map((i) => `${i.location?.line}:${i.location?.column} ${i.pointer}`)
 * //=> ["4:3 /organization/employees"]
 * ```
 */
export function locateIssues<Code extends string>(issues: readonly IsmsKitIssue<Code>[], sourceMap: IsmsSourceMap): LocatedIssue<Code>[] {
  requireSourceMap(sourceMap, "locateIssues");
  const isIssue = (issue: unknown) => issue !== null && typeof issue === "object" && typeof (issue as IsmsKitIssue).pointer === "string" && typeof (issue as IsmsKitIssue).message === "string" && Array.isArray((issue as IsmsKitIssue).path);
  if (!Array.isArray(issues) || !issues.every(isIssue)) {
    throw argumentError("locateIssues", ["issues"], "invalid_type", `expected a list of issues, each with its path, pointer and message; found ${describeValue(issues)}`);
  }
  return issues.map((issue) => {
    const location = locatePointer(sourceMap, issue.pointer);
    const plain = sourceMap.plainScalars.get(issue.pointer);
    const hinted =
      plain !== undefined && /expected (a )?(string|text)|expected schemaVersion|expected an? .*id|expected one of/i.test(issue.message)
        ? `${issue.message} (YAML read the unquoted ${plain} as ${describePlain(plain)}; write it in quotes: "${plain}")`
        : issue.message;
    return { ...issue, path: [...issue.path], message: hinted, ...(location === undefined ? {} : { location }) };
  });
}

function describePlain(source: string): string {
  if (/^(true|false)$/i.test(source)) return "a boolean";
  if (/^(null|~)$/i.test(source)) return "null";
  return "a number";
}
