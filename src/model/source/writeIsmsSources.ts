import { Document, isMap, isSeq, isScalar, type Node as YamlNode } from "yaml";
import { argumentError, readOptions } from "../../core/arguments";
import { describeValue } from "../../core/describeValue";
import { pointerSegment } from "./_lib/ParsedSource";
import type { SourceFormat } from "./sourceFormat";
import { scanJson } from "../../core/scanJson";
import { ArgumentError } from "../../core/ArgumentError";
import { issue } from "../../core/issue";

/**
 * Options of {@link writeIsmsSources}.
 *
 * @category Model
 * @example
 * ```ts
 * const options: WriteIsmsSourcesOptions = { format: "yaml", split: ["risks", "controls"], comments: { "/risks": "The risk register." } };
 * ```
 */
export interface WriteIsmsSourcesOptions {
  /** `"yaml"` (default) or `"json"`. */
  readonly format?: SourceFormat;
  /**
   * Which top-level fields get a file of their own: `true` (default) for every list that has items,
   * `false` for one file, or the names of the fields.
   */
  readonly split?: boolean | readonly string[];
  /** The folder the fields' files go in, beside the root file. Default `"isms"`. */
  readonly folder?: string;
  /**
   * YAML comments, by the JSON Pointer of the entry they go before (`""` for the top of the root file,
   * `/risks` for the top of `isms/risks.yaml`). Lines are kept; JSON has no comments and ignores them.
   */
  readonly comments?: Readonly<Record<string, string>>;
}

/**
 * Writes an ISMS document as the files {@link readIsmsSources} reads back: a root file `isms.yaml` and,
 * in the folder `isms/`, one file per top-level list (`isms/risks.yaml`, `isms/controls.yaml` …), so
 * each collection can be reviewed on its own in a pull request. Text that YAML would read as
 * something else (`"5.10"`, `"yes"`, `"1.0"`) is quoted; long text is never folded, so a change to a
 * sentence is a change to one line. The same input always gives the same texts.
 *
 * @param input - the document (validated or not; it is written as it is)
 * @param options - format, which fields get files of their own, folder, comments
 * @returns each file's text by its name, the root first
 * @throws {@link index!ArgumentError} when the document is not an object, or an option is invalid
 * @category Model
 * @example
 * ```ts
 * const files = writeIsmsSources({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "5.10", applicable: null }] });
 * Object.keys(files)
 * //=> ["isms.yaml", "isms/controls.yaml"]
 * files["isms/controls.yaml"]
 * //=> '- id: "5.10"\n  applicable: null\n'
 * ```
 */
export function writeIsmsSources(input: unknown, options?: WriteIsmsSourcesOptions): Record<string, string> {
  const given = readOptions(options, "writeIsmsSources");
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw argumentError("writeIsmsSources", ["input"], "invalid_type", `expected an ISMS document (an object); found ${describeValue(input)}`);
  }
  // Only JSON data can be written: no function, symbol, infinity, cycle or nesting past 64 levels.
  // A field whose value is undefined is absent, as JSON.stringify has it (a fragment's empty cell).
  const unwritable = scanJson(input, { undefinedFields: "absent" });
  if (unwritable.length > 0) throw new ArgumentError("Invalid arguments to writeIsmsSources", unwritable.map((found) => issue(["input", ...found.path], found.code === "invalid_type" ? "invalid_type" : "invalid_value", found.message)));
  const format = given.format ?? "yaml";
  if (format !== "yaml" && format !== "json") {
    throw argumentError("writeIsmsSources", ["options", "format"], "invalid_value", `expected "yaml" or "json"; found ${describeValue(format)}`);
  }
  const folder = given.folder ?? "isms";
  if (typeof folder !== "string" || !/^[^\\:*?"<>|]+$/.test(folder) || folder.split("/").some((part) => part === ".." || part === "")) {
    throw argumentError("writeIsmsSources", ["options", "folder"], "invalid_value", `expected a relative folder name such as "isms"; found ${describeValue(folder)}`);
  }
  const comments = given.comments ?? {};
  const document = input as Record<string, unknown>;
  const split = given.split ?? true;
  if (typeof split !== "boolean" && !(Array.isArray(split) && split.every((field) => typeof field === "string"))) {
    throw argumentError("writeIsmsSources", ["options", "split"], "invalid_type", `expected true, false or a list of field names; found ${describeValue(split)}`);
  }
  const own = (key: string) =>
    split === true ? Array.isArray(document[key]) && (document[key] as unknown[]).length > 0 : split !== false && split.includes(key) && key in document;
  const extension = format === "yaml" ? "yaml" : "json";

  const root: Record<string, unknown> = {};
  const parts: [string, unknown][] = [];
  for (const key of Object.keys(document)) {
    if (own(key) && key !== "schemaVersion") parts.push([key, document[key]]);
    else Object.defineProperty(root, key, { value: document[key], enumerable: true, writable: true, configurable: true });
  }
  const files: Record<string, string> = {};
  files[`isms.${extension}`] = render(root, "", format, comments);
  for (const [key, value] of parts) files[`${folder}/${key}.${extension}`] = render(value, `/${pointerSegment(key)}`, format, comments);
  return files;
}

/** One file's text: JSON with two-space indentation, or YAML with the comments under `prefix`. */
function render(value: unknown, prefix: string, format: SourceFormat, comments: Readonly<Record<string, string>>): string {
  if (format === "json") return `${JSON.stringify(value, null, 2)}\n`;
  const doc = new Document(value, { aliasDuplicateObjects: false, version: "1.2" });
  for (const [pointer, text] of Object.entries(comments)) {
    if (pointer !== prefix && !pointer.startsWith(`${prefix}/`)) continue;
    const lines = text
      .split("\n")
      .map((line) => ` ${line}`.trimEnd())
      .join("\n");
    if (pointer === prefix) {
      doc.commentBefore = lines;
      continue;
    }
    const segments = pointer.slice(prefix.length + 1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    const target = nodeBefore(doc.contents as YamlNode | null, segments);
    if (target) target.commentBefore = lines;
  }
  return doc.toString({ lineWidth: 0, minContentWidth: 0, indentSeq: true });
}

/** The node a comment for the entry at `segments` goes before: a field's key, or a list's item. */
function nodeBefore(root: YamlNode | null, segments: readonly string[]): YamlNode | undefined {
  let node: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return undefined;
      if (last) return pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) return undefined;
      if (last) return item as YamlNode;
      node = item;
    } else {
      return undefined;
    }
  }
  return undefined;
}
