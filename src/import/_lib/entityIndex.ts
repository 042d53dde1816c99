import { slug } from "./cells";

/** An entity the import may refer to: an id and, for matching names, a name or title. */
export interface NamedEntity {
  readonly id: string;
  readonly name?: string;
}

/**
 * Finds entities by id or by name (case and spacing ignored), and makes new ones for names it does
 * not know, with ids made from the name (`"Jane Doe"` → `p-jane-doe`), unique among all ids known.
 */
export class EntityIndex {
  private readonly byId = new Map<string, NamedEntity>();
  private readonly byName = new Map<string, NamedEntity>();
  /** The entities made for names that were not found, in the order they were made. */
  readonly created: NamedEntity[] = [];

  constructor(
    private readonly prefix: string,
    known: readonly NamedEntity[],
    private readonly usedIds: Set<string>,
  ) {
    for (const entity of known) {
      this.byId.set(entity.id, entity);
      if (entity.name !== undefined) this.byName.set(normal(entity.name), entity);
      usedIds.add(entity.id);
    }
  }

  /** The entity a cell names — by id, then by name — and whether it was made now. */
  resolve(text: string): { id: string; created: boolean } {
    const found = this.byId.get(text) ?? this.byName.get(normal(text));
    if (found) return { id: found.id, created: false };
    let id = `${this.prefix}${slug(text)}`;
    for (let n = 2; this.usedIds.has(id); n++) id = `${this.prefix}${slug(text)}-${n}`;
    const entity = { id, name: text };
    this.usedIds.add(id);
    this.byId.set(id, entity);
    this.byName.set(normal(text), entity);
    this.created.push(entity);
    return { id, created: true };
  }
}

const normal = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");
