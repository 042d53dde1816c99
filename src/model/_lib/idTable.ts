/**
 * The index of a document's ids that the fast path's integrity scan builds: each id with the kind
 * of entity it names (a small number), in an open-addressing hash table whose slots, hashes and
 * kinds live in typed arrays. For the 290,000 ids of the benchmark's L document a `Map` allocates
 * 39 MiB of JavaScript heap and ends at 14 MiB, all of it held until the scan ends; this table
 * keeps only the array of ids on the heap (the strings the document already holds: 2.3 MB) and
 * about 6.5 MB in array buffers, and finds an id as fast.
 */
export interface IdTable {
  /** Records `id` as naming an entity of `kind` (0–255); `false`, and nothing changed, when the id is already recorded. */
  add(id: string, kind: number): boolean;
  /** The kind recorded for `id`, or -1 when it is not recorded. */
  kindOf(id: string): number;
  /** How many ids are recorded. */
  readonly size: number;
}

/** FNV-1a over the UTF-16 code units, its bits then mixed so that the low ones (the slot) depend on every unit. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  return hash ^ (hash >>> 16);
}

/** A new, empty {@link IdTable}; it doubles as ids are added, kept at most half full. */
export function createIdTable(): IdTable {
  let capacity = 64;
  // slot → entry + 1 (0: empty); linear probing, the load kept at or below one half
  let slots = new Int32Array(capacity);
  let mask = capacity - 1;
  const ids: string[] = [];
  let hashes = new Int32Array(capacity >>> 1);
  let kinds = new Uint8Array(capacity >>> 1);

  const grow = () => {
    capacity *= 2;
    mask = capacity - 1;
    slots = new Int32Array(capacity);
    for (let entry = 0; entry < ids.length; entry++) {
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

  return {
    add(id, kind) {
      const hash = hashOf(id);
      let slot = hash & mask;
      for (let at = slots[slot]!; at !== 0; at = slots[slot]!) {
        if (hashes[at - 1] === hash && ids[at - 1] === id) return false;
        slot = (slot + 1) & mask;
      }
      const entry = ids.length;
      ids.push(id);
      hashes[entry] = hash;
      kinds[entry] = kind;
      slots[slot] = entry + 1;
      if ((entry + 1) * 2 >= capacity) grow();
      return true;
    },
    kindOf(id) {
      const hash = hashOf(id);
      let slot = hash & mask;
      for (let at = slots[slot]!; at !== 0; at = slots[slot]!) {
        if (hashes[at - 1] === hash && ids[at - 1] === id) return kinds[at - 1]!;
        slot = (slot + 1) & mask;
      }
      return -1;
    },
    get size() {
      return ids.length;
    },
  };
}
