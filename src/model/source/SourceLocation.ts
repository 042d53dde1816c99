import { argumentError } from "../../core/arguments";
import { describeValue } from "../../core/describeValue";

/**
 * Where something is in the files an ISMS was read from: the file's name as it was given, and the
 * range of the entry, lines and columns counted from 1 (a column counts UTF-16 code units, as
 * editors and GitHub do). For a field, the range runs from its key to the end of its value; for a
 * list item, over the item.
 *
 * @category Model
 * @example
 * ```ts
 * const location: SourceLocation = { file: "isms/risks.yaml", line: 142, column: 5, endLine: 142, endColumn: 18 };
 * formatSourceLocation(location)
 * //=> "isms/risks.yaml:142:5"
 * ```
 */
export interface SourceLocation {
  /** The file's name, as given to {@link readIsmsSources}. */
  readonly file: string;
  /** The line the entry starts on, from 1. */
  readonly line: number;
  /** The column the entry starts at, from 1. */
  readonly column: number;
  /** The line the entry ends on. */
  readonly endLine: number;
  /** The column just after the entry's last character. */
  readonly endColumn: number;
}

/**
 * A location as compilers and editors print it, `file:line:column`, so a terminal or an editor can
 * jump to it.
 *
 * @param location - where the entry is
 * @returns `file:line:column`
 * @category Model
 * @example
 * ```ts
 * formatSourceLocation({ file: "isms.yaml", line: 3, column: 1, endLine: 3, endColumn: 20 })
 * //=> "isms.yaml:3:1"
 * ```
 */
export function formatSourceLocation(location: SourceLocation): string {
  const l = location as Partial<SourceLocation> | null | undefined;
  if (l === null || typeof l !== "object" || typeof l.file !== "string" || typeof l.line !== "number" || typeof l.column !== "number") {
    throw argumentError("formatSourceLocation", ["location"], "invalid_type", `expected a location { file, line, column }; found ${describeValue(location)}`);
  }
  return `${l.file}:${l.line}:${l.column}`;
}
