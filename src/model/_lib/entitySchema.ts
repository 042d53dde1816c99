import * as z from "zod";
import { EntityIdSchema, ExtensionsSchema, RefSchema } from "../../core/primitives";
import { lazyShape } from "../../core/lazyShape";

/**
 * Builds the schema of an entity: an object with a document-unique `id`, the given fields, and the
 * optional `notes` and `extensions` every entity may carry. Unknown fields are errors, never dropped.
 *
 * The fields come as a function, called the first time anything reads the object's shape (its
 * first parse, `.shape`, a JSON Schema): importing isms-kit then builds one schema object per
 * entity rather than one per field (some 800 fewer at import). Zod resolves the shape once and
 * keeps it, so every later read sees the same field schemas.
 *
 * @param fields - a function returning the entity's own fields
 * @returns a strict zod object schema
 * @category Model
 * @example
 * ```ts
 * const TagSchema = entitySchema(() => ({ label: z.string() }));
 * TagSchema.parse({ id: "t-1", label: "pci" })
 * //=> { id: "t-1", label: "pci" }
 * ```
 */
export function entitySchema<Shape extends z.ZodRawShape>(fields: () => Shape) {
  return z.strictObject(
    lazyShape(() => ({
      id: EntityIdSchema,
      ...fields(),
      notes: NotesSchema.optional(),
      extensions: ExtensionsSchema.optional(),
    })),
  );
}

/** The `notes` of an entity: free text isms-kit keeps and never reads. */
export const NotesSchema = z.string().register(z.globalRegistry, { description: "Free text kept with the entity.", examples: ["Reviewed with the auditor on 2026-03-02"] });

/**
 * A list of references to other entities (`…Ids` fields); absent means none.
 *
 * @category Model
 * @example
 * ```ts
 * RefListSchema.parse(undefined)
 * //=> []
 * ```
 */
export const RefListSchema = z.array(RefSchema).default([]);
