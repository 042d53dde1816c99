import data from "../../catalog/csf-2.0.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";
import type { CsfCore } from "./CsfCoreSchema";

/**
 * The Core of the NIST Cybersecurity Framework (CSF) 2.0: 6 Functions, 22 Categories and 106
 * Subcategories with NIST's ids and titles (NIST CSWP 29, February 2024; public domain), deeply
 * frozen. The data lives in `catalog/csf-2.0.json`; a test validates it against
 * {@link CsfCoreSchema} and checks counts and references.
 *
 * @category Interop
 * @example
 * ```ts
 * [csf2.functions.length, csf2.categories.length, csf2.subcategories.length]
 * //=> [6, 22, 106]
 * csf2.categories[0]?.title
 * //=> "Organizational Context"
 * ```
 */
export const csf2: CsfCore = deepFreeze(data as CsfCore);
