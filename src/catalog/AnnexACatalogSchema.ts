import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";
import { AnnexAControlSchema } from "./AnnexAControlSchema";
import { lazyShape } from "../core/lazyShape";

/**
 * The shape of `catalog/annex-a-2022.json` and of {@link annexA}: a catalog whose controls are the
 * 93 Annex A 2022 controls. The schema checks each record; the catalog data test checks what a schema
 * cannot (93 unique ids in order, theme counts, mappings).
 *
 * @category Catalog
 * @example
 * ```ts
 * AnnexACatalogSchema.safeParse(annexA).success
 * //=> true
 * ```
 */
export const AnnexACatalogSchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema,
  name: NonEmptyStringSchema,
  version: NonEmptyStringSchema,
  controls: z.array(AnnexAControlSchema).readonly(),
})));

/**
 * The ISO/IEC 27001:2022 Annex A catalog.
 *
 * @category Catalog
 * @example
 * ```ts
 * const catalog: AnnexACatalog = annexA;
 * catalog.controls.length
 * //=> 93
 * ```
 */
export type AnnexACatalog = z.infer<typeof AnnexACatalogSchema>;
