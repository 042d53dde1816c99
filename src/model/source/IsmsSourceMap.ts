import type { SourceLocation } from "./SourceLocation";

/**
 * Where each value of a document read by {@link readIsmsSources} came from: every file read (the root
 * first) and, for every JSON Pointer into the merged document, the location of that entry. Plain
 * data: it holds no parser state and can be kept as long as the document.
 *
 * @category Model
 * @example
 * ```ts
 * const { sourceMap } = readIsmsSources({ "isms.yaml": 'schemaVersion: "1.0"\norganization:\n  name: Acme\n' });
 * sourceMap.locations.get("/organization/name")?.line
 * //=> 3
 * ```
 */
export interface IsmsSourceMap {
  /** The files read, the root first, then the parts in the order given. */
  readonly files: readonly string[];
  /** For each file, the JSON Pointer of the place its content fills in the document (`""` for the root). */
  readonly parts: ReadonlyMap<string, string>;
  /** The location of every entry, by its JSON Pointer in the merged document. */
  readonly locations: ReadonlyMap<string, SourceLocation>;
  /**
   * The YAML source text of plain (unquoted) scalars that YAML read as a number, a boolean or null,
   * by JSON Pointer: `5.10` is the number 5.1 to YAML, which a message can point out.
   */
  readonly plainScalars: ReadonlyMap<string, string>;
}
