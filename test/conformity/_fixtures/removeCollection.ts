/**
 * A copy of a document without one collection (or single part, such as `auditProgramme`) — or, with
 * `which`, without the entries of the collection it selects — and without the references to the
 * entities removed, so that the copy still parses: fields ending in `Id` that pointed to a removed
 * entity are dropped, lists ending in `Ids` lose the removed ids.
 */
export function removeCollection<T extends object>(doc: T, key: string, which?: (entry: Record<string, unknown>) => boolean): T {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const removed = new Set<string>();
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (value === null || typeof value !== "object") return;
    const id = (value as { id?: unknown }).id;
    if (typeof id === "string") removed.add(id);
    Object.values(value).forEach(collect);
  };
  const current = copy[key];
  if (which !== undefined && Array.isArray(current)) {
    const gone = current.filter((entry) => which(entry as Record<string, unknown>));
    collect(gone);
    copy[key] = current.filter((entry) => !which(entry as Record<string, unknown>));
  } else {
    collect(current);
    delete copy[key];
  }
  dropReferences(copy, removed);
  return copy as T;
}

/**
 * Removes, in place, the references to the given ids: fields ending in `Id` that point to one are
 * dropped, lists ending in `Ids` lose them. Returns the document.
 */
export function dropReferences<T>(doc: T, removed: ReadonlySet<string>): T {
  const scrub = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(scrub);
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    for (const [k, v] of Object.entries(record)) {
      if (k.endsWith("Ids") && Array.isArray(v)) record[k] = v.filter((x) => !(typeof x === "string" && removed.has(x)));
      else if (k.endsWith("Id") && k !== "id" && typeof v === "string" && removed.has(v)) delete record[k];
      else scrub(v);
    }
  };
  scrub(doc);
  return doc;
}
