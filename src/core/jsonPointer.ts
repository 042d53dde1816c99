/** A path into a JSON value: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

/** The RFC 6901 JSON Pointer of a path: `["risks", 3, "ownerId"]` → `/risks/3/ownerId`. */
export function toJsonPointer(path: JsonPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `/${segment}`;
    else if (segment.includes("~") || segment.includes("/")) out += "/" + segment.replace(/~/g, "~0").replace(/\//g, "~1");
    else out += `/${segment}`;
  }
  return out;
}

/** A path as a reader writes it: `["risks", 3, "ownerId"]` → `risks[3].ownerId`; the root is `(document)`. */
export function formatJsonPath(path: JsonPath): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "(document)" : out;
}
