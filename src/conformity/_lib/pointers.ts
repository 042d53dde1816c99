import { toJsonPointer, type JsonPath } from "../../_lib/jsonPointer";

/** The JSON Pointer of a path into the document. */
export function pointer(...path: JsonPath): string {
  return toJsonPointer(path);
}

function segments(p: string): string[] {
  return p === "" ? [] : p.slice(1).split("/");
}

/** Orders JSON Pointers as the document does: segment by segment, array indices numerically. */
export function comparePointers(a: string, b: string): number {
  const x = segments(a);
  const y = segments(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const s = x[i]!;
    const t = y[i]!;
    if (s === t) continue;
    const ns = /^\d+$/.test(s);
    const nt = /^\d+$/.test(t);
    if (ns && nt) return Number(s) - Number(t);
    if (ns !== nt) return ns ? -1 : 1;
    return s < t ? -1 : 1;
  }
  return x.length - y.length;
}
