import * as z from "zod";
import { AnnexAControlIdSchema, NonEmptyStringSchema } from "../core/primitives";
import { ControlAttributesSchema } from "./ControlAttributesSchema";
import { ControlThemeSchema } from "./ControlThemeSchema";
import { lazyShape } from "../core/lazyShape";

/**
 * One control of ISO/IEC 27001:2022 Annex A as this library ships it: the id, the official title,
 * the theme, the five ISO/IEC 27002:2022 attributes, whether it is new in 2022 (the 2013 controls it
 * corresponds to are in `isms-kit/mappings`: `mapTo2013`), and a one- or two-sentence `summary`
 * written for this library (not the standard's wording). `text` is absent unless a licensee attaches
 * the official control text with {@link withControlText}.
 *
 * @category Catalog
 * @example
 * ```ts
 * AnnexAControlSchema.safeParse(getControl("8.16")).success
 * //=> true
 * ```
 */
export const AnnexAControlSchema = z.strictObject(lazyShape(() => ({
  id: AnnexAControlIdSchema,
  title: NonEmptyStringSchema,
  theme: ControlThemeSchema,
  attributes: ControlAttributesSchema,
  isNew: z.boolean(),
  summary: NonEmptyStringSchema,
  text: NonEmptyStringSchema.optional(),
})));

/**
 * An ISO/IEC 27001:2022 Annex A control.
 *
 * @category Catalog
 * @example
 * ```ts
 * const control: AnnexAControl | undefined = getControl("8.16");
 * control?.isNew
 * //=> true
 * ```
 */
export type AnnexAControl = z.infer<typeof AnnexAControlSchema>;
