import data from "../../catalog/annex-a-2022.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";
import type { AnnexACatalog } from "./AnnexACatalogSchema";

/**
 * The ISO/IEC 27001:2022 Annex A catalog: the 93 controls in the standard's order, each with its
 * official title, theme, ISO/IEC 27002:2022 attributes, 2013 predecessors, `isNew` flag and a summary
 * written for this library. Deeply frozen. The data lives in `catalog/annex-a-2022.json`; a test
 * validates it against {@link AnnexACatalogSchema} and checks counts, order and mappings, so it is not
 * parsed again at run time.
 *
 * @category Catalog
 * @example
 * ```ts
 * annexA.controls.length
 * //=> 93
 * annexA.controls[92]?.title
 * //=> "Protection of information systems during audit testing"
 * Object.isFrozen(annexA.controls[0]?.attributes.controlTypes)
 * //=> true
 * ```
 */
export const annexA: AnnexACatalog = deepFreeze(data as AnnexACatalog);
