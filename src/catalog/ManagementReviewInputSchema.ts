import * as z from "zod";
import { ManagementReviewInputIdSchema } from "../model/ManagementReviewSchema";
import { NonEmptyStringSchema } from "../core/primitives";
import { lazyShape } from "../core/lazyShape";

/**
 * One of the inputs a) to g) that a management review (ISO/IEC 27001:2022, 9.3.2) takes into account,
 * with a short label written for this library. Input d) has the sub-items 1 to 4.
 *
 * @category Catalog
 * @example
 * ```ts
 * ManagementReviewInputSchema.safeParse({ item: "e", label: "Feedback from interested parties" }).success
 * //=> true
 * ```
 */
export const ManagementReviewInputSchema = z.strictObject(lazyShape(() => ({
  item: ManagementReviewInputIdSchema,
  label: NonEmptyStringSchema,
  subItems: z
    .array(
      z.strictObject(lazyShape(() => ({
        item: z.enum(["1", "2", "3", "4"], { error: "expected a sub-item number 1 … 4" }),
        label: NonEmptyStringSchema,
      }))),
    )
    .min(1)
    .readonly()
    .optional(),
})));

/**
 * A management review input.
 *
 * @category Catalog
 * @example
 * ```ts
 * const input: ManagementReviewInput = { item: "g", label: "Opportunities for continual improvement" };
 * ```
 */
export type ManagementReviewInput = z.infer<typeof ManagementReviewInputSchema>;
