import { chmodSync, closeSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { describeFileError } from "./readInput";

/** A file to write: its path (relative to the working directory) and its content. */
export interface OutputFile {
  readonly path: string;
  readonly content: string | Uint8Array;
}

let temporaries = 0;

/** Where a file is written: the path, through a symbolic link to the file it names. */
function realTarget(target: string): string {
  try {
    return realpathSync(target);
  } catch {
    return target;
  }
}

/** Writes `content` to a new file `path` and flushes it to the disk. */
function writeDurably(path: string, content: Uint8Array, mode: number | undefined): void {
  const fd = openSync(path, "wx", mode ?? 0o666);
  try {
    for (let written = 0; written < content.byteLength; ) written += writeSync(fd, content, written);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  if (mode !== undefined) chmodSync(path, mode);
}

/**
 * Writes files so that none is lost or left half written: each is first written whole to a temporary
 * file beside its target (flushed to the disk), and only when every one is written are they renamed
 * over their targets, which replaces each at once. When a file cannot be written, the temporary files
 * are removed and no target is touched: the old files stay as they were. Folders are created as
 * needed; a file's permissions are kept; a symbolic link is written through.
 *
 * @returns the size of each file in bytes
 */
export function writeFiles(files: readonly OutputFile[], io: CliIo): number[] {
  const written: { temporary: string; target: string; path: string }[] = [];
  const fail = (path: string, reason: string, replaced: readonly string[] = []): never => {
    for (const { temporary } of written) rmSync(temporary, { force: true });
    const outcome = replaced.length > 0 ? `; ${replaced.length} of ${files.length} files were replaced (${replaced.join(", ")})` : files.length > 1 ? "; nothing was written" : "";
    throw new CliError(`cannot write ${path}: ${reason}${outcome}`);
  };
  const sizes = files.map(({ path, content }) => {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    const target = realTarget(resolve(io.cwd, path));
    try {
      mkdirSync(dirname(target), { recursive: true });
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      return fail(path, code === "EEXIST" || code === "ENOTDIR" ? `${dirname(path)} is not a folder` : describeFileError(error));
    }
    const existing = statSync(target, { throwIfNoEntry: false });
    if (existing?.isDirectory()) return fail(path, "it is a directory");
    const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${++temporaries}.tmp`);
    try {
      writeDurably(temporary, bytes, existing?.isFile() ? existing.mode & 0o7777 : undefined);
    } catch (error) {
      rmSync(temporary, { force: true });
      return fail(path, describeFileError(error));
    }
    written.push({ temporary, target, path });
    return bytes.byteLength;
  });
  const replaced: string[] = [];
  for (const [k, { temporary, target, path }] of written.entries()) {
    try {
      renameSync(temporary, target);
    } catch (error) {
      written.splice(0, k);
      return fail(path, describeFileError(error), replaced);
    }
    replaced.push(path);
  }
  return sizes;
}

/** Writes one file as {@link writeFiles} does (whole, or not at all), and returns its size in bytes. */
export function writeFile(path: string, content: string | Uint8Array, io: CliIo): number {
  return writeFiles([{ path, content }], io)[0]!;
}

/** Stable JSON: two-space indentation and a final newline. The same value always gives the same text. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
