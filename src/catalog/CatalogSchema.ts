import * as z from "zod";
import { EntityIdSchema, NonEmptyStringSchema } from "../core/primitives";
import { CatalogControlSchema } from "./CatalogControlSchema";
import { lazyShape } from "../core/lazyShape";

/**
 * A catalog of controls: an id, a name, an optional version and the controls, whose ids must be
 * unique. {@link annexA} and {@link annexA2013} have this shape (with more fields per control), and
 * {@link defineCatalog} validates a catalog of one's own against it, so every function that takes a
 * catalog works with all of them.
 *
 * @category Catalog
 * @example
 * ```ts
 * const controls = [
 *   { id: "ACME-1", title: "Customer data stays in the EU" },
 *   { id: "ACME-1", title: "Twice" },
 * ];
 * CatalogSchema.safeParse({ id: "acme", name: "Acme controls", controls }).success
 * //=> false
 * ```
 */
export const CatalogSchema = z
  .strictObject(lazyShape(() => ({
    id: EntityIdSchema,
    name: NonEmptyStringSchema,
    version: NonEmptyStringSchema.optional(),
    controls: z.array(CatalogControlSchema).readonly(),
  })))
  .superRefine((catalog, ctx) => {
    const firstIndex = new Map<string, number>();
    catalog.controls.forEach((control, index) => {
      const first = firstIndex.get(control.id);
      if (first === undefined) {
        firstIndex.set(control.id, index);
        return;
      }
      ctx.addIssue({
        code: "custom",
        path: ["controls", index, "id"],
        message: `duplicate control id "${control.id}" (first used by controls[${first}])`,
        params: { code: "duplicate_id" },
      });
    });
  });

/**
 * A catalog of controls.
 *
 * @category Catalog
 * @example
 * ```ts
 * const catalog: Catalog = { id: "acme", name: "Acme controls", controls: [{ id: "ACME-1", title: "Customer data stays in the EU" }] };
 * ```
 */
export type Catalog = z.infer<typeof CatalogSchema>;

/**
 * The type of the controls of a catalog type: {@link AnnexAControl} for {@link AnnexACatalog}, the
 * literal control types for a catalog made with {@link defineCatalog}.
 *
 * @category Catalog
 * @example
 * ```ts
 * const control: ControlOf<AnnexACatalog> | undefined = getControl("5.1");
 * ```
 */
export type ControlOf<C extends Catalog> = C["controls"][number];

/**
 * The control ids of a catalog type: {@link AnnexAControlId} for {@link AnnexACatalog}, the literal
 * ids for a catalog made with {@link defineCatalog}, `string` when the ids are not known to the type
 * checker.
 *
 * @category Catalog
 * @example
 * ```ts
 * const id: ControlIdOf<AnnexACatalog> = "8.28";
 * ```
 */
export type ControlIdOf<C extends Catalog> = ControlOf<C>["id"];
