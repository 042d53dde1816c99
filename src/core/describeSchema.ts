import type { z } from "zod";
import type { JsonPath } from "./jsonPointer";

type AnySchema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers that hold one schema: optional, nullable, default … */
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional", "success"]);

/** The schema without its wrappers (optional, default, a pipe's input, lazy …): the shape a value must have. */
export function unwrapSchema(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 16; i++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type)) current = def["innerType"] as AnySchema;
    else if (def.type === "pipe") current = def["in"] as AnySchema;
    else if (def.type === "lazy") current = (def["getter"] as () => AnySchema)();
    else return current;
  }
  return current;
}

/**
 * The schema of the value at `path` inside a value `schema` describes, or undefined where the path
 * leaves what the schema knows (an unknown key, a union whose options disagree).
 */
export function schemaAt(schema: AnySchema, path: JsonPath): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  for (const segment of path) {
    if (current === undefined) return undefined;
    const def = defOf(unwrapSchema(current));
    if (def.type === "object") current = (def["shape"] as Record<string, AnySchema>)[String(segment)];
    else if (def.type === "array") current = def["element"] as AnySchema;
    else if (def.type === "record") current = def["valueType"] as AnySchema;
    else if (def.type === "tuple") current = (def["items"] as AnySchema[])[Number(segment)];
    else if (def.type === "union") {
      const found = (def["options"] as AnySchema[]).map((option) => schemaAt(option, [segment])).filter((s) => s !== undefined);
      current = found.length === 1 ? found[0] : undefined;
    } else return undefined;
  }
  return current;
}

/** The field names of an object schema (at `path`), or undefined when it is not an object. */
export function objectKeysAt(schema: AnySchema, path: JsonPath): string[] | undefined {
  const at = schemaAt(schema, path);
  if (at === undefined) return undefined;
  const def = defOf(unwrapSchema(at));
  return def.type === "object" ? Object.keys(def["shape"] as object) : undefined;
}

/** Whether a field may be left out: optional, or with a default. */
function isOptional(schema: AnySchema): boolean {
  const type = defOf(schema).type;
  return type === "optional" || type === "default" || type === "prefault";
}

/** How many fields a shape lists before it says how many more there are. */
const SHOWN_FIELDS = 8;

/**
 * An object schema's shape as a message shows it: `object {input, summary?}` (required fields first,
 * optional ones marked `?`; past eight fields, `… and 5 more`); undefined when the schema is not an object.
 */
export function describeObjectShape(schema: AnySchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const def = defOf(unwrapSchema(schema));
  if (def.type !== "object") return undefined;
  const entries = Object.entries(def["shape"] as Record<string, AnySchema>);
  const fields = [...entries.filter(([, f]) => !isOptional(f)).map(([key]) => key), ...entries.filter(([, f]) => isOptional(f)).map(([key]) => `${key}?`)];
  const shown = fields.slice(0, SHOWN_FIELDS).join(", ");
  return `object {${shown}${fields.length > SHOWN_FIELDS ? `, … and ${fields.length - SHOWN_FIELDS} more` : ""}}`;
}
