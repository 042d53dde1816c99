import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
};

/** Why a file could not be read or written, in a few words. */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && FS_ERRORS[code] !== undefined) return FS_ERRORS[code];
  return error instanceof Error ? error.message.split("\n")[0] ?? String(error) : String(error);
}

/** The file's text; `-` reads standard input. A file that cannot be read is a one-line CliError. */
export function readText(path: string, io: CliIo): string {
  try {
    return path === "-" ? io.readStdin() : readFileSync(resolve(io.cwd, path), "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${path === "-" ? "standard input" : path}: ${describeFileError(error)}`);
  }
}

/** Line and column (both from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split("\n");
  return { line: lines.length, column: [...(lines.at(-1) ?? "")].length + 1 };
}

/** Turns a JSON.parse error into one line: what is wrong and where (line and column). */
export function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const reason = message
    .replace(/\s*\(line \d+ column \d+\)/, "")
    .replace(/\s*in JSON at position \d+/, "")
    .replace(/\s*at position \d+/, "")
    .replace(/\s+/g, " ")
    .trim();
  const offset = position !== undefined ? Number(position) : /end of JSON input/.test(message) ? text.length : undefined;
  const short = reason.length > 160 ? `${reason.slice(0, 159)}…` : reason;
  if (offset === undefined) return short;
  const { line, column } = lineAndColumn(text, offset);
  return `${short} at line ${line}, column ${column}`;
}

/** Reads and parses a JSON file; `-` reads standard input. Unreadable files and broken JSON are one-line CliErrors. */
export function readJson(path: string, io: CliIo): unknown {
  const text = readText(path, io);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError(`${path === "-" ? "standard input" : path} is not valid JSON: ${describeJsonError(error, text.replace(/^\uFEFF/, ""))}`);
  }
}
