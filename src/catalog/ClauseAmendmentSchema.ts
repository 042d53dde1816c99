import * as z from "zod";
import { ClauseIdSchema, NonEmptyStringSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * An amendment to ISO/IEC 27001:2022 and what it changes, clause by clause: a `requirement` adds
 * something the organization must do, a `note` adds explanation only. Summaries are this library's
 * words.
 *
 * @category Catalog
 * @example
 * ```ts
 * ClauseAmendmentSchema.safeParse(amendment2024).success
 * //=> true
 * ```
 */
export const ClauseAmendmentSchema = z.strictObject(lazyShape(() => ({
  reference: NonEmptyStringSchema,
  title: NonEmptyStringSchema,
  changes: z
    .array(
      z.strictObject(lazyShape(() => ({
        clause: ClauseIdSchema,
        kind: z.enum(["requirement", "note"], { error: "expected requirement or note" }),
        summary: NonEmptyStringSchema,
      }))),
    )
    .min(1)
    .readonly(),
})));

/**
 * An amendment to ISO/IEC 27001:2022.
 *
 * @category Catalog
 * @example
 * ```ts
 * const amendment: ClauseAmendment = amendment2024;
 * amendment.reference
 * //=> "ISO/IEC 27001:2022/Amd 1:2024"
 * ```
 */
export type ClauseAmendment = z.infer<typeof ClauseAmendmentSchema>;
