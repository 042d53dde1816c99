import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { describeFileError } from "./readInput";

/** Writes a file (creating its folder), and returns its size in bytes. Failure is a one-line CliError. */
export function writeFile(path: string, content: string | Uint8Array, io: CliIo): number {
  const target = resolve(io.cwd, path);
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason = code === "EEXIST" || code === "ENOTDIR" ? `${dirname(path)} is not a folder` : describeFileError(error);
    throw new CliError(`cannot write ${path}: ${reason}`);
  }
  try {
    writeFileSync(target, content);
  } catch (error) {
    throw new CliError(`cannot write ${path}: ${describeFileError(error)}`);
  }
  return typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;
}

/** Stable JSON: two-space indentation and a final newline. The same value always gives the same text. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
