import { ArgumentError } from "../core/ArgumentError";
import { describeValue, listValues } from "../core/describeValue";
import { issue } from "../core/issue";
import type { FrameworkMapping } from "./FrameworkMappingSchema";
import type { Framework } from "./FrameworkSchema";
import { frameworkMappings } from "./frameworkMappings";
import { frameworks, type FrameworkId } from "./frameworks";

/**
 * A framework together with its mapping onto ISO/IEC 27001:2022: what `assessFrameworkCoverage`
 * (from `isms-kit`) needs to say how much of the framework an ISMS covers. The data stays behind
 * `isms-kit/mappings`, so the main entry does not carry it; a framework of one's own is the same
 * pair of values.
 *
 * @category Mappings
 * @example
 * ```ts
 * const nis2: MappedFramework = getMappedFramework("nis2");
 * [nis2.framework.id, nis2.mapping.target]
 * //=> ["nis2", "iso27001-2022"]
 * ```
 */
export interface MappedFramework {
  readonly framework: Framework;
  /** The mapping from `framework` to ISO/IEC 27001:2022. */
  readonly mapping: FrameworkMapping;
}

const byId = new Map(frameworks.map((framework) => [framework.id, framework]));

/**
 * A built-in framework with its mapping onto ISO/IEC 27001:2022, ready for `assessFrameworkCoverage`:
 * `"nis2"`, `"gdpr"`, `"dora"`, `"soc2"`, `"nist-csf-2.0"` or `"iso27001-2013"`.
 *
 * @param id - the framework's id
 * @returns the framework and its mapping, deeply frozen
 * @throws `ArgumentError` (from `isms-kit`) for an id that is not a framework mapped onto ISO/IEC 27001:2022
 * @category Mappings
 * @example
 * ```ts
 * const { framework, mapping } = getMappedFramework("gdpr");
 * [framework.name.slice(0, 4), mapping.id]
 * //=> ["GDPR", "gdpr--iso27001-2022"]
 * ```
 */
export function getMappedFramework(id: FrameworkId | (string & {})): MappedFramework {
  const mapping = frameworkMappings.find((m) => m.source === id && m.target === "iso27001-2022");
  const framework = byId.get(id);
  if (mapping === undefined || framework === undefined) {
    const mapped = frameworkMappings.filter((m) => m.target === "iso27001-2022").map((m) => m.source);
    throw new ArgumentError("Invalid arguments to getMappedFramework", [
      issue(["id"], "invalid_value", `expected a framework mapped onto ISO/IEC 27001:2022 (${listValues(mapped)}); found ${describeValue(id)}`),
    ]);
  }
  return { framework, mapping };
}
