import * as z from "zod";
import { NonEmptyStringSchema } from "../core/primitives";
import { ClauseAmendmentSchema } from "./ClauseAmendmentSchema";
import { ClauseSchema } from "./ClauseSchema";
import { ManagementReviewInputSchema } from "./ManagementReviewInputSchema";
import { lazyShape } from "../core/lazyShape";

/**
 * The shape of `catalog/clauses-2022.json`: the clauses 4 to 10.2 of ISO/IEC 27001:2022 in document
 * order, the management review inputs of 9.3.2, and Amendment 1:2024.
 *
 * @category Catalog
 * @example
 * ```ts
 * ClauseCatalogSchema.safeParse({ standard: "ISO/IEC 27001:2022", clauses, managementReviewInputs, amendment2024 }).success
 * //=> true
 * ```
 */
export const ClauseCatalogSchema = z.strictObject(lazyShape(() => ({
  standard: NonEmptyStringSchema,
  clauses: z.array(ClauseSchema).readonly(),
  managementReviewInputs: z.array(ManagementReviewInputSchema).readonly(),
  amendment2024: ClauseAmendmentSchema,
})));

/**
 * The clause data of ISO/IEC 27001:2022.
 *
 * @category Catalog
 * @example
 * ```ts
 * const data: ClauseCatalog = { standard: "ISO/IEC 27001:2022", clauses, managementReviewInputs, amendment2024 };
 * data.clauses.length
 * //=> 41
 * ```
 */
export type ClauseCatalog = z.infer<typeof ClauseCatalogSchema>;
