import { describe, expect, it } from "vitest";
import { frameworkMappings, getFramework, getFrameworkMapping, type FrameworkMapping } from "../../../src/mappings/index";
import { frameworkMappingToOscalMapping, frameworkToOscalCatalog, ISMS_KIT_OSCAL_NS, OscalError, type OscalControl } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, isUuidV5, oscalSchemaErrors, uuidsOf } from "./_oscal";

const lastModified = "2026-11-28";
const write = (mapping: FrameworkMapping, extra: object = {}) =>
  frameworkMappingToOscalMapping(mapping, { source: getFramework(mapping.source)!, target: getFramework(mapping.target)!, lastModified, ...extra });

/** Every control id of a catalog, nested ones included. */
function controlIds(controls: readonly OscalControl[] | undefined, out = new Set<string>()): Set<string> {
  for (const control of controls ?? []) {
    out.add(control.id);
    controlIds(control.controls, out);
  }
  return out;
}

describeWithOscal("frameworkMappingToOscalMapping against NIST's OSCAL 1.2.1 mapping schema", () => {
  it.each(frameworkMappings.map((m) => [m.id, m] as const))("%s is a valid mapping collection", (_id, mapping) => {
    expect(oscalSchemaErrors("mapping", write(mapping))).toEqual([]);
  });
});

describe("frameworkMappingToOscalMapping", () => {
  it("writes one map per pair, with the relationship as an OSCAL token and ids that exist in both frameworks' catalogs", () => {
    for (const mapping of frameworkMappings) {
      const [oscal] = write(mapping)["mapping-collection"].mappings;
      expect(oscal!.maps).toHaveLength(mapping.pairs.length);
      const sourceIds = controlIds([...(frameworkToOscalCatalog(getFramework(mapping.source)!, { lastModified }).catalog.groups ?? []).flatMap((g) => g.controls ?? []), ...(frameworkToOscalCatalog(getFramework(mapping.source)!, { lastModified }).catalog.controls ?? [])]);
      const targetIds = controlIds([...(frameworkToOscalCatalog(getFramework(mapping.target)!, { lastModified }).catalog.groups ?? []).flatMap((g) => g.controls ?? []), ...(frameworkToOscalCatalog(getFramework(mapping.target)!, { lastModified }).catalog.controls ?? [])]);
      const missing = oscal!.maps.flatMap((map) => [...map.sources.filter((s) => !sourceIds.has(s["id-ref"])), ...map.targets.filter((t) => !targetIds.has(t["id-ref"]))]);
      expect(missing, mapping.id).toEqual([]);
    }
    const csf = write(getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!)["mapping-collection"].mappings[0]!;
    expect(csf.maps[0]).toMatchObject({ relationship: "intersects-with", sources: [{ type: "control", "id-ref": "GV.OC-01" }], targets: [{ type: "control", "id-ref": "clause-4.1" }] });
    expect(csf.maps.find((map) => map.props !== undefined)?.props).toEqual([{ name: "clause-items", ns: ISMS_KIT_OSCAL_NS, value: "a b" }]);
    const transition = write(getFrameworkMapping("iso27001-2013", "iso27001-2022")!)["mapping-collection"].mappings[0]!;
    expect(new Set(transition.maps.map((map) => map.relationship))).toEqual(new Set(["equal-to", "subset-of", "intersects-with"]));
  });

  it("records the requirements not addressed as the source gap summary, and the origin as provenance", () => {
    const document = write(getFrameworkMapping("soc2", "iso27001-2022")!);
    const [mapping] = document["mapping-collection"].mappings;
    expect(mapping!["source-gap-summary"]!["unmapped-controls"][0]!["with-ids"]).toEqual(["P1.1", "P2.1", "P3.2", "P5.1", "P5.2", "P6.7", "P7.1", "P8.1"]);
    expect(mapping!.remarks).toMatch(/^Not addressed by ISO\/IEC 27001:2022:\n\n- P1\.1: A data subject's right/);
    expect(document["mapping-collection"].provenance).toMatchObject({ method: "human", "matching-rationale": "semantic", status: "complete" });
    expect(document["mapping-collection"].provenance["mapping-description"]).toContain("intuitem");
    expect(write(getFrameworkMapping("nis2", "iso27001-2022")!)["mapping-collection"].mappings[0]!["source-gap-summary"]).toBeUndefined();
  });

  it("is deterministic, with version 5 UUIDs that change with lastModified, and uses the hrefs given", () => {
    const gdpr = getFrameworkMapping("gdpr", "iso27001-2022")!;
    const a = write(gdpr);
    expect(write(gdpr)).toEqual(a);
    const uuids = uuidsOf(a);
    expect(uuids.every(isUuidV5)).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(write(gdpr, { lastModified: "2026-11-29" })["mapping-collection"].uuid).not.toBe(a["mapping-collection"].uuid);
    const [mapping] = write(gdpr, { sourceHref: "gdpr-catalog.json", targetHref: "https://example.com/iso.json" })["mapping-collection"].mappings;
    expect([mapping!["source-resource"], mapping!["target-resource"]]).toEqual([{ type: "catalog", href: "gdpr-catalog.json" }, { type: "catalog", href: "https://example.com/iso.json" }]);
    expect(a["mapping-collection"].mappings[0]!["source-resource"].href).toBe("urn:isms-kit:framework:gdpr");
  });

  it("does not change the mapping or the frameworks", () => {
    const mapping = deepFreeze(structuredClone(getFrameworkMapping("dora", "iso27001-2022")!));
    const before = JSON.stringify(mapping);
    expect(() => write(mapping)).not.toThrow();
    expect(JSON.stringify(mapping)).toBe(before);
  });

  it("reports every problem with its path in one OscalError", () => {
    const mapping = getFrameworkMapping("gdpr", "iso27001-2022")!;
    const broken = { ...mapping, pairs: [...mapping.pairs, { source: "Art.99", target: "A.9.9", relationship: "equal" as const }] };
    try {
      frameworkMappingToOscalMapping(broken, { source: getFramework("dora")!, target: getFramework("iso27001-2022")!, lastModified: "yesterday", sourceHref: "has space" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OscalError);
      expect((error as OscalError).issues.map((i) => `${i.pointer} ${i.code}`)).toEqual([
        "/options/lastModified invalid_format",
        "/options/sourceHref invalid_value",
        "/options/source/id invalid_value",
        ...mapping.pairs.map((_, i) => `/mapping/pairs/${i}/source invalid_value`),
        `/mapping/pairs/${mapping.pairs.length}/source invalid_value`,
        `/mapping/pairs/${mapping.pairs.length}/target invalid_value`,
        "/mapping/notAddressed/0/source invalid_value",
        "/mapping/notAddressed/1/source invalid_value",
      ]);
    }
  });
});
