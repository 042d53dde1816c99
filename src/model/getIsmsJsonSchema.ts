import * as z from "zod";
import { IsmsSchema } from "./IsmsSchema";

/**
 * The JSON Schema (draft 2020-12) of an ISMS document, generated from the zod schemas, for editors and
 * for users of other languages. It describes the input form: fields with defaults are optional. It
 * cannot express the checks {@link parseIsms} adds (unique ids, resolving references, date order).
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
  const schema = z.toJSONSchema(IsmsSchema, { io: "input", target: "draft-2020-12", unrepresentable: "any" });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://unpkg.com/isms-kit/dist/schema.json",
    title: "isms-kit ISMS document",
    ...schema,
  };
}
