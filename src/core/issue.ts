import type { IsmsKitIssue } from "./IsmsKitError";
import { toJsonPointer, type JsonPath } from "./jsonPointer";

/** An issue at `path`, with its JSON Pointer: the one way every room builds an {@link IsmsKitIssue}. */
export function issue<Code extends string>(path: JsonPath, code: Code, message: string): IsmsKitIssue<Code> {
  return { path: [...path], pointer: toJsonPointer(path), code, message };
}
