import * as z from "zod";
import { EntityIdSchema, ExtensionsSchema, RefSchema } from "../../core/primitives";

/**
 * Builds the schema of an entity: an object with a document-unique `id`, the given fields, and the
 * optional `notes` and `extensions` every entity may carry. Unknown fields are errors, never dropped.
 *
 * @param shape - the entity's own fields
 * @returns a strict zod object schema
 * @category Model
 * @example
 * ```ts
 * const TagSchema = entitySchema({ label: z.string() });
 * TagSchema.parse({ id: "t-1", label: "pci" })
 * //=> { id: "t-1", label: "pci" }
 * ```
 */
export function entitySchema<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject({
    id: EntityIdSchema,
    ...shape,
    notes: NotesSchema.optional(),
    extensions: ExtensionsSchema.optional(),
  });
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
