/** Compares strings by code unit, so sorting does not depend on the locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The values, each once, sorted by code unit. Returns a new array. */
export function sortedUnique(values: Iterable<string>): string[] {
  return sortUniqueInPlace(Array.isArray(values) ? (values as string[]).slice() : Array.from(values));
}

/**
 * {@link sortedUnique} of an array the caller has just made and owns (a `concat`, a `map`), sorted
 * and cut in place instead of copied first; returns it.
 */
export function sortUniqueInPlace(values: string[]): string[] {
  // The default order of `sort` is by UTF-16 code unit, as compareCodeUnits: without a comparator it
  // runs natively. Repeats are then neighbours, dropped in one pass (no set of the values).
  values.sort();
  let kept = 0;
  for (let i = 0; i < values.length; i++) if (kept === 0 || values[i] !== values[kept - 1]) values[kept++] = values[i]!;
  values.length = kept;
  return values;
}

/** The values, each once, in the order they first appear. Returns a new array. */
export function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** How many of the values satisfy `predicate`: `values.filter(predicate).length` without building the list. */
export function countWhere<T>(values: readonly T[], predicate: (value: T) => boolean): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (predicate(values[i]!)) count++;
  return count;
}

/** Appends `value` to the list kept under `key`, creating it on first use. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a string holds something other than white space. */
export function hasText(value: string | undefined): value is string {
  return value !== undefined && /\S/.test(value);
}

/** `a, b and c` for a list of names; quotes each with `quote`. */
export function listNames(names: readonly string[], quote = true): string {
  const shown = quote ? names.map(quoted) : names;
  if (shown.length <= 1) return shown.join("");
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

/**
 * `JSON.stringify(name)`, without its general machinery for the usual name — printable ASCII with no
 * quote or backslash, which it only wraps in quotes (the SoA lists thousands of risk ids at once).
 */
function quoted(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x22 || c === 0x5c) return JSON.stringify(name);
  }
  return `"${name}"`;
}

/**
 * For every item, its value appended under each key it lists: `groupByEach(evidence, (e) => e.controlIds,
 * (e) => e.id)` is the evidence ids per control. Keys and values keep the items' order; a key listed
 * twice by one item gets its value twice. Indexed loops: no iterator is allocated per item.
 */
export function groupByEach<T, V>(items: readonly T[], keysOf: (item: T) => readonly string[], valueOf: (item: T) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const keys = keysOf(item);
    if (keys.length === 0) continue;
    const value = valueOf(item);
    for (let k = 0; k < keys.length; k++) pushTo(groups, keys[k]!, value);
  }
  return groups;
}
