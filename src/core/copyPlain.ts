/**
 * A deep copy of the plain objects and arrays in a value (other values are kept as they are), so a
 * function's result owns its data. Iterative, so nesting of any depth cannot overflow the stack; a
 * structure shared or circular in the input is shared or circular in the copy. `__proto__` is copied
 * as an own key, never as the prototype.
 */
export function copyPlain<T>(value: T): T {
  const isPlain = (v: unknown): v is object => v !== null && typeof v === "object" && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
  if (!isPlain(value)) return value;
  const copies = new Map<object, object>();
  const copyOf = (source: object): object => {
    let copy = copies.get(source);
    if (copy === undefined) {
      copy = Array.isArray(source) ? new Array(source.length) : {};
      copies.set(source, copy);
      pending.push(source);
    }
    return copy;
  };
  const pending: object[] = [];
  const root = copyOf(value);
  while (pending.length > 0) {
    const source = pending.pop()!;
    const target = copies.get(source)! as Record<string, unknown>;
    for (const key of Object.keys(source)) {
      const child = (source as Record<string, unknown>)[key];
      Object.defineProperty(target, key, { value: isPlain(child) ? copyOf(child) : child, enumerable: true, writable: true, configurable: true });
    }
  }
  return root as T;
}
