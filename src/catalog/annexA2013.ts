import data from "../../catalog/annex-a-2013.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";
import type { AnnexA2013Catalog } from "./AnnexA2013CatalogSchema";

/**
 * The ISO/IEC 27001:2013 Annex A catalog, for organizations moving to the 2022 edition: the 14
 * domains and 114 controls with their 2013 titles, each control with the 2022 controls it corresponds
 * to (ISO/IEC 27002:2022 Annex B). Deeply frozen; the data lives in `catalog/annex-a-2013.json`.
 *
 * @category Catalog
 * @example
 * ```ts
 * annexA2013.controls.length
 * //=> 114
 * annexA2013.controls.find((control) => control.id === "A.18.2.3")?.title
 * //=> "Technical compliance review"
 * ```
 */
export const annexA2013: AnnexA2013Catalog = deepFreeze(data as AnnexA2013Catalog);
