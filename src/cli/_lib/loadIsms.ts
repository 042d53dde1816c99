import type { Isms } from "isms-kit";
import {
  formatSourceLocation,
  IsmsSourceError,
  locateIssues,
  safeParseIsmsJson,
  safeParseIsmsSources,
  sourceMapOfJson,
  type IsmsSourceMap,
  type LocatedIssue,
} from "isms-kit/source";
import { formatOf } from "../../model/source/sourceFormat";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { readIsmsFiles } from "./readIsmsFiles";
import { createStyle, useColour } from "./style";
import { toTerminal } from "./terminalText";

/** An issue as the library's errors carry them: a JSON Pointer and a message, and where it is when known. */
export interface PointedIssue {
  readonly pointer: string;
  readonly message: string;
  readonly location?: LocatedIssue["location"];
}

/** One line per issue: `isms/risks.yaml:4:3: /risks/0/ownerId: no person with id "p9"` (`(document)` for the root). */
export function formatIssues(issues: readonly PointedIssue[]): string[] {
  return issues.map((issue) => {
    const where = issue.location === undefined ? "" : `${formatSourceLocation(issue.location)}: `;
    return `${where}${issue.pointer === "" ? "(document)" : issue.pointer}: ${issue.message}`;
  });
}

/** The label of a file in messages: its path as given, or "standard input" for `-`. */
export function fileLabel(path: string): string {
  return path === "-" ? "standard input" : path;
}

/** A document read and validated, with where each of its values came from. */
export interface LoadedIsms {
  readonly isms: Isms;
  /**
   * A source map that places the given JSON Pointers (and anything else it happens to hold): the
   * whole map when the document was read with every location, else one built for these pointers.
   */
  readonly sourceMapFor: (pointers: readonly string[]) => IsmsSourceMap;
}

/** The outcome of reading and validating a document: the document, or every problem with its location. */
export type IsmsLoadResult = (
  | ({ readonly success: true; readonly label: string } & LoadedIsms)
  | { readonly success: false; readonly issues: readonly LocatedIssue[]; readonly unreadable: boolean; readonly label: string }
) & { readonly warnings: readonly LocatedIssue[] };

/**
 * Reads an ISMS — a JSON or YAML file, a folder (isms.yaml and isms/*.yaml), or standard input — and
 * validates it, keeping every problem with its file, line and column, and the warnings (ids that only
 * look alike). An unreadable path is a one-line CliError.
 */
export function readIsms(path: string, io: CliIo): IsmsLoadResult {
  const { label, files } = readIsmsFiles(path, io);
  return readJsonFast(label, files) ?? readIsmsLocated(label, files);
}

/**
 * Reads and validates files with {@link safeParseIsmsSources}: every value mapped to its file, line
 * and column as it is read. The way for YAML, for folders, and for every document with a problem.
 */
export function readIsmsLocated(label: string, files: Readonly<Record<string, string>>): IsmsLoadResult {
  const result = safeParseIsmsSources(files);
  const warnings = result.warnings;
  if (result.success) {
    const sourceMap = result.sourceMap;
    return { success: true, isms: result.data, sourceMapFor: () => sourceMap, label, warnings };
  }
  return { success: false, issues: result.issues, unreadable: result.sourceMap === undefined, label, warnings };
}

/**
 * One JSON file the fast way, as most documents a CI job checks are valid: `safeParseIsmsJson` on
 * the text, then one pass over it (`sourceMapOfJson`) for keys given twice and the warnings'
 * locations; the other locations only when asked for. `undefined` — read it with
 * {@link readIsmsLocated}, which places every problem — when it is not one JSON file or has any
 * problem. The same result as {@link readIsmsLocated} (a test compares them), in a fraction of the
 * time and memory for a large document: `readIsmsSources` maps every entry of the text.
 */
export function readJsonFast(label: string, files: Readonly<Record<string, string>>): IsmsLoadResult | undefined {
  const names = Object.keys(files);
  if (names.length !== 1) return undefined;
  const name = names[0]!;
  const text = files[name]!;
  // JSON as readIsmsSources tells it apart: by its name, else by its first character.
  if (formatOf(name, text) !== "json") return undefined;
  const result = safeParseIsmsJson(text);
  if (!result.success) return undefined;
  let sourceMap: IsmsSourceMap;
  try {
    sourceMap = sourceMapOfJson(name, text, result.warnings.map((w) => w.pointer));
  } catch (error) {
    if (error instanceof IsmsSourceError) return undefined;
    throw error;
  }
  const warnings = locateIssues(result.warnings, sourceMap);
  return { success: true, isms: result.data, sourceMapFor: (pointers) => sourceMapOfJson(name, text, pointers), label, warnings };
}

/**
 * Reads and validates an ISMS document, with its source map. An unreadable path is a one-line
 * CliError; broken JSON or YAML, or an invalid document, is a CliError listing every problem with its
 * file:line:column and JSON Pointer (exit 2). Warnings go to stderr, one line each; they never fail a
 * command.
 */
export function loadIsmsSources(path: string, io: CliIo): LoadedIsms {
  const result = readIsms(path, io);
  printWarnings(result.warnings, io);
  if (result.success) return result;
  throw result.unreadable ? unreadableDocument(result.label, result.issues) : invalidDocument(result.label, result.issues);
}

/** {@link loadIsmsSources}, for the commands that need only the document. */
export function loadIsms(path: string, io: CliIo): Isms {
  return loadIsmsSources(path, io).isms;
}

/** Prints the warnings about a document to stderr, `isms-kit: warning: <pointer>: <message>`, made safe for a terminal. */
export function printWarnings(warnings: readonly PointedIssue[], io: CliIo): void {
  const style = createStyle(useColour(io.stderr, io.env));
  for (const line of formatIssues(warnings)) io.stderr.write(`${style(["bold", "yellow"], "isms-kit: warning:")} ${toTerminal(line, { lineBreaks: false })}\n`);
}

/** The CliError for an invalid document: `<file> is not a valid ISMS document: N problems`, then one line per problem. */
export function invalidDocument(path: string, issues: readonly PointedIssue[]): CliError {
  return new CliError(`${fileLabel(path)} is not a valid ISMS document: ${issues.length} problem${issues.length === 1 ? "" : "s"}`, {
    details: formatIssues(issues),
  });
}

/**
 * The CliError for files that are not JSON or YAML: one line `broken.json:3:40: not valid JSON: …` for
 * one problem, else `<file> cannot be read as JSON or YAML: N problems` and a line per problem.
 */
export function unreadableDocument(path: string, issues: readonly PointedIssue[]): CliError {
  const only = issues.length === 1 ? issues[0] : undefined;
  if (only?.location !== undefined) return new CliError(`${formatSourceLocation(only.location)}: ${only.message}`);
  return new CliError(`${fileLabel(path)} cannot be read as JSON or YAML: ${issues.length} problem${issues.length === 1 ? "" : "s"}`, {
    details: issues.map((issue) => `${issue.location === undefined ? "" : `${formatSourceLocation(issue.location)}: `}${issue.message}`),
  });
}
