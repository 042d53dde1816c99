/** A cycle of asset dependencies: its assets in document order, the index of the first, and one way round it. */
export interface DependencyCycle {
  readonly ids: readonly string[];
  readonly index: number;
  /** The cycle as it is walked: each asset depends on the next, the last on the first. */
  readonly path: readonly string[];
}

/**
 * The cycles among the assets' `dependsOnAssetIds`: each strongly connected group of assets that
 * depend on each other, and each asset that depends on itself. Tarjan's algorithm, iterative, so a
 * chain of any length cannot overflow the stack. Safe on invalid input (the schema reports it).
 */
export function findDependencyCycles(doc: unknown): DependencyCycle[] {
  const assets = (doc as { assets?: unknown } | null)?.assets;
  if (!Array.isArray(assets)) return [];
  const dependsOf = (i: number): unknown => (assets[i] as { dependsOnAssetIds?: unknown } | null | undefined)?.dependsOnAssetIds;
  // No dependency at all (most documents, most of the time): no cycle, nothing to build.
  let any = false;
  for (let i = 0; i < assets.length && !any; i++) {
    const ids = dependsOf(i);
    any = Array.isArray(ids) && ids.length > 0;
  }
  if (!any) return [];
  const idOf = (i: number): unknown => (assets[i] as { id?: unknown } | null | undefined)?.id;
  const position = new Map<string, number>();
  for (let i = 0; i < assets.length; i++) {
    const id = idOf(i);
    if (typeof id === "string" && !position.has(id)) position.set(id, i);
  }
  const none: number[] = [];
  const edges = assets.map((_, i) => {
    const ids = dependsOf(i);
    if (!Array.isArray(ids) || ids.length === 0) return none;
    const targets: number[] = [];
    for (const id of ids) {
      const at = typeof id === "string" ? position.get(id) : undefined;
      if (at !== undefined) targets.push(at);
    }
    return targets;
  });

  // Tarjan's strongly connected components, iteratively; the walk's state in typed arrays (a frame
  // is a node and the next of its edges to follow).
  const n = assets.length;
  const order = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackSize = 0;
  const frameNode = new Int32Array(n);
  const frameNext = new Int32Array(n);
  const cycles: DependencyCycle[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] !== -1 || position.get(idOf(root) as string) !== root) continue;
    let frames = 1;
    frameNode[0] = root;
    frameNext[0] = 0;
    order[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (frames > 0) {
      const node = frameNode[frames - 1]!;
      const next = frameNext[frames - 1]!;
      const targets = edges[node]!;
      if (next < targets.length) {
        frameNext[frames - 1] = next + 1;
        const target = targets[next]!;
        if (order[target] === -1) {
          order[target] = low[target] = counter++;
          stack[stackSize++] = target;
          onStack[target] = 1;
          frameNode[frames] = target;
          frameNext[frames] = 0;
          frames++;
        } else if (onStack[target] === 1) {
          low[node] = Math.min(low[node]!, order[target]!);
        }
        continue;
      }
      frames--;
      if (frames > 0) {
        const parent = frameNode[frames - 1]!;
        low[parent] = Math.min(low[parent]!, low[node]!);
      }
      if (low[node] !== order[node]) continue;
      if (stack[stackSize - 1] === node) {
        // A component of one asset: a cycle only if the asset depends on itself.
        onStack[node] = 0;
        stackSize--;
        if (targets.includes(node)) cycles.push(describe([node], edges, (i) => idOf(i) as string));
        continue;
      }
      const group: number[] = [];
      let member: number;
      do {
        member = stack[--stackSize]!;
        onStack[member] = 0;
        group.push(member);
      } while (member !== node);
      cycles.push(describe(group, edges, (i) => idOf(i) as string));
    }
  }
  return cycles.sort((a, b) => a.index - b.index);
}

function describe(group: number[], edges: readonly number[][], idOf: (i: number) => string): DependencyCycle {
  const members = new Set(group);
  const sorted = [...group].sort((a, b) => a - b);
  const first = sorted[0]!;
  // Walk from the first asset along dependencies inside the group, back to where the walk closes.
  const path: number[] = [first];
  const seen = new Map<number, number>([[first, 0]]);
  for (;;) {
    const next = edges[path[path.length - 1]!]!.find((target) => members.has(target))!;
    const at = seen.get(next);
    if (at !== undefined) {
      path.splice(0, at);
      break;
    }
    seen.set(next, path.length);
    path.push(next);
  }
  return { ids: sorted.map(idOf), index: first, path: path.map(idOf) };
}
