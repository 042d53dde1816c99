import { isToken } from "./text";

/**
 * The OSCAL id of a framework requirement: its id with each parenthesised item written after a dot
 * (`Art.21(2)(a)` → `Art.21.2.a`), every character a token cannot hold replaced by `_`, and — when
 * it does not start with a letter — its kind before it (`4.1` → `clause-4.1`, as the ISO/IEC 27001
 * clauses are written elsewhere; `1.1.1(a)` → `item-1.1.1.a`). Catalogs and mappings use the same
 * ids, so a mapping's `id-ref`s point into the catalog of its framework.
 */
export function requirementToken(requirement: { readonly id: string; readonly kind?: string | undefined }): string {
  const dotted = requirement.id.replace(/\(([^()]*)\)/g, ".$1");
  if (isToken(dotted)) return dotted;
  const replaced = dotted.replace(/[^\p{L}\p{N}._-]/gu, "_");
  if (isToken(replaced)) return replaced;
  const kind = (requirement.kind ?? "").toLowerCase().replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^[^\p{L}_]+|-+$/gu, "");
  return `${kind === "" ? "requirement" : kind}-${replaced}`;
}
