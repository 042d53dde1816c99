import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";
import { AnnexA2013ControlSchema } from "./AnnexA2013ControlSchema";
import { lazyShape } from "../core/lazyShape";

/**
 * One of the 14 control domains (clauses A.5 to A.18) of ISO/IEC 27001:2013 Annex A.
 *
 * @category Catalog
 * @example
 * ```ts
 * AnnexA2013DomainSchema.safeParse({ id: "A.9", title: "Access control" }).success
 * //=> true
 * ```
 */
export const AnnexA2013DomainSchema = z.strictObject(lazyShape(() => ({
  id: z.string().regex(/^A\.(?:[5-9]|1[0-8])$/, { error: 'expected a 2013 domain id "A.5" … "A.18"' }),
  title: NonEmptyStringSchema,
})));

/**
 * A control domain of ISO/IEC 27001:2013 Annex A.
 *
 * @category Catalog
 * @example
 * ```ts
 * annexA2013.domains.find((domain) => domain.id === "A.10")?.title
 * //=> "Cryptography"
 * ```
 */
export type AnnexA2013Domain = z.infer<typeof AnnexA2013DomainSchema>;

/**
 * The shape of `catalog/annex-a-2013.json` and of {@link annexA2013}: the 14 domains and 114
 * controls of ISO/IEC 27001:2013 Annex A, each control with its 2022 targets.
 *
 * @category Catalog
 * @example
 * ```ts
 * AnnexA2013CatalogSchema.safeParse(annexA2013).success
 * //=> true
 * ```
 */
export const AnnexA2013CatalogSchema = z.strictObject(lazyShape(() => ({
  id: NonEmptyStringSchema,
  name: NonEmptyStringSchema,
  version: NonEmptyStringSchema,
  domains: z.array(AnnexA2013DomainSchema).readonly(),
  controls: z.array(AnnexA2013ControlSchema).readonly(),
})));

/**
 * The ISO/IEC 27001:2013 Annex A catalog, for the transition to 2022.
 *
 * @category Catalog
 * @example
 * ```ts
 * const catalog: AnnexA2013Catalog = annexA2013;
 * catalog.controls.length
 * //=> 114
 * ```
 */
export type AnnexA2013Catalog = z.infer<typeof AnnexA2013CatalogSchema>;
