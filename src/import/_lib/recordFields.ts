import * as z from "zod";
import { unwrapSchema } from "../../core/describeSchema";

type AnySchema = z.core.$ZodType;
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** How a cell becomes a value of a field. */
export type FieldType =
  | { readonly kind: "text" }
  | { readonly kind: "date" }
  | { readonly kind: "dateTime" }
  | { readonly kind: "enum"; readonly values: readonly string[] }
  | { readonly kind: "boolean" }
  | { readonly kind: "number"; readonly integer: boolean }
  | { readonly kind: "list"; readonly item: FieldType }
  | { readonly kind: "json" };

/** A field a row can fill: its path in the record (`["cvss", "score"]`), its dotted name, its type, and whether a record needs it. */
export interface RecordField {
  readonly path: readonly string[];
  readonly name: string;
  readonly type: FieldType;
  readonly required: boolean;
}

function isOptional(schema: AnySchema): boolean {
  const type = defOf(schema).type;
  return type === "optional" || type === "default" || type === "prefault";
}

/** The type of a scalar or list schema; `undefined` for an object (whose fields are flattened). */
function typeOf(schema: AnySchema): FieldType | undefined {
  const inner = unwrapSchema(schema);
  const def = defOf(inner);
  switch (def.type) {
    case "string":
      if (def["format"] === "date") return { kind: "date" };
      return z.globalRegistry.get(inner as z.ZodType)?.format === "date-time" ? { kind: "dateTime" } : { kind: "text" };
    case "enum":
      return { kind: "enum", values: Object.values(def["entries"] as Record<string, string>) };
    case "literal":
      return { kind: "enum", values: (def["values"] as unknown[]).map(String) };
    case "boolean":
      return { kind: "boolean" };
    case "number":
      return { kind: "number", integer: typeof def["format"] === "string" && (def["format"] as string).includes("int") };
    case "array": {
      const item = typeOf(def["element"] as AnySchema);
      return item === undefined || item.kind === "list" || item.kind === "json" ? { kind: "json" } : { kind: "list", item };
    }
    case "object":
      return undefined;
    default:
      return { kind: "json" };
  }
}

/**
 * The fields of a record schema as rows fill them: nested objects flattened to dotted names
 * (`cvss.score`, `exception.ownerId`), lists of values as lists, lists of objects and free-form data
 * as JSON. `extensions` is left out (tool data goes in through JSON lines).
 */
export function recordFields(schema: AnySchema, prefix: readonly string[] = [], parentRequired = true): RecordField[] {
  const def = defOf(unwrapSchema(schema));
  if (def.type !== "object") return [];
  const out: RecordField[] = [];
  for (const [key, field] of Object.entries(def["shape"] as Record<string, AnySchema>)) {
    if (prefix.length === 0 && key === "extensions") continue;
    const path = [...prefix, key];
    const required = parentRequired && !isOptional(field);
    const type = typeOf(field);
    if (type === undefined) out.push(...recordFields(field, path, required));
    else out.push({ path, name: path.join("."), type, required });
  }
  return out;
}
