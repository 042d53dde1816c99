/** Whether an RFC 6901 JSON Pointer resolves to a value in `doc` (`""` is the document itself). */
export function resolvesIn(doc: unknown, pointer: string): boolean {
  if (pointer === "") return true;
  if (!pointer.startsWith("/")) return false;
  let value: unknown = doc;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(key) || Number(key) >= value.length) return false;
      value = value[Number(key)];
    } else if (value !== null && typeof value === "object" && Object.prototype.hasOwnProperty.call(value, key)) {
      value = (value as Record<string, unknown>)[key];
    } else {
      return false;
    }
  }
  return true;
}
