import { describe, expect, it } from "vitest";
import { DATE_ORDER_RULES, ENTITY_KINDS, REFERENCE_FIELDS } from "../../../src/model/_lib/ismsStructure";
import { getIsmsJsonSchema } from "../../../src/index";

type JsonSchema = { [key: string]: unknown };

/** Every property path of the JSON Schema, `*` for array items, e.g. `risks/*\/ownerId`. */
function propertyPaths(root: JsonSchema): { path: string; schema: JsonSchema }[] {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const out: { path: string; schema: JsonSchema }[] = [];
  const visit = (schema: JsonSchema, path: string[], depth: number) => {
    if (depth > 30) throw new Error(`schema too deep at ${path.join("/")}`);
    if (typeof schema.$ref === "string") {
      const name = schema.$ref.replace("#/$defs/", "");
      const target = defs[name];
      if (target) visit(target, path, depth + 1);
      return;
    }
    for (const key of ["anyOf", "oneOf", "allOf"]) {
      const list = schema[key];
      if (Array.isArray(list)) for (const s of list) visit(s as JsonSchema, path, depth + 1);
    }
    if (schema.type === "array" && schema.items) visit(schema.items as JsonSchema, [...path, "*"], depth + 1);
    const props = schema.properties as Record<string, JsonSchema> | undefined;
    if (props) {
      for (const [name, child] of Object.entries(props)) {
        out.push({ path: [...path, name].join("/"), schema: child });
        visit(child, [...path, name], depth + 1);
      }
    }
  };
  visit(root, [], 0);
  return out;
}

describe("the structure tables", () => {
  const schema = getIsmsJsonSchema();
  const paths = propertyPaths(schema);
  /** A schema, or the definition its `$ref` names. */
  const resolve = (s: JsonSchema | undefined): JsonSchema | undefined =>
    typeof s?.$ref === "string" ? ((schema.$defs ?? {}) as Record<string, JsonSchema>)[s.$ref.replace("#/$defs/", "")] : s;
  const known = new Set(paths.map((p) => p.path));

  it("list every …Id and …Ids field of the document as a reference", () => {
    const referencePatterns = new Set(
      REFERENCE_FIELDS.map((r) => (r.pattern.endsWith("/*") ? r.pattern.slice(0, -2) : r.pattern)),
    );
    // Clause ids are checked by their enum, not as references.
    const isEnumList = (s: JsonSchema) => Boolean(resolve(s.items as JsonSchema | undefined)?.enum);
    const missing = paths
      .filter((p) => /(Id|Ids)$/.test(p.path.split("/").at(-1)!) && !isEnumList(p.schema))
      .map((p) => p.path)
      .filter((p) => !referencePatterns.has(p));
    expect(missing).toEqual([]);
  });

  it("name only fields that exist", () => {
    const unknown = [
      ...REFERENCE_FIELDS.map((r) => (r.pattern.endsWith("/*") ? r.pattern.slice(0, -2) : r.pattern)),
      ...Object.values(ENTITY_KINDS).map((k) => `${k.pattern.slice(0, -2)}`),
      ...DATE_ORDER_RULES.flatMap((r) => [`${r.pattern}/${r.earlier}`, `${r.pattern}/${r.later}`]),
    ].filter((p) => !known.has(p));
    expect(unknown).toEqual([]);
  });

  it("list every array of objects with an id as an entity kind", () => {
    const entityPatterns = new Set<string>(Object.values(ENTITY_KINDS).map((k) => k.pattern));
    const missing = paths
      .filter((p) => p.path.endsWith("/id") && p.path.split("/").at(-2) === "*")
      .map((p) => p.path.slice(0, -3))
      // Scale steps of an embedded risk matrix have ids local to their scale, checked by defineRiskMatrix.
      .filter((p) => !p.startsWith("riskMethod/matrix/"))
      .filter((p) => p !== "" && !entityPatterns.has(p));
    expect(missing).toEqual([]);
  });
});
