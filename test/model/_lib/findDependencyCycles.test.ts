/**
 * The asset dependency cycles are the strongly connected components of the dependency graph with
 * more than one asset, or one asset that depends on itself — checked here against reachability
 * worked out the slow way, on random graphs (ids shared, missing or not strings, unknown targets),
 * with each cycle's walk a real cycle through its members.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDependencyCycles } from "../../../src/model/_lib/findDependencyCycles";

/** The components the slow way: i and j together when each reaches the other. */
function slowCycles(assets: readonly { id?: unknown; dependsOnAssetIds?: unknown }[]): number[][] {
  const position = new Map<string, number>();
  assets.forEach((a, i) => {
    if (typeof a.id === "string" && !position.has(a.id)) position.set(a.id, i);
  });
  const edges = assets.map((a) => (Array.isArray(a.dependsOnAssetIds) ? a.dependsOnAssetIds.flatMap((id) => (typeof id === "string" && position.has(id) ? [position.get(id)!] : [])) : []));
  const n = assets.length;
  const reach = edges.map((targets) => {
    const seen = new Set<number>(targets);
    const todo = [...targets];
    while (todo.length > 0) for (const t of edges[todo.pop()!]!) if (!seen.has(t)) (seen.add(t), todo.push(t));
    return seen;
  });
  const groups: number[][] = [];
  const placed = new Set<number>();
  for (let i = 0; i < n; i++) {
    // only the first asset with an id takes part (the others are not reachable by id)
    if (placed.has(i) || typeof assets[i]!.id !== "string" || position.get(assets[i]!.id as string) !== i) continue;
    const group = [i];
    for (let j = i + 1; j < n; j++) if (reach[i]!.has(j) && reach[j]!.has(i)) group.push(j);
    group.forEach((k) => placed.add(k));
    if (group.length > 1 || reach[i]!.has(i)) groups.push(group);
  }
  return groups;
}

const graph = fc.array(
  fc.record(
    {
      id: fc.oneof(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h"), fc.constant(7), fc.constant(undefined)),
      dependsOnAssetIds: fc.oneof(fc.array(fc.constantFrom("a", "b", "c", "d", "e", "f", "g", "h", "zz"), { maxLength: 4 }), fc.constant(undefined)),
    },
    { requiredKeys: [] },
  ),
  { maxLength: 12 },
);

describe("findDependencyCycles", () => {
  it("finds exactly the components that form cycles, each walked as a cycle", () => {
    fc.assert(
      fc.property(graph, (assets) => {
        const found = findDependencyCycles({ assets });
        const expected = slowCycles(assets);
        expect(found.map((c) => c.index)).toStrictEqual(expected.map((g) => g[0]));
        expect(found.map((c) => c.ids)).toStrictEqual(expected.map((g) => g.map((i) => assets[i]!.id)));
        for (const cycle of found) {
          // each member depends on the next, the last on the first, all inside the component
          cycle.path.forEach((id, k) => {
            const next = cycle.path[(k + 1) % cycle.path.length]!;
            const from = assets.find((a) => a.id === id)!;
            expect(from.dependsOnAssetIds as string[]).toContain(next);
            expect(cycle.ids).toContain(next);
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it("finds nothing, and builds nothing, when no asset depends on another", () => {
    expect(findDependencyCycles({ assets: [{ id: "a" }, { id: "b", dependsOnAssetIds: [] }] })).toStrictEqual([]);
    expect(findDependencyCycles({ assets: "not a list" })).toStrictEqual([]);
  });

  it("walks a chain of 100,000 assets without deep recursion", () => {
    const assets = Array.from({ length: 100_000 }, (_, i) => ({ id: `a-${i}`, dependsOnAssetIds: i + 1 < 100_000 ? [`a-${i + 1}`] : ["a-0"] }));
    const [cycle, ...more] = findDependencyCycles({ assets });
    expect([cycle?.ids.length, cycle?.index, cycle?.path[0], cycle?.path.length, more.length]).toStrictEqual([100_000, 0, "a-0", 100_000, 0]);
  });
});
