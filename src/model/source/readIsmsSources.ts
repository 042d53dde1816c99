import { ArgumentError } from "../../core/ArgumentError";
import { describeValue } from "../../core/describeValue";
import { issue } from "../../core/issue";
import type { IsmsSourceMap } from "./IsmsSourceMap";
import { IsmsSourceError, type IsmsSourceIssue } from "./IsmsSourceError";
import type { SourceLocation } from "./SourceLocation";
import { parseJsonSource } from "./_lib/parseJsonSource";
import { EMPTY_FILE, isEmptyText, pointerSegment, setKey, type ParsedSource } from "./_lib/ParsedSource";
import { parseYamlSource } from "./_lib/parseYamlSource";
import { formatOf, isRootName, stemOf } from "./sourceFormat";
import { readOptions } from "../../core/arguments";

/**
 * An ISMS document read from text, not yet validated: the merged document, to give to
 * {@link index!safeParseIsms}, and the source map that says where each of its values came from.
 *
 * @category Model
 * @example
 * ```ts
 * const sources: IsmsSources = readIsmsSources({ "isms.json": '{ "schemaVersion": "1.0", "organization": { "name": "Acme" } }' });
 * sources.input
 * //=> { schemaVersion: "1.0", organization: { name: "Acme" } }
 * ```
 */
export interface IsmsSources {
  /** The document the files make together, as plain JSON data. */
  readonly input: unknown;
  /** Where each value came from. */
  readonly sourceMap: IsmsSourceMap;
}

/**
 * Options of {@link readIsmsSources}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: ReadIsmsSourcesOptions = { root: "compliance/isms.yaml" };
 * ```
 */
export interface ReadIsmsSourcesOptions {
  /**
   * The name of the root file. Default: the only file given, else the one named `isms.yaml`,
   * `isms.yml` or `isms.json`.
   */
  readonly root?: string;
}

/**
 * Reads an ISMS document from the text of one file or of several — JSON or YAML, told apart by the
 * extension (else by the first character) — and maps every value to its file, line and column.
 *
 * One file is the whole document. Several files are a root (`isms.yaml`) holding `schemaVersion`,
 * `organization` and any other fields, and one file per top-level field it leaves out, named after
 * the field: `isms/risks.yaml` holds the list of risks, `isms/scope.yaml` the scope. Teams keep their
 * ISMS in git this way and review each collection in pull requests. A field given both in the root
 * and in a file of its own is an error, as are files that are not JSON or YAML; every such problem of
 * every file is reported at once. YAML is read as YAML 1.2 (`2026-01-01` and `yes` stay text); anchors
 * and aliases are allowed within limits, custom tags are not.
 *
 * The function does no I/O: the caller reads the files (the CLI does) and passes their texts by name.
 * Validate the result with {@link index!safeParseIsms}, and place its issues with {@link locateIssues}, or do
 * both with {@link safeParseIsmsSources}.
 *
 * @param files - each file's text by its name (a path, as the user should see it in messages)
 * @param options - which file is the root
 * @returns the merged document and its source map
 * @throws {@link IsmsSourceError} listing every file's syntax problems and every field given twice
 * @throws {@link index!ArgumentError} when `files` is empty or not texts by name, or the root cannot be told
 * @category Model
 * @example
 * ```ts
 * const { input, sourceMap } = readIsmsSources({
 *   "isms.yaml": 'schemaVersion: "1.0"\norganization:\n  name: Acme\n',
 *   "isms/people.yaml": "- id: p-1\n  name: Ada\n",
 * });
 * (input as { people: { name: string }[] }).people[0]?.name
 * //=> "Ada"
 * sourceMap.locations.get("/people/0/name")
 * //=> { file: "isms/people.yaml", line: 2, column: 3, endLine: 2, endColumn: 12 }
 * ```
 */
export function readIsmsSources(files: Readonly<Record<string, string>>, options?: ReadIsmsSourcesOptions): IsmsSources {
  const given = readOptions(options, "readIsmsSources");
  const names = checkFiles(files);
  const root = pickRoot(names, given.root);
  const issues: IsmsSourceIssue[] = [];
  const locations = new Map<string, SourceLocation>();
  const plainScalars = new Map<string, string>();
  const parts = new Map<string, string>();

  const read = (name: string): ParsedSource => {
    const text = files[name]!;
    if (isEmptyText(text)) {
      const location = { file: name, line: 1, column: 1, endLine: 1, endColumn: 1 };
      return { value: undefined, locations: new Map(), plainScalars: new Map(), problems: [{ code: "syntax_error", message: EMPTY_FILE, location }] };
    }
    return formatOf(name, text) === "json" ? parseJsonSource(name, text) : parseYamlSource(name, text);
  };
  const absorb = (name: string, parsed: ParsedSource, prefix: string, path: (string | number)[]) => {
    parts.set(name, prefix);
    for (const p of parsed.problems) issues.push({ ...issue(path, p.code, p.message), location: p.location });
    for (const [pointer, location] of parsed.locations) locations.set(prefix + pointer, location);
    for (const [pointer, source] of parsed.plainScalars) plainScalars.set(prefix + pointer, source);
  };

  const rootParsed = read(root);
  absorb(root, rootParsed, "", []);
  const others = names.filter((name) => name !== root);
  const isObject = rootParsed.value !== null && typeof rootParsed.value === "object" && !Array.isArray(rootParsed.value);
  let input: unknown = rootParsed.value;
  if (others.length > 0 && rootParsed.problems.length === 0 && !isObject) {
    issues.push({
      ...issue([], "syntax_error", `the root file must hold an object with the document's fields; found ${describeValue(rootParsed.value)}`),
      location: locations.get("") ?? { file: root, line: 1, column: 1, endLine: 1, endColumn: 1 },
    });
  }
  if (isObject) {
    const merged: Record<string, unknown> = {};
    for (const key of Object.keys(rootParsed.value as object)) setKey(merged, key, (rootParsed.value as Record<string, unknown>)[key]);
    input = merged;
  }
  const claimedBy = new Map<string, string>();
  for (const name of others) {
    const field = stemOf(name);
    const prefix = `/${pointerSegment(field)}`;
    const parsed = read(name);
    const start: SourceLocation = { file: name, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const earlier = claimedBy.get(field) ?? (isObject && Object.hasOwn(rootParsed.value as object, field) ? root : undefined);
    if (earlier !== undefined) {
      for (const p of parsed.problems) issues.push({ ...issue([field], p.code, p.message), location: p.location });
      issues.push({ ...issue([field], "duplicate_field", `"${field}" is already given in ${earlier}; keep it in one file`), location: parsed.locations.get("") ?? start });
      continue;
    }
    claimedBy.set(field, name);
    // The part's entries are mapped under the field; the field itself is the whole file.
    absorb(name, parsed, prefix, [field]);
    if (isObject && parsed.problems.length === 0) setKey(input as Record<string, unknown>, field, parsed.value);
  }
  if (issues.length > 0) throw new IsmsSourceError("Unreadable ISMS files", issues);
  return { input, sourceMap: { files: [root, ...others], parts, locations, plainScalars } };
}

/** The names of the files, checked: a non-empty record of texts. */
function checkFiles(files: unknown): string[] {
  const fail = (message: string, path: (string | number)[] = ["files"]) =>
    new ArgumentError("Invalid arguments to readIsmsSources", [issue(path, "invalid_type", message)]);
  if (files === null || typeof files !== "object" || Array.isArray(files)) throw fail(`expected the files' texts by name; found ${describeValue(files)}`);
  const names = Object.keys(files);
  if (names.length === 0) throw fail("expected at least one file; found none");
  for (const name of names) {
    const text = (files as Record<string, unknown>)[name];
    if (typeof text !== "string") throw fail(`expected the text of ${name}; found ${describeValue(text)}`, ["files", name]);
  }
  return names;
}

/** The root file: as given, else the only file, else the one named isms.*. */
function pickRoot(names: readonly string[], given: unknown): string {
  const fail = (message: string) => new ArgumentError("Invalid arguments to readIsmsSources", [issue(["options", "root"], "invalid_value", message)]);
  if (given !== undefined) {
    if (typeof given !== "string" || !names.includes(given)) throw fail(`expected the name of one of the files; found ${describeValue(given)}`);
    return given;
  }
  if (names.length === 1) return names[0]!;
  const roots = names.filter(isRootName);
  if (roots.length === 1) return roots[0]!;
  throw fail(
    roots.length === 0
      ? "several files but none named isms.yaml, isms.yml or isms.json; name the root file with options.root"
      : `several files could be the root (${roots.join(", ")}); name it with options.root`,
  );
}
