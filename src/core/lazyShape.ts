/**
 * An object whose properties are built the first time anything asks for one: its keys, a
 * descriptor, a value. The schemas give zod their shapes this way, so that importing isms-kit
 * builds one schema object per record type rather than one per field; zod reads a shape once, by
 * spreading it (`{ ...shape }`), and keeps that copy, so `build` runs at most once and every later
 * read sees the same field schemas.
 *
 * @example
 * ```ts
 * let built = 0;
 * const shape = lazyShape(() => ({ name: (built++, "a field") }));
 * built
 * //=> 0
 * ({ ...shape }).name
 * //=> "a field"
 * built
 * //=> 1
 * ```
 */
export function lazyShape<S extends object>(build: () => S): S {
  let built: S | undefined;
  const shape = () => (built ??= build());
  return new Proxy({} as S, {
    ownKeys: () => Reflect.ownKeys(shape()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(shape(), key),
    get: (_, key) => Reflect.get(shape(), key),
    has: (_, key) => Reflect.has(shape(), key),
  });
}
