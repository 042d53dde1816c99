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

/**
 * Puts back the examples of a schema that transforms its input (an entity, whose `extensions` are
 * copied; a list of entities). zod leaves them out of the input form, as a transform's examples would
 * show its output; isms-kit's examples are documents as written, its input.
 */
function keepExamples({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const examples = z.globalRegistry.get(zodSchema as z.ZodType)?.examples;
  if (examples !== undefined && jsonSchema["examples"] === undefined) jsonSchema["examples"] = examples;
}

/** One zod schema as JSON Schema, without the `$schema` line. */
function toJsonSchema(schema: z.ZodType): JsonSchemaNode {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any", override: keepExamples }) as JsonSchemaNode;
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
 * its entry in `$defs`, the annotations of the use (its description, examples, default) kept beside
 * the `$ref` where they differ from the shape's own, which stay in `$defs`. zod's own `$defs`
 * extraction takes its names and descriptions from one registry; matching the generated shapes keeps
 * the descriptions the schemas carry and gives the definitions readable names.
 */
function withDefinitions(root: JsonSchemaNode): JsonSchemaNode {
  const definitions = Object.entries(JSON_SCHEMA_DEFINITIONS).map(([name, shape]) => ({ name, json: toJsonSchema(shape) }));
  const byShape = new Map<string, string>();
  const shapes = new Map(definitions.map(({ name, json }) => [name, json]));
  /** A node without its annotations; with `keep`, that one (the description) kept. */
  const strip = (node: JsonSchemaNode, keep?: string) => Object.fromEntries(Object.entries(node).filter(([key]) => !ANNOTATIONS.has(key) || key === keep));
  // A shape with nothing but its type (a plain text) is told apart by its description only: else it
  // would stand for every plain text.
  const plain = (json: JsonSchemaNode) => Object.keys(strip(json)).every((key) => key === "type");
  for (const { name, json } of definitions) {
    if (!byShape.has(canonical(strip(json, "description")))) byShape.set(canonical(strip(json, "description")), name);
    if (!plain(json) && !byShape.has(canonical(strip(json)))) byShape.set(canonical(strip(json)), name);
  }
  const used = new Set<string>();
  const replace = (node: unknown, own?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => replace(item));
    if (node === null || typeof node !== "object") return node;
    const entries = Object.entries(node as JsonSchemaNode);
    const bare = strip(node as JsonSchemaNode);
    const name = byShape.get(canonical(strip(node as JsonSchemaNode, "description"))) ?? byShape.get(canonical(bare));
    if (name !== undefined && name !== own && Object.keys(bare).length > 0) {
      used.add(name);
      // A use's own annotations; those it inherits from the shape (its description, its examples) are the definition's.
      const kept = entries.filter(([key, value]) => ANNOTATIONS.has(key) && canonical(value) !== canonical(shapes.get(name)?.[key]));
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
