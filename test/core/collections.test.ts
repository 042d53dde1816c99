import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareCodeUnits, countWhere, groupByEach, listNames, sortedUnique } from "../../src/core/collections";

describe("collections", () => {
  it("sortedUnique gives each value once, by code unit, from arrays and other iterables alike", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 4 }), { maxLength: 40 }), (values) => {
        const expected = [...new Set(values)].sort(compareCodeUnits);
        expect(sortedUnique(values)).toStrictEqual(expected);
        expect(sortedUnique(new Set(values))).toStrictEqual(expected);
      }),
      { numRuns: 300 },
    );
    const input = ["b", "a", "b"];
    sortedUnique(input);
    expect(input).toStrictEqual(["b", "a", "b"]);
    // By UTF-16 code unit, not code point nor locale: U+1F600 (D83D DE00) sorts before U+FF5E.
    expect(sortedUnique(["\u{1F600}", "\uFF5E", "B", "a"])).toStrictEqual(["B", "a", "\u{1F600}", "\uFF5E"]);
  });

  it("countWhere counts as filter().length does", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (values) => {
        expect(countWhere(values, (v) => v % 3 === 0)).toBe(values.filter((v) => v % 3 === 0).length);
      }),
    );
  });

  it("groupByEach puts each item's value under every key it lists, in the items' order", () => {
    const evidence = [
      { id: "e-1", controlIds: ["5.1", "8.5"] },
      { id: "e-2", controlIds: [] },
      { id: "e-3", controlIds: ["8.5", "8.5"] },
    ];
    expect([...groupByEach(evidence, (e) => e.controlIds, (e) => e.id)]).toStrictEqual([
      ["5.1", ["e-1"]],
      ["8.5", ["e-1", "e-3", "e-3"]],
    ]);
  });

  it("listNames quotes each name as JSON does, whatever it holds", () => {
    expect(listNames(["a", 'b"c', "d\\e", "\u0001", "é"])).toBe('"a", "b\\"c", "d\\\\e", "\\u0001" and "é"');
    expect([listNames([]), listNames(["x"], false), listNames(["x", "y"], false)]).toStrictEqual(["", "x", "x and y"]);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 5 }), { maxLength: 6 }), (names) => {
        const shown = names.map((name) => JSON.stringify(name));
        const expected = shown.length <= 1 ? shown.join("") : `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
        expect(listNames(names)).toBe(expected);
      }),
    );
  });
});
