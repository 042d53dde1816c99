import * as z from "zod";
import { EntityIdSchema, NonEmptyStringSchema } from "../core/primitives";
import { PartialControlAttributesSchema } from "./ControlAttributesSchema";
import { lazyShape } from "../core/lazyShape";

/**
 * A control in a catalog: the shape every catalog's controls share, whether the catalog is Annex A,
 * another framework or an organization's own control set. Only `id` and `title` are required; a
 * framework without ISO/IEC 27002 attributes simply leaves `attributes` out. `text` holds the
 * official control text where the user holds a licence for it (see {@link withControlText}).
 *
 * @category Catalog
 * @example
 * ```ts
 * CatalogControlSchema.safeParse({ id: "ACME-1", title: "Customer data stays in the EU" }).success
 * //=> true
 * CatalogControlSchema.safeParse({ id: "ACME-1" }).success
 * //=> false
 * ```
 */
export const CatalogControlSchema = z.strictObject(lazyShape(() => ({
  id: EntityIdSchema,
  title: NonEmptyStringSchema,
  theme: NonEmptyStringSchema.optional(),
  attributes: PartialControlAttributesSchema.optional(),
  summary: NonEmptyStringSchema.optional(),
  text: NonEmptyStringSchema.optional(),
})));

/**
 * A control in any catalog. An {@link AnnexAControl} is one too.
 *
 * @category Catalog
 * @example
 * ```ts
 * const control: CatalogControl = { id: "ACME-1", title: "Customer data stays in the EU", theme: "privacy" };
 * ```
 */
export type CatalogControl = z.infer<typeof CatalogControlSchema>;
