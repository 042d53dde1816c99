/**
 * isms-kit/source: an ISMS document as the files a team keeps in git — JSON, YAML, or a root file
 * and a folder with one file per collection — read with every value mapped to its file, line and
 * column, so validation issues and conformity findings point at the line to change; and written
 * back the same way. It holds the YAML and position-keeping JSON parsers, so the core entry stays
 * small.
 *
 * @packageDocumentation
 */
export { type IsmsSourceIssueCode, type IsmsSourceIssue, IsmsSourceError } from "./IsmsSourceError";
export { type IsmsSourceMap } from "./IsmsSourceMap";
export { type SourceLocation, formatSourceLocation } from "./SourceLocation";
export { type LocatedIssue, locateIssues } from "./locateIssues";
export { locatePointer } from "./locatePointer";
export { type IsmsSources, type ReadIsmsSourcesOptions, readIsmsSources } from "./readIsmsSources";
export { type SafeParseIsmsSourcesResult, safeParseIsmsSources } from "./safeParseIsmsSources";
export { sourceMapOfJson } from "./sourceMapOfJson";
// The same function as isms-kit's: reading one large JSON file the fast way needs only this entry.
export { safeParseIsmsJson } from "../safeParseIsmsJson";
export { type SourceFormat } from "./sourceFormat";
export { type WriteIsmsSourcesOptions, writeIsmsSources } from "./writeIsmsSources";
