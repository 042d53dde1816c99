import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { comparePointers } from "../../../src/conformity/_lib/pointers";

/** The obvious implementation, by splitting: the reference the fast one must agree with. */
function reference(a: string, b: string): number {
  const x = a === "" ? [] : a.slice(1).split("/");
  const y = b === "" ? [] : b.slice(1).split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const s = x[i]!;
    const t = y[i]!;
    if (s === t) continue;
    const ns = /^\d+$/.test(s);
    const nt = /^\d+$/.test(t);
    if (ns && nt) return Number(s) - Number(t) || s.length - t.length;
    if (ns !== nt) return ns ? -1 : 1;
    return s < t ? -1 : 1;
  }
  return x.length - y.length;
}

const segment = fc.oneof(fc.constantFrom("risks", "evidence", "controls", "id", "a", "ab", "b", "0", "00", "1", "2", "10", "9"), fc.nat(200).map(String));
const pointer = fc.array(segment, { maxLength: 5 }).map((s) => (s.length ? `/${s.join("/")}` : ""));

describe("comparePointers", () => {
  it("orders like the splitting reference (same sign) for generated pointers", () => {
    fc.assert(
      fc.property(pointer, pointer, (a, b) => {
        expect(Math.sign(comparePointers(a, b))).toBe(Math.sign(reference(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it("orders indices numerically and parents before children", () => {
    const sorted = ["/risks/10", "", "/risks/2/ownerId", "/controls/3", "/risks/2", "/evidence"].sort(comparePointers);
    expect(sorted).toEqual(["", "/controls/3", "/evidence", "/risks/2", "/risks/2/ownerId", "/risks/10"]);
  });
});
