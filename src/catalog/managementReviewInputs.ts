import { clauseData } from "./_lib/clauseData";
import type { ManagementReviewInput } from "./ManagementReviewInputSchema";

/**
 * The inputs a) to g) that a management review takes into account (ISO/IEC 27001:2022, 9.3.2), with
 * short labels in this library's words; input d) has the sub-items 1 to 4. Deeply frozen.
 *
 * @category Catalog
 * @example
 * ```ts
 * managementReviewInputs.map((input) => input.item)
 * //=> ["a", "b", "c", "d", "e", "f", "g"]
 * managementReviewInputs[3]?.subItems?.length
 * //=> 4
 * ```
 */
export const managementReviewInputs: readonly ManagementReviewInput[] = clauseData.managementReviewInputs;
