import { fromZodIssues } from "../../core/fromZodIssues";
import { FrameworkMappingSchema, type FrameworkMapping, type MappingRelationship } from "../../mappings/FrameworkMappingSchema";
import { FrameworkSchema, type Framework } from "../../mappings/FrameworkSchema";
import { metadata } from "./_lib/metadata";
import { oscalIssue } from "./_lib/oscalIssue";
import { oscalUuid } from "./_lib/oscalUuid";
import { compact, kitProp, props } from "./_lib/props";
import { requirementToken } from "./_lib/requirementToken";
import { prose } from "./_lib/text";
import { readTimestamp } from "./_lib/timestamps";
import type { OscalMap, OscalMappingCollection } from "./OscalMappingCollection";
import { OscalError, type OscalIssue, type OscalIssueCode } from "./OscalError";
import { optionIssues } from "./_lib/oscalArguments";
import { describeValue } from "../../core/describeValue";

/**
 * Options for {@link frameworkMappingToOscalMapping}.
 *
 * @category Interop
 * @example
 * ```ts
 * const options: FrameworkMappingToOscalMappingOptions = {
 *   source: getFramework("nis2")!,
 *   target: getFramework("iso27001-2022")!,
 *   lastModified: "2026-11-28",
 *   sourceHref: "nis2-catalog.json",
 * };
 * ```
 */
export interface FrameworkMappingToOscalMappingOptions {
  /** The framework the mapping maps from (its requirement ids become OSCAL ids as {@link frameworkToOscalCatalog} writes them). */
  readonly source: Framework;
  /** The framework the mapping maps to. */
  readonly target: Framework;
  /** `metadata.last-modified`: a date-time with a time zone, a day `YYYY-MM-DD` (its start in UTC) or a `Date`. */
  readonly lastModified: string | Date;
  /** Where the source's OSCAL catalog is; default `urn:isms-kit:framework:<source id>`. */
  readonly sourceHref?: string;
  /** Where the target's OSCAL catalog is; default `urn:isms-kit:framework:<target id>`. */
  readonly targetHref?: string;
  /** `metadata.version`; defaults to the day of `lastModified`. */
  readonly version?: string;
}

/** NIST IR 8477's relationships as OSCAL mapping tokens. */
const RELATIONSHIP: Readonly<Record<MappingRelationship, string>> = {
  equal: "equal-to",
  "subset-of": "subset-of",
  "superset-of": "superset-of",
  "intersects-with": "intersects-with",
  "no-relationship": "no-relationship",
};

/**
 * Writes a framework mapping ({@link FrameworkMapping}) as an OSCAL 1.2 mapping collection that
 * validates against NIST's official `oscal_mapping_schema.json`: one mapping from the source
 * framework's catalog to the target's, one map per pair with its NIST IR 8477 relationship as an
 * OSCAL token (`equal` → `equal-to`; `subset-of`, `superset-of`, `intersects-with`,
 * `no-relationship` as they are), the pair's note as remarks and its clause items as an isms-kit
 * prop, and the requirements recorded as not addressed in the `source-gap-summary` (with each reason
 * in the mapping's remarks). The `provenance` says where the mapping comes from (the mapping's
 * `origin`). Control ids are those {@link frameworkToOscalCatalog} writes for both frameworks.
 *
 * The output is deterministic: every UUID is name-based (version 5) on the mapping's id,
 * `lastModified` and the pair, and no clock is read.
 *
 * @param mapping - the mapping, e.g. `getFrameworkMapping("nis2", "iso27001-2022")`
 * @param options - the two frameworks, `lastModified`, and optionally where their catalogs are and the version
 * @returns the OSCAL document `{ "mapping-collection": { uuid, metadata, provenance, mappings } }`
 * @throws {@link OscalError} when the mapping or a framework is invalid, the mapping names a
 *   requirement a framework does not have, or `lastModified` or an href is missing or invalid
 * @category Interop
 * @example
 * ```ts
 * const document = frameworkMappingToOscalMapping(getFrameworkMapping("dora", "iso27001-2022")!, {
 *   source: getFramework("dora")!,
 *   target: getFramework("iso27001-2022")!,
 *   lastModified: "2026-11-28",
 * });
 * const [mapping] = document["mapping-collection"].mappings;
 * const map = mapping?.maps.find((m) => m.sources[0]?.["id-ref"] === "Art.12.1.a");
 * [map?.relationship, map?.targets]
 * //=> ["subset-of", [{ type: "control", "id-ref": "A.8.13" }]]
 * mapping?.["source-gap-summary"]?.["unmapped-controls"][0]?.["with-ids"]
 * //=> ["Art.10.4", "Art.11.9", "Art.11.10"]
 * ```
 */
export function frameworkMappingToOscalMapping(mapping: FrameworkMapping, options: FrameworkMappingToOscalMappingOptions): OscalMappingCollection {
  const issues: OscalIssue[] = optionIssues(options, ["title", "version"]);
  const given = (issues.length === 0 ? (options ?? {}) : {}) as Partial<FrameworkMappingToOscalMappingOptions>;
  const parsed = FrameworkMappingSchema.safeParse(mapping);
  if (!parsed.success) issues.push(...fromZodIssues<OscalIssueCode>(parsed.error.issues, { prefix: ["mapping"] }));
  const frameworks = (["source", "target"] as const).map((side) => {
    const result = FrameworkSchema.safeParse(given[side]);
    if (!result.success) issues.push(...fromZodIssues<OscalIssueCode>(result.error.issues, { prefix: ["options", side] }));
    return result.success ? given[side]! : undefined;
  });
  const [source, target] = frameworks;
  const lastModified = readTimestamp(given.lastModified, ["options", "lastModified"], issues);
  const hrefs = (["sourceHref", "targetHref"] as const).map((key, i) => {
    const value = given[key];
    if (value === undefined) return `urn:isms-kit:framework:${parsed.success ? (i === 0 ? parsed.data.source : parsed.data.target) : "unknown"}`;
    if (typeof value !== "string" || value.trim() === "" || /\s/.test(value)) {
      issues.push(oscalIssue(["options", key], "invalid_value", `expected a URI reference without spaces; found ${describeValue(value)}`));
      return "";
    }
    return value;
  });
  const tokens = [source, target].map((framework) => new Map((framework?.requirements ?? []).map((r) => [r.id, requirementToken(r)])));
  if (parsed.success && source !== undefined && target !== undefined) {
    if (mapping.source !== source.id) issues.push(oscalIssue(["options", "source", "id"], "invalid_value", `expected the mapping's source ${JSON.stringify(mapping.source)}; found ${JSON.stringify(source.id)}`));
    if (mapping.target !== target.id) issues.push(oscalIssue(["options", "target", "id"], "invalid_value", `expected the mapping's target ${JSON.stringify(mapping.target)}; found ${JSON.stringify(target.id)}`));
    mapping.pairs.forEach((pair, i) => {
      if (!tokens[0]!.has(pair.source)) issues.push(oscalIssue(["mapping", "pairs", i, "source"], "invalid_value", `no requirement ${JSON.stringify(pair.source)} in ${source.id}`));
      if (!tokens[1]!.has(pair.target)) issues.push(oscalIssue(["mapping", "pairs", i, "target"], "invalid_value", `no requirement ${JSON.stringify(pair.target)} in ${target.id}`));
    });
    (mapping.notAddressed ?? []).forEach((entry, i) => {
      if (!tokens[0]!.has(entry.source)) issues.push(oscalIssue(["mapping", "notAddressed", i, "source"], "invalid_value", `no requirement ${JSON.stringify(entry.source)} in ${source.id}`));
    });
  }
  if (issues.length > 0 || lastModified === undefined) throw new OscalError("Cannot write the OSCAL mapping collection", issues);

  const [sourceTokens, targetTokens] = tokens as [Map<string, string>, Map<string, string>];
  const maps = mapping.pairs.map(
    (pair): OscalMap =>
      compact<OscalMap>({
        uuid: oscalUuid("map", mapping.id, lastModified, pair.source, pair.target),
        relationship: RELATIONSHIP[pair.relationship],
        sources: [{ type: "control", "id-ref": sourceTokens.get(pair.source)! }],
        targets: [{ type: "control", "id-ref": targetTokens.get(pair.target)! }],
        props: props(pair.items === undefined ? undefined : kitProp("clause-items", pair.items.join(" "))),
        remarks: prose(pair.note),
      }),
  );
  const gaps = mapping.notAddressed ?? [];
  const { origin } = mapping;
  return {
    "mapping-collection": {
      uuid: oscalUuid("mapping-collection", mapping.id, lastModified),
      metadata: metadata({
        title: origin.title,
        lastModified,
        version: given.version ?? lastModified.slice(0, 10),
        props: props(kitProp("mapping-id", mapping.id), origin.publisher === undefined ? undefined : kitProp("publisher", origin.publisher)),
      }),
      provenance: compact<OscalMappingCollection["mapping-collection"]["provenance"]>({
        method: "human",
        "matching-rationale": "semantic",
        status: "complete",
        "mapping-description": [origin.title, origin.publisher === undefined ? undefined : `Publisher: ${origin.publisher}.`, origin.url === undefined ? undefined : `Source: ${origin.url}`]
          .filter((part) => part !== undefined)
          .join("\n\n"),
        remarks: prose(origin.notes),
      }),
      mappings: [
        compact<OscalMappingCollection["mapping-collection"]["mappings"][number]>({
          uuid: oscalUuid("mapping", mapping.id, lastModified),
          "source-resource": { type: "catalog", href: hrefs[0]! },
          "target-resource": { type: "catalog", href: hrefs[1]! },
          maps,
          "source-gap-summary":
            gaps.length === 0 ? undefined : { uuid: oscalUuid("gap-summary", mapping.id, lastModified), "unmapped-controls": [{ "with-ids": gaps.map((entry) => sourceTokens.get(entry.source)!) }] },
          remarks: gaps.length === 0 ? undefined : `Not addressed by ${target!.name}:\n\n${gaps.map((entry) => `- ${entry.source}: ${entry.reason}`).join("\n")}`,
        }),
      ],
    },
  };
}
