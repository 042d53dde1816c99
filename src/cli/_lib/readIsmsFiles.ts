import { readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { CliError } from "./CliError";
import type { CliIo } from "./CliIo";
import { describeFileError, readText } from "./readInput";

/** The files of an ISMS as the library reads them: texts by name, and how to name them all in messages. */
export interface IsmsFiles {
  /** The path as the user gave it, or "standard input". */
  readonly label: string;
  /** Each file's text, by its path as the user should see it (relative to where they gave the path from). */
  readonly files: Readonly<Record<string, string>>;
}

/** The name standard input has in file:line:column locations. */
export const STDIN_NAME = "<stdin>";

const ROOT_NAMES = ["isms.yaml", "isms.yml", "isms.json"];
const PART = /\.(ya?ml|json)$/i;

/**
 * Reads an ISMS from a path: `-` is standard input (JSON or YAML), a file is one document, and a folder
 * holds a root file (isms.yaml, isms.yml or isms.json) and, in its folder isms/, one file per
 * top-level field (isms/risks.yaml, isms/controls.yaml …). Anything unreadable is a one-line CliError.
 */
export function readIsmsFiles(path: string, io: CliIo): IsmsFiles {
  if (path === "-") return { label: "standard input", files: { [STDIN_NAME]: readText("-", io) } };
  const full = resolve(io.cwd, path);
  let isFolder = false;
  try {
    isFolder = statSync(full).isDirectory();
  } catch {
    // readText reports it, in the same words as for any file.
  }
  if (!isFolder) return { label: path, files: { [path]: readText(path, io) } };

  const prefix = path === "." || path === "./" ? "" : `${path.replace(/[\\/]+$/, "")}/`;
  const list = (dir: string): string[] => {
    try {
      return readdirSync(resolve(io.cwd, dir || "."));
    } catch (error) {
      throw new CliError(`cannot read the folder ${dir || "."}: ${describeFileError(error)}`);
    }
  };
  const roots = list(prefix).filter((name) => ROOT_NAMES.includes(name));
  if (roots.length !== 1) {
    throw new CliError(
      roots.length === 0
        ? `${path} is a folder without isms.yaml, isms.yml or isms.json; give the document's file, or run 'isms-kit init ${path}' to start one`
        : `${path} holds more than one root file (${roots.join(", ")}); keep one`,
    );
  }
  const files: Record<string, string> = { [`${prefix}${roots[0]}`]: readText(`${prefix}${roots[0]}`, io) };
  let parts: string[] = [];
  try {
    parts = statSync(resolve(io.cwd, `${prefix}isms`)).isDirectory() ? list(`${prefix}isms`) : [];
  } catch {
    parts = [];
  }
  for (const name of parts.filter((n) => PART.test(n)).sort()) files[`${prefix}isms/${name}`] = readText(`${prefix}isms/${name}`, io);
  return { label: path, files };
}
