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
        fc.array(fc.tuple(fc.boolean(), fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 })), fc.integer({ min: 0, max: 127 })), { maxLength: 400 }),
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

describe("createIdTable's references", () => {
  it("checks a reference against its entity, before or after it is added", () => {
    const table = createIdTable();
    expect([table.add("p-1", 1), table.refer("p-1", 1), table.refer("p-1", 2)]).toStrictEqual([true, true, false]);
    // forward: recorded with the kind expected, checked when the entity comes
    expect([table.refer("a-1", 3), table.refer("a-1", 3), table.kindOf("a-1"), table.unresolved, table.size]).toStrictEqual([true, true, -1, 1, 1]);
    expect([table.add("a-1", 3), table.kindOf("a-1"), table.unresolved, table.size, table.add("a-1", 3)]).toStrictEqual([true, 3, 0, 2, false]);
    // a forward reference expecting another kind than the entity that comes
    expect([table.refer("t-1", 4), table.add("t-1", 5), table.unresolved, table.kindOf("t-1")]).toStrictEqual([true, false, 0, 5]);
    // two forward references that disagree on the kind
    expect([table.refer("v-1", 6), table.refer("v-1", 7)]).toStrictEqual([true, false]);
  });

  it("answers as an index of entities plus a list of forward references checked at the end would", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.constantFrom("a", "b", "c", "d", "e", "f"), fc.integer({ min: 0, max: 3 })), { maxLength: 30 }), (steps) => {
        const table = createIdTable();
        const entities = new Map<string, number>();
        const forward: [string, number][] = [];
        let clean = true;
        let tableClean = true;
        for (const [isEntity, id, kind] of steps) {
          if (isEntity) {
            if (entities.has(id)) clean = false;
            else entities.set(id, kind);
            if (!table.add(id, kind)) tableClean = false;
          } else {
            const known = entities.get(id);
            if (known === undefined) forward.push([id, kind]);
            else if (known !== kind) clean = false;
            if (!table.refer(id, kind)) tableClean = false;
          }
        }
        for (const [id, kind] of forward) if (entities.get(id) !== kind) clean = false;
        expect(tableClean && table.unresolved === 0).toBe(clean);
        expect(table.size).toBe(entities.size);
      }),
      { numRuns: 500 },
    );
  });
});
