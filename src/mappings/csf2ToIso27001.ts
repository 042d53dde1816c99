import data from "../../catalog/mappings/csf2-iso27001-2022.json" with { type: "json" };
import { deepFreeze } from "../core/deepFreeze";
import type { CsfIsoMapping } from "./CsfIsoMappingSchema";

/**
 * NIST's informative references from the NIST Cybersecurity Framework 2.0 to ISO/IEC 27001:2022:
 * 388 pairs of a CSF 2.0 Subcategory and an ISO/IEC 27001:2022 mandatory clause (87) or Annex A
 * control (301), as published in NIST's CSF 2.0 Reference Tool. NIST states no set-theory
 * relationship for them, so each carries `intersect`. Deeply frozen; the data lives in
 * `catalog/mappings/csf2-iso27001-2022.json` (sources in `catalog/SOURCES.md`), and a test checks
 * that every id on both sides exists. Use {@link mapControls} to look mappings up.
 *
 * @category Interop
 * @example
 * ```ts
 * csf2ToIso27001.mappings.length
 * //=> 388
 * csf2ToIso27001.mappings[0]
 * //=> { csf: "GV.OC-01", kind: "clause", iso: "4.1", relationship: "intersect" }
 * ```
 */
export const csf2ToIso27001: CsfIsoMapping = deepFreeze(data as CsfIsoMapping);
