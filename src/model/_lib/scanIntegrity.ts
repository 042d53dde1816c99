import { isAnnexAControlId } from "../../core/annexAControlIds";
import { compareMoments } from "../../core/isoDateTime";
import { findDependencyCycles } from "./findDependencyCycles";
import { DATE_ORDER_RULES, ENTITY_KINDS, REFERENCE_FIELDS, STATUS_DATE_RULES, type EntityKind, type ReferenceTarget, type StatusDateRule } from "./ismsStructure";

/** What {@link scanIntegrity} finds in a document with no integrity problem. */
export interface IntegrityScan {
  /**
   * Every id is printable ASCII without capitals, so no id can differ from another only by case or
   * look-alike characters, nor hold an invisible character: the document has no id warning.
   */
  readonly plainIds: boolean;
}

/** Printable ASCII without capital letters: an id that is its own skeleton. */
export const PLAIN_ID = /^[\x20-\x40\x5b-\x7e]*$/;

/**
 * The fast path of the integrity checks: whether a document whose shape is valid has no integrity
 * problem at all — ids unique and not Annex A ids outside control records, control records that
 * are Annex A controls or defined as the organisation's own, every reference resolving to an entity
 * of the right kind, dates in order, the dates a status requires present, no asset depending on
 * itself. It answers `undefined` for no, building no issue; then the caller runs `checkIsmsIntegrity`
 * for the issues. It reads the same tables (`ismsStructure`), compiled into one walk over the
 * document: ids, date pairs and status dates checked as they pass, and each reference looked up as
 * it passes too — one that names an id the walk has not reached yet (a forward reference) is kept
 * and looked up once every id is known.
 */
export function scanIntegrity(doc: unknown): IntegrityScan | undefined {
  const index = new Map<string, EntityKind>();
  let clean = true;
  let plainIds = true;
  // References to ids further on in the document, with the kind each must have.
  const forwardIds: string[] = [];
  const forwardKinds: EntityKind[] = [];
  walk(doc, compiledTrie(), (action: Check, value: unknown) => {
    if (!clean) return;
    if (action.check === "reference") {
      if (typeof value !== "string" || value === "") return;
      const target = action.target;
      if (target === "annexAControl") {
        if (!isAnnexAControlId(value)) clean = false;
        return;
      }
      const kind = index.get(value);
      if (kind === undefined) {
        // an Annex A control needs no record; any other id may be further on
        if (!(target === "control" && isAnnexAControlId(value))) {
          forwardIds.push(value);
          forwardKinds.push(target);
        }
      } else if (kind !== target) clean = false;
      return;
    }
    if (value === null || typeof value !== "object") return;
    switch (action.check) {
      case "entity": {
        const { id, custom } = value as { id?: unknown; custom?: unknown };
        if (typeof id !== "string" || id === "") return;
        if (plainIds && !PLAIN_ID.test(id)) plainIds = false;
        if (action.kind === "control") {
          if ((custom === undefined) !== isAnnexAControlId(id)) clean = false;
        } else if (isAnnexAControlId(id)) clean = false;
        // One probe of the index: an id seen before leaves its size unchanged.
        const size = index.size;
        if (index.set(id, action.kind).size === size) clean = false;
        return;
      }
      case "order": {
        const a = fieldAt(value, action.earlier);
        const b = fieldAt(value, action.later);
        // The shape is valid, so both are days or date-times: compared as checkIsmsIntegrity compares them.
        if (typeof a === "string" && typeof b === "string" && compareMoments(b, a) < 0) clean = false;
        return;
      }
      case "status": {
        const record = value as Record<string, unknown>;
        if (action.rule.statuses.includes(record["status"] as string) && record[action.rule.date] === undefined) clean = false;
        return;
      }
    }
  });
  for (let i = 0; clean && i < forwardIds.length; i++) if (index.get(forwardIds[i]!) !== forwardKinds[i]) clean = false;
  return clean && findDependencyCycles(doc).length === 0 ? { plainIds } : undefined;
}

/** What the walk checks at a place: an entity's id, a pair of dates in order, a date a status requires, a reference. */
export type Check =
  | { readonly check: "entity"; readonly kind: EntityKind }
  | { readonly check: "reference"; readonly target: ReferenceTarget }
  | { readonly check: "order"; readonly earlier: readonly string[]; readonly later: readonly string[] }
  | { readonly check: "status"; readonly rule: StatusDateRule };

/** A node of a compiled table: what to do with the value here, and where to go next. */
export interface TrieNode<A> {
  readonly actions: A[];
  readonly keys: Map<string, TrieNode<A>>;
  /** `keys` as two arrays, for a walk that allocates nothing. */
  names: string[];
  nexts: TrieNode<A>[];
  star: TrieNode<A> | undefined;
}

function node<A>(): TrieNode<A> {
  return { actions: [], keys: new Map(), names: [], nexts: [], star: undefined };
}

function seal<A>(at: TrieNode<A>): TrieNode<A> {
  at.names = [...at.keys.keys()];
  at.nexts = at.names.map((name) => seal(at.keys.get(name)!));
  if (at.star !== undefined) seal(at.star);
  return at;
}

function trieOf<A>(entries: readonly (readonly [pattern: string, action: A])[]): TrieNode<A> {
  const root = node<A>();
  for (const [pattern, action] of entries) {
    let at = root;
    for (const segment of pattern.split("/")) {
      if (segment === "*") at = at.star ??= node<A>();
      else {
        let next = at.keys.get(segment);
        if (next === undefined) at.keys.set(segment, (next = node<A>()));
        at = next;
      }
    }
    at.actions.push(action);
  }
  return seal(root);
}

function walk<A>(value: unknown, at: TrieNode<A>, visit: (action: A, value: unknown) => void): void {
  for (let i = 0; i < at.actions.length; i++) visit(at.actions[i]!, value);
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    const star = at.star;
    if (star === undefined) return;
    for (let i = 0; i < value.length; i++) walk(value[i], star, visit);
    return;
  }
  const names = at.names;
  if (names.length === 0) return;
  const record = value as Record<string, unknown>;
  for (let i = 0; i < names.length; i++) {
    const key = names[i]!;
    if (!Object.prototype.hasOwnProperty.call(record, key)) continue;
    const child = record[key];
    if (child !== undefined) walk(child, at.nexts[i]!, visit);
  }
}

function fieldAt(value: object, path: readonly string[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object" || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The trie, built on the first scan rather than at import (importing isms-kit stays short). */
let trie: TrieNode<Check> | undefined;

/** The tables of `ismsStructure` as one trie of checks (scripts/fastParserSource.ts writes the same walk as code). */
export function compiledTrie(): TrieNode<Check> {
  return (trie ??= trieOf<Check>([
    ...(Object.keys(ENTITY_KINDS) as EntityKind[]).map((kind) => [ENTITY_KINDS[kind].pattern, { check: "entity", kind }] as const),
    ...DATE_ORDER_RULES.map((rule) => [rule.pattern, { check: "order", earlier: rule.earlier.split("/"), later: rule.later.split("/") }] as const),
    ...STATUS_DATE_RULES.map((rule) => [rule.pattern, { check: "status", rule }] as const),
    ...REFERENCE_FIELDS.map((field) => [field.pattern, { check: "reference", target: field.target }] as const),
  ]));
}
