import { argumentError } from "../../core/arguments";
import { describeValue } from "../../core/describeValue";
import { issue } from "../../core/issue";
import { IsmsSourceError, type IsmsSourceIssue } from "./IsmsSourceError";
import type { IsmsSourceMap } from "./IsmsSourceMap";
import type { SourceLocation } from "./SourceLocation";
import { duplicateKeyMessage, EMPTY_FILE, isEmptyText, lineIndex, MAX_MAPPED_DEPTH, pointerSegment, rangeLocation } from "./_lib/ParsedSource";

/** A container being read: its pointer (when its entries may be wanted), its keys so far, where its entry began. */
interface Frame {
  readonly array: boolean;
  /** The container's JSON Pointer when it is wanted (its location recorded, its entries looked at), else `undefined`. */
  readonly pointer: string | undefined;
  /** How deep its entries are (the root's entries are at 0). */
  readonly depth: number;
  /** Where the location of the container's own entry starts (its key, for a field). */
  readonly recordFrom: number;
  /** The next item's index (lists). */
  index: number;
  /** The keys seen so far (objects): a list while short, then a set. */
  keys: string[] | Set<string> | undefined;
}

const SHORT_KEY_LIST = 8;
const PENDING: SourceLocation = { file: "", line: 0, column: 0, endLine: 0, endColumn: 0 };

function hasKey(frame: Frame, key: string): boolean {
  const keys = frame.keys;
  if (keys === undefined) {
    frame.keys = [key];
    return false;
  }
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return true;
    keys.push(key);
    if (keys.length > SHORT_KEY_LIST) frame.keys = new Set(keys);
    return false;
  }
  if (keys.has(key)) return true;
  keys.add(key);
  return false;
}

/** Every prefix of each pointer, the pointers themselves included (`/a/b` → `""`, `/a`, `/a/b`). */
function withAncestors(pointers: Iterable<unknown>): Set<string> {
  const out = new Set<string>([""]);
  for (const pointer of pointers) {
    if (typeof pointer !== "string" || (pointer !== "" && !pointer.startsWith("/"))) {
      throw argumentError("sourceMapOfJson", ["pointers"], "invalid_type", `expected JSON Pointers ("" or starting with "/"); found ${describeValue(pointer)}`);
    }
    for (let slash = pointer.indexOf("/", 1); slash !== -1; slash = pointer.indexOf("/", slash + 1)) out.add(pointer.slice(0, slash));
    out.add(pointer);
  }
  return out;
}

/**
 * The source map of one JSON file for the given JSON Pointers only: the location of each (and of every
 * entry that contains one), exactly as {@link readIsmsSources} maps the same file, found in one pass
 * over the text without building its tree. For placing a few issues or findings in a large document
 * that `JSON.parse` (or {@link index!parseIsmsJson}) has already read: {@link readIsmsSources} keeps a
 * location for every entry, which for a document of tens of megabytes takes seconds and gigabytes.
 * Pointers that are not in the document are left out ({@link locatePointer} then finds the nearest
 * entry that is). The text is checked as it is read: text that is not JSON, or an object with a key
 * given twice, is an {@link IsmsSourceError} with every such problem and its location — the same
 * problems {@link readIsmsSources} reports for the file.
 *
 * @param file - the file's name, as locations should show it
 * @param text - the file's JSON text
 * @param pointers - the JSON Pointers to locate, e.g. the pointers of a report's findings
 * @returns a source map of the one file, holding the pointers found and the entries that contain them
 * @throws {@link IsmsSourceError} when the text is not JSON or gives a key twice in one object
 * @throws {@link index!ArgumentError} when `file` or `text` is not a string, or a pointer is not a JSON Pointer
 * @category Model
 * @example
 * ```ts
 * const text = '{\n  "schemaVersion": "1.0",\n  "risks": [\n    { "id": "r-1", "ownerId": "p-9" }\n  ]\n}';
 * const sourceMap = sourceMapOfJson("isms.json", text, ["/risks/0/ownerId"]);
 * formatSourceLocation(locatePointer(sourceMap, "/risks/0/ownerId")!)
 * //=> "isms.json:4:20"
 * Array.from(sourceMap.locations.keys())
 * //=> ['', '/risks', '/risks/0', '/risks/0/ownerId']
 * ```
 */
export function sourceMapOfJson(file: string, text: string, pointers: Iterable<string>): IsmsSourceMap {
  if (typeof file !== "string") throw argumentError("sourceMapOfJson", ["file"], "invalid_type", `expected the file's name (a string); found ${describeValue(file)}`);
  if (typeof text !== "string") throw argumentError("sourceMapOfJson", ["text"], "invalid_type", `expected the file's text (a string); found ${describeValue(text)}`);
  if (pointers === null || typeof pointers !== "object" || typeof (pointers as Iterable<string>)[Symbol.iterator] !== "function") {
    throw argumentError("sourceMapOfJson", ["pointers"], "invalid_type", `expected a list of JSON Pointers; found ${describeValue(pointers)}`);
  }
  const wanted = withAncestors(pointers);
  const at = lineIndex(text);
  const locations = new Map<string, SourceLocation>();
  const problems: IsmsSourceIssue[] = [];
  const problem = (code: "syntax_error" | "duplicate_key", message: string, start: number, end: number) =>
    problems.push({ ...issue([], code, message), location: rangeLocation(file, at, start, end) });

  const length = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const skipSpace = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  /** Reads a string from its opening quote at i; leaves i after the closing quote. False when the text is not a JSON string there. */
  const readString = (): boolean => {
    i++;
    for (;;) {
      if (i >= length) return false;
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 92) {
        const next = text.charCodeAt(i + 1);
        if (next === 117) {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (next === 34 || next === 92 || next === 47 || next === 98 || next === 102 || next === 110 || next === 114 || next === 116) i += 2;
        else return false;
      } else i++;
    }
  };
  const digits = () => {
    const from = i;
    while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    return i > from;
  };
  /** Reads a number at i (the JSON grammar); false when there is none. */
  const readNumber = (): boolean => {
    if (text.charCodeAt(i) === 45) i++;
    if (text.charCodeAt(i) === 48) i++;
    else if (!digits()) return false;
    if (text.charCodeAt(i) === 46) {
      i++;
      if (!digits()) return false;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!digits()) return false;
    }
    return true;
  };
  const unexpected = () => {
    if (i >= length) problem("syntax_error", "not valid JSON: the text ends too early (a { or [ is not closed?)", length, length);
    else problem("syntax_error", `not valid JSON: unexpected ${JSON.stringify(text.charAt(i))}`, i, i + 1);
  };

  if (isEmptyText(text)) {
    problem("syntax_error", EMPTY_FILE, 0, 0);
    return done();
  }
  const stack: Frame[] = [];
  // The entry about to be read: its pointer (when it may be wanted), where a field's key began (-1: an
  // item or the root, whose location starts at its value), how deep it is (the root's value: -1).
  let pointer: string | undefined = "";
  let keyStart = -1;
  let depth = -1;
  for (;;) {
    skipSpace();
    const start = i;
    const from = keyStart === -1 ? start : keyStart;
    const record = pointer !== undefined && depth < MAX_MAPPED_DEPTH && wanted.has(pointer);
    // Entered now, so that the map lists entries in the order of the text, as readIsmsSources does.
    if (record) locations.set(pointer!, PENDING);
    const c = text.charCodeAt(i);
    if (c === 123 || c === 91) {
      i++;
      stack.push({ array: c === 91, pointer: record ? pointer : undefined, depth: depth + 1, recordFrom: from, index: 0, keys: undefined });
      skipSpace();
      if (text.charCodeAt(i) !== (c === 123 ? 125 : 93)) {
        if (!beginEntry()) return fail();
        continue;
      }
      i++;
      stack.pop();
    } else if (c === 34) {
      if (!readString()) return fail(start);
    } else if (c === 116 && text.startsWith("true", i)) i += 4;
    else if (c === 102 && text.startsWith("false", i)) i += 5;
    else if (c === 110 && text.startsWith("null", i)) i += 4;
    else if (c === 45 || (c >= 48 && c <= 57)) {
      if (!readNumber()) return fail(start);
    } else return fail();
    if (record) locations.set(pointer!, rangeLocation(file, at, from, i));
    // The value ended: close the containers it ends, then go on to the next entry.
    if (!next()) return fail();
    if (stack.length === 0) {
      skipSpace();
      if (i < length) return fail();
      return done();
    }
  }

  /** After a value: closes the containers that end here; then either the text's end or the next entry begun. False on a syntax error. */
  function next(): boolean {
    for (;;) {
      const frame = stack.at(-1);
      if (frame === undefined) return true;
      skipSpace();
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        skipSpace();
        return beginEntry();
      }
      if (c !== (frame.array ? 93 : 125)) return false;
      i++;
      stack.pop();
      if (frame.pointer !== undefined) locations.set(frame.pointer, rangeLocation(file, at, frame.recordFrom, i));
    }
  }

  /** Starts the next entry of the innermost container at i: an item, or a key and its colon. False on a syntax error. */
  function beginEntry(): boolean {
    const frame = stack.at(-1)!;
    depth = frame.depth;
    if (frame.array) {
      pointer = frame.pointer === undefined ? undefined : `${frame.pointer}/${frame.index}`;
      frame.index++;
      keyStart = -1;
      return true;
    }
    if (text.charCodeAt(i) !== 34) return false;
    keyStart = i;
    if (!readString()) return false;
    const raw = text.slice(keyStart + 1, i - 1);
    const key = raw.includes("\\") ? (JSON.parse(`"${raw}"`) as string) : raw;
    if (hasKey(frame, key)) problem("duplicate_key", duplicateKeyMessage(key), keyStart, i);
    skipSpace();
    if (text.charCodeAt(i) !== 58) return false;
    i++;
    pointer = frame.pointer === undefined ? undefined : `${frame.pointer}/${pointerSegment(key)}`;
    return true;
  }
  function fail(start?: number): IsmsSourceMap {
    if (start !== undefined) i = start;
    // Text that is not JSON is that one problem: a key read twice before the error counts for nothing.
    problems.length = 0;
    unexpected();
    return done();
  }
  function done(): IsmsSourceMap {
    if (problems.length > 0) throw new IsmsSourceError("Unreadable ISMS file", problems);
    return { files: [file], parts: new Map([[file, ""]]), locations, plainScalars: new Map() };
  }
}
