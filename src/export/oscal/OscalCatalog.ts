import type { OscalBackMatter, OscalMetadata } from "./OscalMetadata";
import type { OscalLink, OscalPart, OscalProperty } from "./OscalProperty";

/**
 * A control of an OSCAL catalog, as {@link toOscalCatalog} writes it: an id, a title, props, parts
 * and, in catalogs such as NIST SP 800-53, parameters and nested controls (enhancements).
 *
 * @category Interop
 * @example
 * ```ts
 * const control: OscalControl | undefined = toOscalCatalog().catalog.groups?.[0]?.controls?.[0];
 * control?.id
 * //=> "A.5.1"
 * ```
 */
export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  params?: Record<string, unknown>[];
  props?: OscalProperty[];
  links?: OscalLink[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

/**
 * A group of an OSCAL catalog: for Annex A, one per theme.
 *
 * @category Interop
 * @example
 * ```ts
 * toOscalCatalog().catalog.groups?.map((group) => group.id)
 * //=> ["organizational", "people", "physical", "technological"]
 * ```
 */
export interface OscalGroup {
  id?: string;
  class?: string;
  title: string;
  props?: OscalProperty[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

/**
 * An OSCAL catalog document, as {@link toOscalCatalog} returns it: `{ catalog: { uuid, metadata,
 * groups, controls?, back-matter? } }`. Serialize it with `JSON.stringify`.
 *
 * @category Interop
 * @example
 * ```ts
 * const document: OscalCatalog = toOscalCatalog();
 * document.catalog.metadata["oscal-version"]
 * //=> "1.2.1"
 * ```
 */
export interface OscalCatalog {
  catalog: {
    uuid: string;
    metadata: OscalMetadata;
    controls?: OscalControl[];
    groups?: OscalGroup[];
    "back-matter"?: OscalBackMatter;
  };
}
