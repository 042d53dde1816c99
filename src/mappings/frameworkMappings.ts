import dora from "../../catalog/mappings/dora--iso27001-2022.json" with { type: "json" };
import gdpr from "../../catalog/mappings/gdpr--iso27001-2022.json" with { type: "json" };
import iso27001v2013 from "../../catalog/mappings/iso27001-2013--iso27001-2022.json" with { type: "json" };
import nis2 from "../../catalog/mappings/nis2--iso27001-2022.json" with { type: "json" };
import nistCsf2 from "../../catalog/mappings/nist-csf-2.0--iso27001-2022.json" with { type: "json" };
import soc2 from "../../catalog/mappings/soc2--iso27001-2022.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";
import type { FrameworkMapping } from "./FrameworkMappingSchema";

/**
 * The mappings isms-kit ships, each a data set of `catalog/mappings/` in the one
 * {@link FrameworkMapping} shape, all onto ISO/IEC 27001:2022: the 2013 → 2022 Annex A
 * correspondence (ISO/IEC 27002:2022 Annex B), NIST CSF 2.0 (NIST's informative references), NIS2
 * (ENISA's references for the Annex of Implementing Regulation (EU) 2024/2690, isms-kit's for the
 * Directive's articles), GDPR and DORA (isms-kit's) and SOC 2 (intuitem's, lifted to the criteria).
 * Adding one is a JSON file and a line here; the data test checks it. Deeply frozen.
 *
 * @category Mappings
 * @example
 * ```ts
 * frameworkMappings.map((mapping) => `${mapping.source} → ${mapping.target}: ${mapping.pairs.length}`)
 * //=> ["iso27001-2013 → iso27001-2022: 115", "nist-csf-2.0 → iso27001-2022: 388", "nis2 → iso27001-2022: 1097", "gdpr → iso27001-2022: 89", "dora → iso27001-2022: 230", "soc2 → iso27001-2022: 225"]
 * ```
 */
export const frameworkMappings: readonly FrameworkMapping[] = deepFreeze([
  iso27001v2013 as FrameworkMapping,
  nistCsf2 as FrameworkMapping,
  nis2 as FrameworkMapping,
  gdpr as FrameworkMapping,
  dora as FrameworkMapping,
  soc2 as FrameworkMapping,
]);
