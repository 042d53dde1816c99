import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { copyPlain } from "../core/copyPlain";

/**
 * A part of an ISMS document: some of its collections, each a list of entities with ids (whole, or
 * only the fields an import filled).
 *
 * @category Interop
 * @example
 * ```ts
 * const fragment: IsmsFragment = { people: [{ id: "p-ada", name: "Ada Lovelace" }] };
 * ```
 */
export type IsmsFragment = Readonly<Record<string, readonly ({ readonly id: string } & Readonly<Record<string, unknown>>)[]>>;

/**
 * Merges a fragment — what {@link importStatementOfApplicability} or {@link importRiskRegister} gives,
 * or any partial document — into an ISMS document, and returns the new document. In each collection
 * an entity whose id is already there is updated field by field (a field the fragment sets to
 * `undefined` is removed; fields it does not mention are kept); a new id is added at the end. A
 * collection inside an object is named with a slash: `businessImpactAnalysis/services` (the object is
 * made when the document lacks it). The inputs are not changed. Validate the result with {@link index!parseIsms}: the merge checks no references.
 *
 * @param document - the ISMS document (parsed or as written)
 * @param fragment - collections of entities by id
 * @returns a new document
 * @throws {@link index!ArgumentError} when the document is not an object, or a collection of the fragment is not a list of entities with ids, or its name has more than one slash
 * @category Interop
 * @example
 * ```ts
 * const merged = mergeIsmsFragment(
 *   { schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "5.1", applicable: null, justification: "old" }] },
 *   { controls: [{ id: "5.1", applicable: true, justification: undefined }, { id: "5.2", applicable: false }] },
 * );
 * merged.controls
 * //=> [{ id: "5.1", applicable: true }, { id: "5.2", applicable: false }]
 * ```
 */
export function mergeIsmsFragment<Document extends object>(document: Document, fragment: IsmsFragment): Document & Record<string, unknown> {
  if (document === null || typeof document !== "object" || Array.isArray(document)) {
    throw argumentError("mergeIsmsFragment", ["document"], "invalid_type", `expected an ISMS document (an object); found ${describeValue(document)}`);
  }
  if (fragment === null || typeof fragment !== "object" || Array.isArray(fragment)) {
    throw argumentError("mergeIsmsFragment", ["fragment"], "invalid_type", `expected collections by name; found ${describeValue(fragment)}`);
  }
  // A copy: the result owns its data, so changing it never changes the document or the fragment.
  const out = copyPlain(document) as Record<string, unknown>;
  for (const [key, entities] of Object.entries(fragment)) {
    if (!Array.isArray(entities) || !entities.every((e) => e !== null && typeof e === "object" && typeof (e as { id?: unknown }).id === "string")) {
      throw argumentError("mergeIsmsFragment", ["fragment", key], "invalid_type", `expected a list of entities with ids; found ${describeValue(entities)}`);
    }
    const path = key.split("/");
    if (path.length > 2 || path.some((part) => part === "")) {
      throw argumentError("mergeIsmsFragment", ["fragment", key], "invalid_value", `expected a collection's name, or an object's and its collection's ("businessImpactAnalysis/services"); found "${key}"`);
    }
    const owner = out[path[0]!];
    const holder: Record<string, unknown> = path.length === 1 ? out : owner !== null && typeof owner === "object" && !Array.isArray(owner) ? { ...(owner as object) } : {};
    const name = path[path.length - 1]!;
    const current = holder[name];
    const list: Record<string, unknown>[] = Array.isArray(current) ? current.map((e) => ({ ...(e as object) })) : [];
    const at = new Map(list.map((e, i) => [e["id"], i]));
    for (const entity of entities) {
      const i = at.get(entity.id);
      const merged: Record<string, unknown> = i === undefined ? {} : list[i]!;
      for (const [field, value] of Object.entries(entity)) {
        if (value === undefined) delete merged[field];
        else merged[field] = copyPlain(value);
      }
      if (i === undefined) {
        at.set(entity.id, list.length);
        list.push(merged);
      }
    }
    holder[name] = list;
    if (path.length === 2) out[path[0]!] = holder;
  }
  return out as Document & Record<string, unknown>;
}
