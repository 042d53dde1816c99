import { IsmsKitError, type IsmsKitIssue } from "../../core/IsmsKitError";
import type { SourceLocation } from "./SourceLocation";

/**
 * What kind of problem an {@link IsmsSourceIssue} reports: text that is not JSON or YAML
 * (`syntax_error`), a key given twice in one object (`duplicate_key`), a YAML feature that has no JSON
 * meaning (`unsupported_yaml`: custom tags, aliases that make a cycle), or a field given both in the
 * root file and by a file of its own (`duplicate_field`).
 *
 * @category Errors
 * @example
 * ```ts
 * const code: IsmsSourceIssueCode = "syntax_error";
 * ```
 */
export type IsmsSourceIssueCode = "syntax_error" | "duplicate_key" | "unsupported_yaml" | "duplicate_field";

/**
 * One problem in the text of an ISMS file: the JSON Pointer of the part of the document the file fills,
 * and where in the file the problem is.
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: IsmsSourceIssue = {
 *   path: ["risks"],
 *   pointer: "/risks",
 *   code: "syntax_error",
 *   message: "unexpected end of the text; a list opened with [ is not closed",
 *   location: { file: "isms/risks.yaml", line: 4, column: 1, endLine: 4, endColumn: 1 },
 * };
 * ```
 */
export interface IsmsSourceIssue extends IsmsKitIssue<IsmsSourceIssueCode> {
  /** Where in which file the problem is. */
  readonly location: SourceLocation;
}

/**
 * Thrown by {@link readIsmsSources} when a file is not valid JSON or YAML. It lists the problems of
 * every file at once, each with its file, line and column; its message reads
 * `isms/risks.yaml:4:1: …`.
 *
 * @category Errors
 * @example
 * ```ts
 * let where: string[] = [];
 * try {
 *   readIsmsSources({ "isms.yaml": "organization: [\n" });
 * } catch (error) {
 *   if (!(error instanceof IsmsSourceError)) throw error;
 *   where = error.issues.map((issue) => `${issue.code} ${issue.location.file}:${issue.location.line}`);
 * }
 * where
 * //=> ["syntax_error isms.yaml:2"]
 * ```
 */
export class IsmsSourceError extends IsmsKitError<IsmsSourceIssueCode> {
  override name = "IsmsSourceError";
  override readonly issues: readonly IsmsSourceIssue[];

  /**
   * @param summary - what was being read, e.g. `Unreadable ISMS files`
   * @param issues - the problems found, each with its location
   */
  constructor(summary: string, issues: readonly IsmsSourceIssue[]) {
    super(summary, issues);
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]), location: Object.freeze({ ...issue.location }) })));
    const lines = issues.slice(0, 20).map((i) => `  ${i.location.file}:${i.location.line}:${i.location.column}: ${i.message}`);
    if (issues.length > 20) lines.push(`  … and ${issues.length - 20} more`);
    this.message = `${summary}: ${issues.length} problem${issues.length === 1 ? "" : "s"}\n${lines.join("\n")}`;
  }
}
