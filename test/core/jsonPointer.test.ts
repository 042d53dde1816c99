/**
 * `toJsonPointer` writes RFC 6901 pointers: checked against the rule written out segment by segment
 * (`~` as `~0`, `/` as `~1`, indices as decimal) on random paths, and parsed back by the RFC's rule.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toJsonPointer } from "../../src/core/jsonPointer";

const reference = (path: readonly (string | number)[]) => path.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
const segment = fc.oneof(fc.string({ unit: fc.constantFrom("a", "~", "/", "0", "1", " ", "é") }), fc.nat(100_000), fc.constantFrom("", "~1", "/~0", "risks"));

describe("toJsonPointer", () => {
  it("escapes each segment as RFC 6901 says, and the pointer reads back to the path", () => {
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 6 }), (path) => {
        const pointer = toJsonPointer(path);
        expect(pointer).toBe(reference(path));
        const back = pointer === "" ? [] : pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
        expect(back).toStrictEqual(path.map(String));
      }),
      { numRuns: 3_000 },
    );
  });

  it("writes the usual paths plainly", () => {
    expect([toJsonPointer([]), toJsonPointer(["risks", 3, "ownerId"]), toJsonPointer(["a/b", "c~d"])]).toEqual(["", "/risks/3/ownerId", "/a~1b/c~0d"]);
  });
});
