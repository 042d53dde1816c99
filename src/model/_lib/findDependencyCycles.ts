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
  const idOf = (i: number): unknown => (assets[i] as { id?: unknown } | null | undefined)?.id;
  const position = new Map<string, number>();
  assets.forEach((_, i) => {
    const id = idOf(i);
    if (typeof id === "string" && !position.has(id)) position.set(id, i);
  });
  const edges = assets.map((asset) => {
    const ids = (asset as { dependsOnAssetIds?: unknown } | null)?.dependsOnAssetIds;
    return Array.isArray(ids) ? ids.flatMap((id) => (typeof id === "string" && position.has(id) ? [position.get(id)!] : [])) : [];
  });

  const order = new Array<number>(assets.length).fill(-1);
  const low = new Array<number>(assets.length).fill(0);
  const onStack = new Array<boolean>(assets.length).fill(false);
  const stack: number[] = [];
  const cycles: DependencyCycle[] = [];
  let counter = 0;
  for (let root = 0; root < assets.length; root++) {
    if (order[root] !== -1 || position.get(idOf(root) as string) !== root) continue;
    const work: [node: number, next: number][] = [[root, 0]];
    order[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, next] = frame;
      const targets = edges[node]!;
      if (next < targets.length) {
        frame[1]++;
        const target = targets[next]!;
        if (order[target] === -1) {
          order[target] = low[target] = counter++;
          stack.push(target);
          onStack[target] = true;
          work.push([target, 0]);
        } else if (onStack[target]) {
          low[node] = Math.min(low[node]!, order[target]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] !== order[node]) continue;
      const group: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack[member] = false;
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || targets.includes(node)) cycles.push(describe(group, edges, (i) => idOf(i) as string));
    }
  }
  return cycles.sort((a, b) => a.index - b.index);
}

/** A group of assets in a cycle, with one way round it from its first asset. */
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
