import { safeParseIsms, type Isms } from "isms-kit";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { readJson } from "./readInput";
import { createStyle, useColour } from "./style";
import { toTerminal } from "./terminalText";

/** An issue as the library's errors carry them: a JSON Pointer and a message. */
export interface PointedIssue {
  readonly pointer: string;
  readonly message: string;
}

/** One line per issue: `  /risks/0/ownerId: no person with id "p9"` (`(document)` for the root). */
export function formatIssues(issues: readonly PointedIssue[]): string[] {
  return issues.map((issue) => `${issue.pointer === "" ? "(document)" : issue.pointer}: ${issue.message}`);
}

/** The label of a file in messages: its path as given, or "standard input" for `-`. */
export function fileLabel(path: string): string {
  return path === "-" ? "standard input" : path;
}

/**
 * Reads, parses and validates an ISMS document. An unreadable file or broken JSON is a one-line
 * CliError; an invalid document is a CliError listing every problem with its JSON Pointer (exit 2).
 * Warnings (ids that only look alike) go to stderr, one line each; they never fail a command.
 */
export function loadIsms(path: string, io: CliIo): Isms {
  const result = safeParseIsms(readJson(path, io));
  printWarnings(result.warnings, io);
  if (result.success) return result.data;
  throw invalidDocument(path, result.error.issues);
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
