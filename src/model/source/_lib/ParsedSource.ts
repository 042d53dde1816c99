import type { SourceLocation } from "../SourceLocation";

/** A problem found while reading one file's text, before it is placed in the document. */
export interface SourceProblem {
  readonly code: "syntax_error" | "duplicate_key" | "unsupported_yaml";
  readonly message: string;
  readonly location: SourceLocation;
}

/** One file read: its value, the location of each entry by JSON Pointer relative to the file, and its problems. */
export interface ParsedSource {
  readonly value: unknown;
  readonly locations: Map<string, SourceLocation>;
  readonly plainScalars: Map<string, string>;
  readonly problems: SourceProblem[];
}

/** Whether a file's text holds nothing to read (a byte order mark and white space at most). */
export function isEmptyText(text: string): boolean {
  return /^\uFEFF?\s*$/.test(text);
}

/** What an empty file is told. */
export const EMPTY_FILE = "the file is empty";

/** What an object that gives a key twice is told (JSON; YAML's parser has its own words). */
export function duplicateKeyMessage(key: string): string {
  return `the key "${key}" is given twice in this object; the last one would silently win`;
}

/** Nesting deeper than this is not mapped (no ISMS document comes close; the schema reports it). */
export const MAX_MAPPED_DEPTH = 64;

/** Line and column (from 1) of each offset of a text, found by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", newline + 1)) starts.push(newline + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** The location of the text between two offsets. */
export function rangeLocation(file: string, at: (offset: number) => { line: number; column: number }, start: number, end: number): SourceLocation {
  const a = at(start);
  const b = at(Math.max(start, end));
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

/** Sets a key on a plain object as data (a `__proto__` key stays a key; the schema then reports it). */
export function setKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A JSON Pointer segment: `~` and `/` escaped (RFC 6901). */
export function pointerSegment(key: string | number): string {
  return typeof key === "number" ? String(key) : key.replace(/~/g, "~0").replace(/\//g, "~1");
}
