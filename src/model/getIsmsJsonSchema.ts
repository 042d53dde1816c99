import * as z from "zod";
import { JSON_SCHEMA_DEFINITIONS } from "./_lib/jsonSchemaDefinitions";
import { IsmsSchema } from "./IsmsSchema";

/**
 * The JSON Schema (draft 2020-12) of an ISMS document, generated from the zod schemas, for editors and
 * for users of other languages. It describes the input form: fields with defaults are optional. It
 * cannot express the checks {@link parseIsms} adds (unique ids, resolving references, date order).
 * Shapes used in several places — a date, an id, a reference, a rating, an action, each entity — are
 * written once under `$defs` (`#/$defs/IsoDate`, `#/$defs/Risk`) and referred to with `$ref`.
 * The package also ships it as `isms-kit/schema.json`.
 *
 * @returns a new JSON Schema object on every call
 * @category Model
 * @example
 * ```ts
 * const schema = getIsmsJsonSchema();
 * schema.required
 * //=> ["schemaVersion", "organization"]
 * ```
 */
export function getIsmsJsonSchema(): Record<string, unknown> {
  const schema = withDefinitions(toJsonSchema(IsmsSchema));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/isms-kit/dist/schema.json",
    title: "isms-kit ISMS document",
    ...schema,
  };
}

type JsonSchemaNode = Record<string, unknown>;

/** One zod schema as JSON Schema, without the `$schema` line. */
function toJsonSchema(schema: z.ZodType): JsonSchemaNode {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as JsonSchemaNode;
  return rest;
}

/** Annotations a use of a shape may add around it (kept beside its `$ref`). */
const ANNOTATIONS = new Set(["description", "default", "title", "examples", "deprecated"]);

/** A value as text with its keys sorted, so equal shapes compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as JsonSchemaNode)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The schema with every use of a named shape ({@link JSON_SCHEMA_DEFINITIONS}) replaced by a `$ref` to
 * its entry in `$defs`, the annotations of the use (its description, its default) kept beside the
 * `$ref`. zod's own `$defs` extraction takes its names and descriptions from one registry; matching the
 * generated shapes keeps the descriptions the schemas carry and gives the definitions readable names.
 */
function withDefinitions(root: JsonSchemaNode): JsonSchemaNode {
  const definitions = Object.entries(JSON_SCHEMA_DEFINITIONS).map(([name, shape]) => ({ name, json: toJsonSchema(shape) }));
  const byShape = new Map<string, string>();
  const ownDescription = new Map(definitions.map(({ name, json }) => [name, json["description"]]));
  for (const { name, json } of definitions) {
    const { description: _, ...bare } = json;
    if (!byShape.has(canonical(json))) byShape.set(canonical(json), name);
    if (!byShape.has(canonical(bare))) byShape.set(canonical(bare), name);
  }
  const used = new Set<string>();
  const replace = (node: unknown, own?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => replace(item));
    if (node === null || typeof node !== "object") return node;
    const entries = Object.entries(node as JsonSchemaNode);
    const shape = Object.fromEntries(entries.filter(([key]) => !ANNOTATIONS.has(key) || key === "description"));
    const bare = Object.fromEntries(entries.filter(([key]) => !ANNOTATIONS.has(key)));
    const name = byShape.get(canonical(shape)) ?? byShape.get(canonical(bare));
    if (name !== undefined && name !== own && Object.keys(bare).length > 0) {
      used.add(name);
      const kept = entries.filter(([key, value]) => ANNOTATIONS.has(key) && !(key === "description" && value === ownDescription.get(name)));
      return { $ref: `#/$defs/${name}`, ...Object.fromEntries(kept) };
    }
    return Object.fromEntries(entries.map(([key, value]) => [key, replace(value)]));
  };
  const body = replace(root) as JsonSchemaNode;
  const $defs: Record<string, unknown> = {};
  // A definition may use others; keep replacing until every definition used is written out.
  for (let added = true; added; ) {
    added = false;
    for (const { name, json } of definitions) {
      if (!used.has(name) || name in $defs) continue;
      $defs[name] = replace(json, name);
      added = true;
    }
  }
  const ordered = Object.fromEntries(definitions.filter(({ name }) => name in $defs).map(({ name }) => [name, $defs[name]]));
  return { ...body, $defs: ordered };
}
