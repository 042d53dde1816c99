import { describe, expect, it } from "vitest";
import { frameworks, getFramework, type Framework } from "../../../src/mappings/index";
import { frameworkToOscalCatalog, ISMS_KIT_OSCAL_NS, OscalError, type OscalControl } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, isUuidV5, oscalSchemaErrors } from "./_oscal";

const lastModified = "2026-11-28";

/** Every control of a catalog in document order, nested ones included. */
function allControls(document: ReturnType<typeof frameworkToOscalCatalog>): OscalControl[] {
  const out: OscalControl[] = [];
  const walk = (controls: readonly OscalControl[] | undefined) => {
    for (const control of controls ?? []) {
      out.push(control);
      walk(control.controls);
    }
  };
  walk(document.catalog.controls);
  for (const group of document.catalog.groups ?? []) walk(group.controls);
  return out;
}

describeWithOscal("frameworkToOscalCatalog against NIST's OSCAL 1.2.1 catalog schema", () => {
  it.each(frameworks.map((f) => [f.id, f] as const))("%s is a valid catalog", (_id, framework) => {
    expect(oscalSchemaErrors("catalog", frameworkToOscalCatalog(framework, { lastModified }))).toEqual([]);
  });
});

describe("frameworkToOscalCatalog", () => {
  it("writes every requirement once: top-level headings as groups, the rest as controls nested under their parent, labelled with their own id", () => {
    for (const framework of frameworks) {
      const document = frameworkToOscalCatalog(framework, { lastModified });
      const groups = document.catalog.groups ?? [];
      const labels = [...groups.map((g) => g.props?.[0]?.value), ...allControls(document).map((c) => c.props?.[0]?.value)];
      expect(new Set(labels), framework.id).toEqual(new Set(framework.requirements.map((r) => r.id)));
      expect(labels).toHaveLength(framework.requirements.length);
    }
    const nis2 = frameworkToOscalCatalog(getFramework("nis2")!, { lastModified });
    const annex = nis2.catalog.groups!.find((g) => g.id === "Annex")!;
    const logs = annex.controls![2]!.controls![1]!.controls![2]!;
    expect([logs.id, logs.class, logs.title, logs.controls?.length]).toEqual(["point-3.2.3", "point", "Logs maintained, documented and reviewed; assets to log chosen by risk", 12]);
    expect(logs.controls?.[11]?.id).toBe("item-3.2.3.l");
    const iso = allControls(frameworkToOscalCatalog(getFramework("iso27001-2022")!, { lastModified }));
    expect(iso.find((c) => c.props?.[0]?.value === "6.1.2")?.id).toBe("clause-6.1.2");
    expect(iso.find((c) => c.props?.[0]?.value === "A.8.13")?.id).toBe("A.8.13");
  });

  it("carries a reporting duty as isms-kit props and a description as the statement", () => {
    const gdpr = allControls(frameworkToOscalCatalog(getFramework("gdpr")!, { lastModified }));
    expect(gdpr.find((c) => c.id === "Art.33.1")?.props?.slice(1)).toEqual([
      { name: "reporting-event", ns: ISMS_KIT_OSCAL_NS, value: "personal-data-breach" },
      { name: "reporting-recipient", ns: ISMS_KIT_OSCAL_NS, value: "supervisory authority" },
      { name: "reporting-within", ns: ISMS_KIT_OSCAL_NS, value: "PT72H" },
      { name: "reporting-after", ns: ISMS_KIT_OSCAL_NS, value: "awareness" },
    ]);
    const csf = frameworkToOscalCatalog(getFramework("nist-csf-2.0")!, { lastModified });
    expect(csf.catalog.groups?.[0]?.parts?.[0]?.name).toBe("overview");
    expect(allControls(csf)[0]?.parts?.[0]).toMatchObject({ id: "GV.OC_smt", name: "statement" });
  });

  it("is deterministic, names its framework, and does not change it", () => {
    const framework = deepFreeze(structuredClone(getFramework("dora")!)) as Framework;
    const before = JSON.stringify(framework);
    const a = frameworkToOscalCatalog(framework, { lastModified });
    expect(frameworkToOscalCatalog(framework, { lastModified })).toEqual(a);
    expect(JSON.stringify(framework)).toBe(before);
    expect(isUuidV5(a.catalog.uuid)).toBe(true);
    expect(a.catalog.metadata).toMatchObject({ title: framework.name, version: "2022/2554", "last-modified": "2026-11-28T00:00:00Z" });
    expect(a.catalog.metadata.props).toContainEqual({ name: "framework-id", ns: ISMS_KIT_OSCAL_NS, value: "dora" });
  });

  it("refuses an invalid framework, a missing date and ids that collide as OSCAL ids, every problem at once", () => {
    const bad = { id: "acme", name: "Acme", requirements: [{ id: "R(1)", title: "One" }, { id: "R.1", title: "Two" }, { id: "X", title: "Three", parentId: "nope" }] };
    try {
      frameworkToOscalCatalog(bad as Framework, undefined as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OscalError);
      expect((error as OscalError).issues.map((i) => `${i.pointer} ${i.code}`)).toEqual(["/framework/requirements/2/parentId unknown_id", "/options/lastModified missing"]);
    }
    expect(() => frameworkToOscalCatalog({ ...bad, requirements: bad.requirements.slice(0, 2) } as Framework, { lastModified })).toThrow(/requirement "R\.1" gets the OSCAL id "R\.1", as requirements\[0\] does/);
  });
});
