import type { OscalBackMatter, OscalMetadata } from "./OscalMetadata";
import type { OscalProperty } from "./OscalProperty";

/**
 * One map of an OSCAL mapping: a relationship between source and target controls. isms-kit writes
 * one map per pair, with the relationship of NIST IR 8477 as an OSCAL token (`equal-to`,
 * `subset-of`, `superset-of`, `intersects-with`, `no-relationship`).
 *
 * @category Interop
 * @example
 * ```ts
 * const map: OscalMap = {
 *   uuid: "00000000-0000-5000-8000-000000000000",
 *   relationship: "intersects-with",
 *   sources: [{ type: "control", "id-ref": "PR.DS-11" }],
 *   targets: [{ type: "control", "id-ref": "A.8.13" }],
 * };
 * ```
 */
export interface OscalMap {
  uuid: string;
  relationship: string;
  sources: { type: "control" | "statement"; "id-ref": string }[];
  targets: { type: "control" | "statement"; "id-ref": string }[];
  props?: OscalProperty[];
  remarks?: string;
}

/**
 * One mapping of an OSCAL mapping collection: the source and target catalogs, the maps, and the
 * source controls recorded as not mapped (`source-gap-summary`).
 *
 * @category Interop
 * @example
 * ```ts
 * const mapping: OscalMapping | undefined = frameworkMappingToOscalMapping(getFrameworkMapping("gdpr", "iso27001-2022")!, {
 *   source: getFramework("gdpr")!, target: getFramework("iso27001-2022")!, lastModified: "2026-11-28",
 * })["mapping-collection"].mappings[0];
 * mapping?.["source-resource"]
 * //=> { type: "catalog", href: "urn:isms-kit:framework:gdpr" }
 * ```
 */
export interface OscalMapping {
  uuid: string;
  "source-resource": { type: string; href: string };
  "target-resource": { type: string; href: string };
  maps: OscalMap[];
  "source-gap-summary"?: { uuid: string; "unmapped-controls": { "with-ids": string[] }[] };
  remarks?: string;
}

/**
 * An OSCAL 1.2 mapping collection, as {@link frameworkMappingToOscalMapping} writes it:
 * `{ "mapping-collection": { uuid, metadata, provenance, mappings } }`.
 *
 * @category Interop
 * @example
 * ```ts
 * const document: OscalMappingCollection = frameworkMappingToOscalMapping(getFrameworkMapping("soc2", "iso27001-2022")!, {
 *   source: getFramework("soc2")!, target: getFramework("iso27001-2022")!, lastModified: "2026-11-28",
 * });
 * document["mapping-collection"].provenance.status
 * //=> "complete"
 * ```
 */
export interface OscalMappingCollection {
  "mapping-collection": {
    uuid: string;
    metadata: OscalMetadata;
    provenance: {
      method: "human" | "automation" | "hybrid";
      "matching-rationale": "syntactic" | "semantic" | "functional";
      status: "complete" | "not-complete" | "draft" | "deprecated" | "superseded";
      "mapping-description": string;
      props?: OscalProperty[];
      remarks?: string;
    };
    mappings: OscalMapping[];
    "back-matter"?: OscalBackMatter;
  };
}
