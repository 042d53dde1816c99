import { formatJsonPath, toJsonPointer } from "../../core/jsonPointer";
import type { IsmsWarning, IsmsWarningCode } from "../IsmsWarning";
import { codePointName, idSkeleton, invisibleCharacter, quoteId } from "./idSkeleton";
import { ENTITY_KINDS, type EntityKind } from "./ismsStructure";
import { walkPattern } from "../../core/walkPattern";

/**
 * The ids of a document that are probably mistakes though valid: an id whose skeleton (case,
 * compatibility forms, dashes and invisible characters set aside) another id already has, and an id
 * that holds an invisible character. Each is reported once, at the later place. Safe on invalid input.
 */
export function findIdWarnings(doc: unknown): IsmsWarning[] {
  return hasIdWarnings(doc) ? describeIdWarnings(doc) : [];
}

/** Whether {@link findIdWarnings} finds anything: the same walk, building no path and no message (nearly every document has none). */
function hasIdWarnings(doc: unknown): boolean {
  const seen = new Map<string, string>();
  let found = false;
  for (const kind of Object.keys(ENTITY_KINDS) as EntityKind[]) {
    walkPattern(doc, ENTITY_KINDS[kind].pattern, (value) => {
      const id = (value as { id?: unknown } | null)?.id;
      if (found || typeof id !== "string" || id === "") return;
      if (invisibleCharacter(id) !== undefined) found = true;
      const skeleton = idSkeleton(id);
      const first = seen.get(skeleton);
      if (first === undefined) seen.set(skeleton, id);
      else if (first !== id) found = true;
    });
    if (found) return true;
  }
  return false;
}

/** The warnings with their paths and messages. */
function describeIdWarnings(doc: unknown): IsmsWarning[] {
  const warnings: IsmsWarning[] = [];
  const add = (path: (string | number)[], code: IsmsWarningCode, message: string) => warnings.push({ path, pointer: toJsonPointer(path), code, message });
  const seen = new Map<string, { id: string; path: (string | number)[] }>();
  for (const kind of Object.keys(ENTITY_KINDS) as EntityKind[]) {
    walkPattern(doc, ENTITY_KINDS[kind].pattern, (value, path) => {
      const id = (value as { id?: unknown } | null)?.id;
      if (typeof id !== "string" || id === "") return;
      const at = [...path(), "id"];
      const invisible = invisibleCharacter(id);
      if (invisible !== undefined) {
        add(at, "invisible_character", `id ${quoteId(id)} holds an invisible character (${codePointName(invisible)}); it will not match the id people type`);
      }
      const skeleton = idSkeleton(id);
      const first = seen.get(skeleton);
      if (first === undefined) seen.set(skeleton, { id, path: at.slice(0, -1) });
      else if (first.id !== id) {
        add(at, "similar_id", `id ${quoteId(id)} differs from ${quoteId(first.id)} (at ${formatJsonPath(first.path)}) only by case or by characters that look alike; are they meant to be one?`);
      }
    });
  }
  return warnings.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}
