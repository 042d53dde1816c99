import type { FrameworkMapping } from "./FrameworkMappingSchema";
import { frameworkMappings } from "./frameworkMappings";

/**
 * The built-in mapping from one framework to another, in that direction, or `undefined`
 * ({@link mapControls} also reads mappings backwards).
 *
 * @param source - the id of the framework mapped from, e.g. `"nist-csf-2.0"`
 * @param target - the id of the framework mapped to, e.g. `"iso27001-2022"`
 * @returns the mapping data set, deeply frozen
 * @category Mappings
 * @example
 * ```ts
 * getFrameworkMapping("nist-csf-2.0", "iso27001-2022")?.origin.publisher
 * //=> "National Institute of Standards and Technology (NIST)"
 * getFrameworkMapping("iso27001-2022", "nist-csf-2.0")
 * //=> undefined
 * ```
 */
export function getFrameworkMapping(source: string, target: string): FrameworkMapping | undefined {
  return frameworkMappings.find((mapping) => mapping.source === source && mapping.target === target);
}
