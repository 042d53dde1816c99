import type { IsmsSourceMap } from "./IsmsSourceMap";
import type { SourceLocation } from "./SourceLocation";
import { argumentError } from "../../core/arguments";
import { describeValue } from "../../core/describeValue";
import { requireSourceMap } from "./_lib/requireSourceMap";

/**
 * Where the value at a JSON Pointer came from: its own entry, or — for a field that is missing, as
 * "missing required field" issues point — the nearest entry that contains it.
 *
 * @param sourceMap - the source map from {@link readIsmsSources}
 * @param pointer - an RFC 6901 JSON Pointer into the document, e.g. `/risks/3/ownerId`
 * @returns the location, or `undefined` when not even the document's root was mapped
 * @category Model
 * @example
 * ```ts
 * const { sourceMap } = readIsmsSources({ "isms.yaml": 'schemaVersion: "1.0"\norganization:\n  name: Acme\n' });
 * locatePointer(sourceMap, "/organization/legalName")?.line
 * //=> 2
 * ```
 */
export function locatePointer(sourceMap: IsmsSourceMap, pointer: string): SourceLocation | undefined {
  requireSourceMap(sourceMap, "locatePointer");
  if (typeof pointer !== "string") throw argumentError("locatePointer", ["pointer"], "invalid_type", `expected a JSON Pointer (a string); found ${describeValue(pointer)}`);
  let current = pointer;
  for (;;) {
    const found = sourceMap.locations.get(current);
    if (found !== undefined) return found;
    if (current === "") return undefined;
    current = current.slice(0, current.lastIndexOf("/"));
  }
}
