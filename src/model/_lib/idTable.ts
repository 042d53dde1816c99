/**
 * The index of a document's ids that the fast path's integrity scan builds: each id with the kind
 * of entity it names (a small number), and each id a reference names before its entity is reached
 * with the kind the reference expects — so one walk checks every reference, forward ones included,
 * with no list of them kept aside. An open-addressing hash table whose slots, hashes and kinds live
 * in typed arrays: for the 290,000 ids of the benchmark's L document a `Map` allocates 39 MiB of
 * JavaScript heap and ends at 14 MiB, all of it held until the scan ends, and the forward references
 * another 10 MiB; this table keeps only the ids on the heap (the strings the document already holds,
 * in arrays of 4,096 that are never copied: 2.3 MB) and about 6.5 MB in array buffers.
 *
 * Only the scan generated for Node.js uses it (scripts/scanSource.ts; the generated module bundles
 * it): `scanIntegrity`, which browsers run on the documents a browser holds, keeps its `Map` and
 * its list of forward references, and the bundles their size. The agreement test holds the two
 * scans to the same answers.
 */
export interface IdTable {
  /**
   * Records `id` as naming an entity of `kind` (0–127); `false` when an entity already has the id
   * (nothing changes), or when a reference recorded before it expected an entity of another kind
   * (the entity is recorded).
   */
  add(id: string, kind: number): boolean;
  /**
   * Records a reference to an entity of `kind`: `false` when the id names an entity of another kind,
   * or an earlier reference to the id (whose entity is not known yet) expected another kind.
   */
  refer(id: string, kind: number): boolean;
  /** The kind of the entity with `id`, or -1 when no entity has it (a reference alone records no entity). */
  kindOf(id: string): number;
  /** How many ids name an entity. */
  readonly size: number;
  /** How many ids were referred to that no entity has (yet). */
  readonly unresolved: number;
}

/** FNV-1a over the UTF-16 code units, its bits then mixed so that the low ones (the slot) depend on every unit. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}

/** A kind recorded by a reference only: the kind it expects, with this bit. */
const REFERRED = 0x80;
/** The ids are kept in arrays of 2^CHUNK_BITS, so that none is copied as the table grows. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;

/** A new, empty {@link IdTable}; it doubles as ids are added, kept at most half full. */
export function createIdTable(): IdTable {
  let capacity = 64;
  // slot → entry + 1 (0: empty); linear probing, the load kept at or below one half
  let slots = new Int32Array(capacity);
  let mask = capacity - 1;
  const chunks: string[][] = [];
  let count = 0;
  let entities = 0;
  let hashes = new Int32Array(capacity >>> 1);
  let kinds = new Uint8Array(capacity >>> 1);

  const grow = () => {
    capacity *= 2;
    mask = capacity - 1;
    slots = new Int32Array(capacity);
    for (let entry = 0; entry < count; entry++) {
      let slot = hashes[entry]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry + 1;
    }
    const moreHashes = new Int32Array(capacity >>> 1);
    moreHashes.set(hashes);
    hashes = moreHashes;
    const moreKinds = new Uint8Array(capacity >>> 1);
    moreKinds.set(kinds);
    kinds = moreKinds;
  };
  /** The entry of `id` (its hash `hash`), or -1 - the empty slot where it would go. */
  const find = (id: string, hash: number): number => {
    let slot = hash & mask;
    for (let at = slots[slot]!; at !== 0; at = slots[slot]!) {
      const entry = at - 1;
      if (hashes[entry] === hash && chunks[entry >>> CHUNK_BITS]![entry & (CHUNK - 1)] === id) return entry;
      slot = (slot + 1) & mask;
    }
    return -1 - slot;
  };
  const insert = (id: string, hash: number, slot: number, kind: number) => {
    const entry = count++;
    if ((entry & (CHUNK - 1)) === 0) chunks.push(new Array<string>(CHUNK));
    chunks[entry >>> CHUNK_BITS]![entry & (CHUNK - 1)] = id;
    hashes[entry] = hash;
    kinds[entry] = kind;
    slots[slot] = entry + 1;
    if (count * 2 >= capacity) grow();
  };

  return {
    add(id, kind) {
      const hash = hashOf(id);
      const entry = find(id, hash);
      if (entry < 0) {
        insert(id, hash, -1 - entry, kind);
        entities++;
        return true;
      }
      const known = kinds[entry]!;
      if ((known & REFERRED) === 0) return false;
      // The entity of a forward reference: recorded, and the reference checked.
      kinds[entry] = kind;
      entities++;
      return known === (kind | REFERRED);
    },
    refer(id, kind) {
      const hash = hashOf(id);
      const entry = find(id, hash);
      if (entry < 0) {
        insert(id, hash, -1 - entry, kind | REFERRED);
        return true;
      }
      return (kinds[entry]! & ~REFERRED) === kind;
    },
    kindOf(id) {
      const entry = find(id, hashOf(id));
      return entry < 0 || kinds[entry]! & REFERRED ? -1 : kinds[entry]!;
    },
    get size() {
      return entities;
    },
    get unresolved() {
      return count - entities;
    },
  };
}
