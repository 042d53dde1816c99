import { isUtf8 } from "node:buffer";
import { closeSync, fstatSync, openSync } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { readUpTo } from "./readUpTo";

/** The most bytes isms-kit reads from one file or from standard input: 250 MB (a document of 50,000 risks is some 30 MB). */
export const MAX_INPUT_BYTES = 250_000_000;

/** A limit as a message says it: `250 MB`, `1 kB`. */
function describeLimit(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toLocaleString("en-US")} MB` : `${(bytes / 1000).toLocaleString("en-US")} kB`;
}

const FS_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EMFILE: "too many open files",
  ENOSPC: "no space left on the disk",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is larger than the system allows",
  EROFS: "the file system is read-only",
};

/** Why a file could not be read or written, in a few words. */
export function describeFileError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && FS_ERRORS[code] !== undefined) return FS_ERRORS[code];
  return error instanceof Error ? error.message.split("\n")[0] ?? String(error) : String(error);
}

/** The bytes of a file (`-`: standard input), at most `limit`; a device, a folder or more bytes is a one-line CliError. */
export function readBytes(path: string, io: CliIo, limit = MAX_INPUT_BYTES): Uint8Array {
  const label = path === "-" ? "standard input" : path;
  const tooLarge = () => new CliError(`cannot read ${label}: it is larger than ${describeLimit(limit)}, the most isms-kit reads`);
  let bytes: Uint8Array;
  try {
    if (path === "-") {
      const input = io.readStdin(limit);
      bytes = typeof input === "string" ? Buffer.from(input, "utf8") : input;
    } else {
      const fd = openSync(resolve(io.cwd, path), "r");
      try {
        const stat = fstatSync(fd);
        if (stat.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
        if (stat.isCharacterDevice() || stat.isBlockDevice()) throw new CliError(`cannot read ${label}: it is a device, not a file`);
        // A regular file says its size; a pipe or socket is read up to the limit.
        if (stat.isFile() && stat.size > limit) throw tooLarge();
        bytes = readUpTo(fd, limit);
      } finally {
        closeSync(fd);
      }
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${label}: ${describeFileError(error)}`);
  }
  if (bytes.length > limit) throw tooLarge();
  return bytes;
}

/** Where the first byte that is not valid UTF-8 is (overlong forms, surrogates and code points past U+10FFFF included), or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]!;
      if ((next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += length;
  }
  return -1;
}

/**
 * The file's text; `-` reads standard input. A file that cannot be read, a device, more than
 * `limit` bytes, or bytes that are not UTF-8 (with where the first bad byte is) is a one-line CliError.
 */
export function readText(path: string, io: CliIo, limit = MAX_INPUT_BYTES): string {
  const bytes = readBytes(path, io, limit);
  if (!isUtf8(bytes)) {
    const offset = invalidUtf8Offset(bytes);
    const before = Buffer.from(bytes.subarray(0, offset)).toString("utf8");
    const { line, column } = lineAndColumn(before, before.length);
    const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? "; it looks like UTF-16: save it as UTF-8" : "";
    const byte = `0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")}`;
    throw new CliError(`${path === "-" ? "standard input" : path} is not valid UTF-8: byte ${byte} at offset ${offset} (line ${line}, column ${column})${utf16}`);
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
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
