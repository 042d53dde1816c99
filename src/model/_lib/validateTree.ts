import type { IsmsWarning } from "../IsmsWarning";
import type { FastParserMode } from "./compileFastParser";
import { fastParseIsms } from "./fastParseIsms";
import { findIdWarnings } from "./findIdWarnings";
import { slowParseIsms } from "./slowParseIsms";

/**
 * Validates a JSON object as an ISMS document: the fast path (one compiled pass for the shape, one
 * for integrity, no issue built); a document it refuses goes down the slow path, which says what is
 * wrong. In `"in-place"` mode the fast path may have completed part of `tree` before it refused, so
 * the slow path reads `afresh()` — the caller's untouched copy of the input.
 */
export function validateTree(tree: object, mode: FastParserMode = "copy", afresh: () => object = () => tree): ReturnType<typeof slowParseIsms> & { readonly warnings: readonly IsmsWarning[] } {
  const fast = fastParseIsms(tree, mode);
  // In place the document is the tree itself, completed; a copy holds the same ids as its input.
  if (fast !== undefined) return { success: true, data: fast.data, warnings: fast.plainIds ? [] : findIdWarnings(tree) };
  const input = afresh();
  return { ...slowParseIsms(input), warnings: findIdWarnings(input) };
}
