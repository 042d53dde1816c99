import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";
import { annexA2013ControlIds } from "../core/annexA2013ControlIds";
import { lazyShape } from "../core/lazyShape";

/**
 * One control of ISO/IEC 27001:2013 Annex A: its id, its 2013 title and the 2013 domain (`"A.9"`) it
 * belongs to. The 2022 controls it corresponds to (ISO/IEC 27002:2022 Annex B) are in
 * `isms-kit/mappings`: `mapFrom2013`.
 *
 * @category Catalog
 * @example
 * ```ts
 * const control = { id: "A.18.2.3", title: "Technical compliance review", domain: "A.18" };
 * AnnexA2013ControlSchema.safeParse(control).success
 * //=> true
 * ```
 */
export const AnnexA2013ControlSchema = z.strictObject(lazyShape(() => ({
  id: z.enum(annexA2013ControlIds, {
    error: 'expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3")',
  }),
  title: NonEmptyStringSchema,
  domain: z.string().regex(/^A\.(?:[5-9]|1[0-8])$/, { error: 'expected a 2013 domain id "A.5" … "A.18"' }),
})));

/**
 * An ISO/IEC 27001:2013 Annex A control.
 *
 * @category Catalog
 * @example
 * ```ts
 * const control: AnnexA2013Control | undefined = getControl("A.12.6.1", annexA2013);
 * control?.title
 * //=> "Management of technical vulnerabilities"
 * ```
 */
export type AnnexA2013Control = z.infer<typeof AnnexA2013ControlSchema>;
