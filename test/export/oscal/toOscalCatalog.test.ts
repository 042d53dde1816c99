import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexA, defineCatalog, withControlText, type Catalog } from "../../../src/catalog/index";
import { mapTo2013 } from "../../../src/mappings/index";
import { fromOscalCatalog, ISMS_KIT_OSCAL_NS, OscalError, toOscalCatalog, type OscalControl } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, fixtureJson, isUuidV5, oscalSchemaErrors, uuidsOf } from "./_oscal";

const controlsOf = (document: ReturnType<typeof toOscalCatalog>): OscalControl[] => [
  ...(document.catalog.controls ?? []),
  ...(document.catalog.groups ?? []).flatMap((group) => group.controls ?? []),
];
const propValues = (control: OscalControl | undefined, name: string) =>
  (control?.props ?? []).filter((prop) => prop.name === name && prop.ns === ISMS_KIT_OSCAL_NS).map((prop) => prop.value);

describe("toOscalCatalog", () => {
  it("writes Annex A as one group per theme, in Annex A's order, with OSCAL ids and label props", () => {
    const { catalog } = toOscalCatalog();
    expect(catalog.groups?.map((group) => [group.id, group.title, group.controls?.length])).toEqual([
      ["organizational", "Organizational controls", 37],
      ["people", "People controls", 8],
      ["physical", "Physical controls", 14],
      ["technological", "Technological controls", 34],
    ]);
    const controls = controlsOf({ catalog });
    expect(controls.map((control) => control.id)).toEqual(annexA.controls.map((control) => `A.${control.id}`));
    expect(controls.map((control) => control.title)).toEqual(annexA.controls.map((control) => control.title));
    expect(controls.map((control) => control.props?.[0])).toEqual(annexA.controls.map((control) => ({ name: "label", value: control.id })));
    expect(catalog.metadata).toMatchObject({
      title: "ISO/IEC 27001:2022 Annex A",
      "last-modified": "2022-10-25T00:00:00Z",
      version: "2022",
      "oscal-version": "1.2.1",
    });
  });

  it("carries the five ISO/IEC 27002:2022 attributes and the 2013 correspondences as isms-kit props", () => {
    const controls = controlsOf(toOscalCatalog());
    annexA.controls.forEach((control, index) => {
      const oscal = controls[index];
      expect(propValues(oscal, "control-type")).toEqual(control.attributes.controlTypes);
      expect(propValues(oscal, "security-property")).toEqual(control.attributes.securityProperties);
      expect(propValues(oscal, "cybersecurity-concept")).toEqual(control.attributes.cybersecurityConcepts);
      expect(propValues(oscal, "operational-capability")).toEqual(control.attributes.operationalCapabilities);
      expect(propValues(oscal, "security-domain")).toEqual(control.attributes.securityDomains);
      expect(propValues(oscal, "iso27001-2013")).toEqual(mapTo2013(control.id));
      expect(propValues(oscal, "new-in-2022")).toEqual(control.isNew ? ["true"] : []);
    });
  });

  it("holds isms-kit's summaries as overview parts and no text of the standard unless a licensee attached it", () => {
    const controls = controlsOf(toOscalCatalog());
    annexA.controls.forEach((control, index) => {
      expect(controls[index]?.parts).toEqual([
        { id: `A.${control.id}_ovw`, name: "overview", prose: control.summary },
        { id: `A.${control.id}_smt`, name: "statement" },
      ]);
    });
    const licensed = controlsOf(toOscalCatalog({ catalog: withControlText(annexA, { "8.13": "Licensed text of 8.13." }) }));
    expect(licensed.find((control) => control.id === "A.8.13")?.parts?.[1]).toEqual({ id: "A.8.13_smt", name: "statement", prose: "Licensed text of 8.13." });
    expect(licensed.filter((control) => control.parts?.some((part) => part.prose !== undefined && part.name === "statement"))).toHaveLength(1);
  });

  it("is deterministic: the same input gives byte-identical JSON, with version 5 UUIDs", () => {
    const first = JSON.stringify(toOscalCatalog({ lastModified: "2026-01-15" }));
    expect(JSON.stringify(toOscalCatalog({ lastModified: "2026-01-15" }))).toBe(first);
    const uuids = uuidsOf(JSON.parse(first));
    expect(uuids.length).toBeGreaterThan(0);
    expect(uuids.every(isUuidV5)).toBe(true);
    expect(toOscalCatalog({ lastModified: "2026-01-16" }).catalog.uuid).not.toBe(JSON.parse(first).catalog.uuid);
  });

  it("reads lastModified as a date-time with a time zone, a day or a Date, and rejects anything else", () => {
    expect(toOscalCatalog({ lastModified: "2026-03-01T09:30:00+01:00" }).catalog.metadata["last-modified"]).toBe("2026-03-01T09:30:00+01:00");
    expect(toOscalCatalog({ lastModified: new Date(Date.UTC(2026, 2, 1, 8, 30)) }).catalog.metadata["last-modified"]).toBe("2026-03-01T08:30:00.000Z");
    for (const bad of ["2026-03-01T09:30:00", "yesterday", "2026-02-30"]) {
      expect(() => toOscalCatalog({ lastModified: bad })).toThrow(OscalError);
    }
    expect(() => toOscalCatalog({ lastModified: new Date(Number.NaN) })).toThrow(/options.lastModified: expected a valid Date/);
  });

  it("writes a catalog of one's own, which needs lastModified, and keeps token ids as they are", () => {
    const acme = defineCatalog({
      id: "acme",
      name: "Acme controls",
      controls: [
        { id: "ACME-1", title: "Customer data stays in the EU", theme: "Data residency", summary: "EU only." },
        { id: "1 b", title: "Odd id", attributes: { controlTypes: ["detective"] } },
      ],
    });
    expect(() => toOscalCatalog({ catalog: acme })).toThrow(/options.lastModified: expected a date-time/);
    const { catalog } = toOscalCatalog({ catalog: acme, lastModified: "2026-01-15" });
    expect(catalog.groups?.map((group) => [group.id, group.title, group.controls?.map((control) => control.id)])).toEqual([
      ["data-residency", "Data residency", ["ACME-1"]],
    ]);
    expect(catalog.controls?.map((control) => [control.id, control.props])).toEqual([
      ["_1_b", [{ name: "label", value: "1 b" }, { name: "control-type", ns: ISMS_KIT_OSCAL_NS, value: "detective" }]],
    ]);
    expect(catalog.metadata.version).toBe("2026-01-15");
  });

  it("reports two controls that would get the same OSCAL id", () => {
    const clash: Catalog = { id: "clash", name: "Clash", controls: [{ id: "a b", title: "One" }, { id: "a_b", title: "Two" }] };
    let caught: unknown;
    try {
      toOscalCatalog({ catalog: clash, lastModified: "2026-01-15" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OscalError);
    expect((caught as OscalError).issues).toEqual([
      {
        path: ["options", "catalog", "controls", 1, "id"],
        pointer: "/options/catalog/controls/1/id",
        code: "duplicate_id",
        message: 'control "a_b" gets the OSCAL id "a_b", as controls[0] does',
      },
    ]);
  });

  it("does not mutate its input", () => {
    const catalog = deepFreeze(structuredClone(withControlText(annexA, { "5.1": "Text." })));
    expect(() => toOscalCatalog(deepFreeze({ catalog, lastModified: "2026-01-15" }))).not.toThrow();
  });
});

describeWithOscal("toOscalCatalog output against the official OSCAL 1.2.1 catalog schema", () => {
  it("validates for Annex A, Annex A with licensed text, and a catalog of one's own", () => {
    expect(oscalSchemaErrors("catalog", toOscalCatalog())).toEqual([]);
    expect(oscalSchemaErrors("catalog", toOscalCatalog({ catalog: withControlText(annexA, { "5.1": "Line one.\n\nLine two." }) }))).toEqual([]);
    const acme = defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "ACME-1", title: "One" }, { id: "9 lives", title: "Two", theme: "Cats & dogs" }] });
    expect(oscalSchemaErrors("catalog", toOscalCatalog({ catalog: acme, lastModified: new Date(Date.UTC(2026, 0, 1)) }))).toEqual([]);
  });

  it("validates when it writes back a catalog loaded from NIST SP 800-53", () => {
    const nist = fromOscalCatalog(fixtureJson("nist-sp800-53-rev5-excerpt.json"), { idFrom: "label" });
    expect(oscalSchemaErrors("catalog", toOscalCatalog({ catalog: nist, lastModified: "2026-01-15" }))).toEqual([]);
  });

  it("validates for any catalog defineCatalog accepts (property)", () => {
    const text = fc.string({ minLength: 1, maxLength: 20, unit: "binary" }).filter((t) => /\S/.test(t));
    const control = fc.record(
      { id: fc.string({ minLength: 1, maxLength: 10, unit: "binary" }), title: text, theme: text, summary: text, text: text },
      { requiredKeys: ["id", "title"] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(control, { selector: (c) => c.id, maxLength: 6 }), text, (controls, name) => {
        let catalog: Catalog;
        try {
          catalog = defineCatalog({ id: "prop", name, controls });
        } catch {
          return;
        }
        let document;
        try {
          document = toOscalCatalog({ catalog, lastModified: "2026-01-15" });
        } catch (error) {
          expect((error as OscalError).issues.every((issue) => issue.code === "duplicate_id")).toBe(true);
          return;
        }
        expect(oscalSchemaErrors("catalog", document)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe("toOscalCatalog metadata options", () => {
  it("rejects a blank title or version", () => {
    expect(() => toOscalCatalog({ title: " ", version: "\n" })).toThrow(/options.title: expected a non-empty title\n {2}options.version: expected a non-empty version/);
    expect(toOscalCatalog({ title: "Annex A\nfor us", version: "v1" }).catalog.metadata).toMatchObject({ title: "Annex A for us", version: "v1" });
  });
});
