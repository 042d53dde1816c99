/**
 * The id index of the fast path's integrity scan answers as a `Map` of the same ids would: an id is
 * added once (a second add is refused and changes nothing), its kind is the one first recorded, an
 * id never added is unknown — through every growth of the table and whatever the ids' hashes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIdTable } from "../../../src/model/_lib/idTable";

describe("createIdTable", () => {
  it("records each id once with its first kind, and knows no other", () => {
    const table = createIdTable();
    expect(table.add("p-1", 3)).toBe(true);
    expect(table.add("p-2", 7)).toBe(true);
    expect(table.add("p-1", 9)).toBe(false);
    expect([table.kindOf("p-1"), table.kindOf("p-2"), table.kindOf("p-3"), table.kindOf(""), table.size]).toStrictEqual([3, 7, -1, -1, 2]);
  });

  it("keeps every id through the table's growth (100,000 ids, read back after)", () => {
    const table = createIdTable();
    for (let i = 0; i < 100_000; i++) expect(table.add(`ev-${i}`, i % 53)).toBe(true);
    let wrong = 0;
    for (let i = 0; i < 100_000; i++) if (table.kindOf(`ev-${i}`) !== i % 53 || table.add(`ev-${i}`, 0)) wrong++;
    expect([wrong, table.size, table.kindOf("ev-100000")]).toStrictEqual([0, 100_000, -1]);
  });

  it("tells apart ids that differ by any code unit, including ones outside ASCII and lone surrogates", () => {
    const table = createIdTable();
    const ids = ["a", "A", "a ", "é", "e\u0301", "\ud800", "\udc00", "\ud83d\ude00", "\u0000", "ab", "ba"];
    ids.forEach((id, kind) => expect(table.add(id, kind)).toBe(true));
    expect(ids.map((id) => table.kindOf(id))).toStrictEqual(ids.map((_, kind) => kind));
  });

  it("answers as a Map on any sequence of adds and look-ups", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 })), fc.integer({ min: 0, max: 255 })), { maxLength: 400 }),
        (steps) => {
          const table = createIdTable();
          const map = new Map<string, number>();
          for (const [isAdd, id, kind] of steps) {
            if (isAdd) {
              const fresh = !map.has(id);
              if (fresh) map.set(id, kind);
              expect(table.add(id, kind)).toBe(fresh);
            } else expect(table.kindOf(id)).toBe(map.get(id) ?? -1);
          }
          expect(table.size).toBe(map.size);
          for (const [id, kind] of map) expect(table.kindOf(id)).toBe(kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
