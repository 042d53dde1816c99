import iso27001v2013 from "../../catalog/mappings/iso27001-2013--iso27001-2022.json" with { type: "json" };
import nistCsf2 from "../../catalog/mappings/nist-csf-2.0--iso27001-2022.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";
import type { FrameworkMapping } from "./FrameworkMappingSchema";

/**
 * The mappings isms-kit ships, each a data set of `catalog/mappings/` in the one
 * {@link FrameworkMapping} shape: the ISO/IEC 27001 2013 → 2022 Annex A correspondence (ISO/IEC
 * 27002:2022 Annex B) and NIST CSF 2.0 → ISO/IEC 27001:2022 (NIST's informative references).
 * Adding one is a JSON file and a line here; the data test checks it. Deeply frozen.
 *
 * @category Mappings
 * @example
 * ```ts
 * frameworkMappings.map((mapping) => `${mapping.source} → ${mapping.target}: ${mapping.pairs.length}`)
 * //=> ["iso27001-2013 → iso27001-2022: 115", "nist-csf-2.0 → iso27001-2022: 388"]
 * ```
 */
export const frameworkMappings: readonly FrameworkMapping[] = deepFreeze([iso27001v2013 as FrameworkMapping, nistCsf2 as FrameworkMapping]);
