import type { Framework } from "./FrameworkSchema";
import { frameworks, type FrameworkId } from "./frameworks";

const byId: ReadonlyMap<string, Framework> = new Map(frameworks.map((framework) => [framework.id, framework]));

/**
 * A framework isms-kit knows, by id ({@link FrameworkId}), or `undefined`.
 *
 * @param id - `"iso27001-2022"`, `"iso27001-2013"`, `"nist-csf-2.0"`, `"nis2"`, `"gdpr"`, `"dora"` or `"soc2"`
 * @returns the framework, deeply frozen
 * @category Mappings
 * @example
 * ```ts
 * getFramework("nist-csf-2.0")?.requirements.filter((r) => r.kind === "subcategory").length
 * //=> 106
 * getFramework("iso27001-2022")?.requirements.find((r) => r.id === "A.8.13")?.title
 * //=> "Information backup"
 * getFramework(String("pci-dss"))
 * //=> undefined
 * ```
 */
export function getFramework(id: FrameworkId | (string & {})): Framework | undefined {
  return byId.get(id);
}
