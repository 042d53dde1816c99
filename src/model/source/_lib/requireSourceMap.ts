import { argumentError } from "../../../core/arguments";
import { describeValue } from "../../../core/describeValue";
import type { IsmsSourceMap } from "../IsmsSourceMap";

/** An ArgumentError at `sourceMap` unless the value is a source map from readIsmsSources (its locations and plain scalars by pointer). */
export function requireSourceMap(sourceMap: unknown, fn: string): asserts sourceMap is IsmsSourceMap {
  const map = sourceMap as Partial<IsmsSourceMap> | null | undefined;
  if (map === null || typeof map !== "object" || !(map.locations instanceof Map) || !(map.plainScalars instanceof Map)) {
    throw argumentError(fn, ["sourceMap"], "invalid_type", `expected a source map from readIsmsSources; found ${describeValue(sourceMap)}`);
  }
}
