/**
 * `walkPattern` visits, in document order, every value at a pattern with its path, skipping places
 * whose parents have the wrong type: checked against a plain recursive reference on random JSON-like
 * values and patterns.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { walkPattern } from "../../src/core/walkPattern";

/** The reference: every (value, path) at the pattern, collected recursively with fresh paths. */
function reference(root: unknown, segments: readonly string[]): [unknown, (string | number)[]][] {
  const out: [unknown, (string | number)[]][] = [];
  const go = (value: unknown, depth: number, path: (string | number)[]) => {
    if (depth === segments.length) {
      out.push([value, path]);
      return;
    }
    const segment = segments[depth]!;
    if (segment === "*") {
      if (Array.isArray(value)) value.forEach((v, i) => go(v, depth + 1, [...path, i]));
    } else if (value !== null && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, segment)) {
      const child = (value as Record<string, unknown>)[segment];
      if (child !== undefined) go(child, depth + 1, [...path, segment]);
    }
  };
  go(root, 0, []);
  return out;
}

const key = fc.constantFrom("a", "b", "c");
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, fc.constantFrom(null, 1, "x", undefined), tie("list"), tie("record")),
  list: fc.array(tie("node"), { maxLength: 4 }),
  record: fc.dictionary(key, tie("node"), { maxKeys: 3 }),
})).node;
const pattern = fc.array(fc.constantFrom("a", "b", "c", "*"), { minLength: 1, maxLength: 4 });

describe("walkPattern", () => {
  it("visits what a plain recursive walk finds, in the same order, with the same paths", () => {
    fc.assert(
      fc.property(tree, pattern, (root, segments) => {
        const seen: [unknown, (string | number)[]][] = [];
        walkPattern(root, segments.join("/"), (value, path) => seen.push([value, path()]));
        expect(seen).toStrictEqual(reference(root, segments));
      }),
      { numRuns: 2_000 },
    );
  });

  it("gives each visit a path of its own and ignores inherited keys", () => {
    const paths: (string | number)[][] = [];
    walkPattern({ risks: [{ owner: "p-1" }, { owner: "p-2" }, Object.create({ owner: "p-3" })] }, "risks/*/owner", (_, path) => paths.push(path()));
    expect(paths).toStrictEqual([["risks", 0, "owner"], ["risks", 1, "owner"]]);
    paths[0]!.push("changed");
    expect(paths[1]).toStrictEqual(["risks", 1, "owner"]);
  });
});
