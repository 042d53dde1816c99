import * as z from "zod";
import { AnnexAControlIdSchema, NonEmptyStringSchema } from "../core/primitives";
import { annexA2013ControlIds } from "../core/annexA2013ControlIds";

/**
 * One control of ISO/IEC 27001:2013 Annex A: its id, its 2013 title, the 2013 domain (`"A.9"`) it
 * belongs to, and the 2022 controls it corresponds to according to ISO/IEC 27002:2022 Annex B
 * (one, or two for `A.18.2.3`).
 *
 * @category Catalog
 * @example
 * ```ts
 * const control = { id: "A.18.2.3", title: "Technical compliance review", domain: "A.18", to2022: ["5.36", "8.8"] };
 * AnnexA2013ControlSchema.safeParse(control).success
 * //=> true
 * ```
 */
export const AnnexA2013ControlSchema = z.strictObject({
  id: z.enum(annexA2013ControlIds, {
    error: 'expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3")',
  }),
  title: NonEmptyStringSchema,
  domain: z.string().regex(/^A\.(?:[5-9]|1[0-8])$/, { error: 'expected a 2013 domain id "A.5" … "A.18"' }),
  to2022: z.array(AnnexAControlIdSchema).min(1, { error: "expected at least one 2022 control" }).readonly(),
});

/**
 * An ISO/IEC 27001:2013 Annex A control with its 2022 correspondence.
 *
 * @category Catalog
 * @example
 * ```ts
 * const control: AnnexA2013Control | undefined = getControl("A.12.6.1", annexA2013);
 * control?.to2022
 * //=> ["8.8"]
 * ```
 */
export type AnnexA2013Control = z.infer<typeof AnnexA2013ControlSchema>;
