import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexA, defineCatalog, findControls, getControl, type Catalog } from "../../../src/catalog/index";
import { fromOscalCatalog, ISMS_KIT_OSCAL_NS, OscalError, toOscalCatalog } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, fixtureJson, readOscalJson } from "./_oscal";

const UUID = "74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724";
const METADATA = { title: "Test catalog", "last-modified": "2026-01-15T00:00:00Z", version: "1", "oscal-version": "1.2.1" };

/** The issues `fromOscalCatalog` reports for `document`, as `code pointer` lines. */
function problems(document: unknown, options?: Parameters<typeof fromOscalCatalog>[1]): string[] {
  try {
    fromOscalCatalog(document, options);
  } catch (error) {
    expect(error).toBeInstanceOf(OscalError);
    return (error as OscalError).issues.map((issue) => `${issue.code} ${issue.pointer}`);
  }
  throw new Error("expected fromOscalCatalog to throw");
}

describe("fromOscalCatalog: round trip with toOscalCatalog", () => {
  it("gives back Annex A's ids, titles, themes, attributes and summaries", () => {
    const back = fromOscalCatalog(toOscalCatalog(), { idFrom: "label" });
    expect(back.id).toBe(annexA.id);
    expect(back.name).toBe(annexA.name);
    expect(back.version).toBe(annexA.version);
    expect(back.controls).toEqual(annexA.controls.map(({ id, title, theme, attributes, summary }) => ({ id, title, theme, attributes, summary })));
    expect(Object.isFrozen(back.controls[0])).toBe(true);
  });

  it("keeps the OSCAL ids by default", () => {
    expect(fromOscalCatalog(toOscalCatalog()).controls.slice(0, 2).map((control) => control.id)).toEqual(["A.5.1", "A.5.2"]);
  });

  it("round-trips any catalog defineCatalog accepts (property)", () => {
    const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s) && s === s.trim());
    const control = fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /^\S(.*\S)?$/.test(s)),
        title: text,
        theme: text,
        summary: text,
        text: text,
        attributes: fc.record({ controlTypes: fc.uniqueArray(fc.constantFrom("preventive", "detective", "corrective"), { minLength: 1 }) }),
      },
      { requiredKeys: ["id", "title"] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(control, { selector: (c) => c.id, maxLength: 8 }), (controls) => {
        let catalog: Catalog;
        try {
          catalog = defineCatalog({ id: "prop", name: "Property", version: "1", controls });
        } catch {
          return; // not a catalog: nothing to round-trip
        }
        let document;
        try {
          document = toOscalCatalog({ catalog, lastModified: "2026-01-15" });
        } catch (error) {
          expect((error as OscalError).issues.every((issue) => issue.code === "duplicate_id")).toBe(true);
          return;
        }
        const back = fromOscalCatalog(document, { idFrom: "label" });
        // Titles and themes are single-line in OSCAL: a line break becomes a space.
        const line = (text: string) => text.replace(/\s*[\n\r\u2028\u2029]+\s*/g, " ").trim();
        const normalise = (c: Catalog["controls"][number]) => ({
          ...c,
          title: line(c.title),
          ...(c.theme === undefined ? {} : { theme: line(c.theme) }),
        });
        // OSCAL groups controls by theme, so the order is that of the groups; the controls are the same.
        const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        expect([...back.controls].sort(byId)).toEqual(catalog.controls.map(normalise).sort(byId));
      }),
      { numRuns: 200 },
    );
  });
});

describe("fromOscalCatalog: NIST SP 800-53 (excerpt in test/fixtures/oscal)", () => {
  const excerpt = fixtureJson("nist-sp800-53-rev5-excerpt.json");

  it("flattens families and enhancements, leaves withdrawn controls out, and keeps OSCAL ids or labels", () => {
    const byId = fromOscalCatalog(excerpt);
    expect(byId.controls.map((control) => control.id)).toEqual(["ac-1", "ac-2", "ac-2.1"]);
    expect(byId.id).toBe("6b2f1d54-9a3e-4c7b-8f21-0d5e7a9c3b14");
    expect(byId.version).toBe("5.2.0");
    const byLabel = fromOscalCatalog(excerpt, { idFrom: "label", id: "nist-800-53-rev5" });
    expect(byLabel.id).toBe("nist-800-53-rev5");
    expect(byLabel.controls.map((control) => [control.id, control.title, control.theme])).toEqual([
      ["AC-1", "Policy and Procedures", "Access Control"],
      ["AC-2", "Account Management", "Access Control"],
      ["AC-2(1)", "Automated System Account Management", "Access Control"],
    ]);
  });

  it("renders the statement as text: items on their own lines after their labels, parameters as assignments and selections", () => {
    const catalog = fromOscalCatalog(excerpt, { idFrom: "label" });
    const ac1 = getControl("AC-1", catalog)?.text?.split("\n");
    expect(ac1?.slice(0, 3)).toEqual([
      "a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:",
      "  1. [Selection (one or more): organization-level; mission/business process-level; system-level] access control policy that:",
      "    (a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities, and compliance; and",
    ]);
    expect(ac1).toHaveLength(9);
    expect(getControl("AC-2(1)", catalog)?.text).toBe("Support the management of system accounts using [Assignment: automated mechanisms].");
    expect(getControl("AC-2", catalog)?.summary).toBeUndefined();
  });

  it("gives a catalog usable wherever a catalog is accepted", () => {
    const catalog = fromOscalCatalog(excerpt, { idFrom: "label" });
    expect(findControls({ theme: "Access Control" }, catalog)).toHaveLength(3);
    expect(toOscalCatalog({ catalog, lastModified: "2026-01-15" }).catalog.groups?.[0]?.controls?.map((control) => control.id)).toEqual(["AC-1", "AC-2", "AC-2_1_"]);
  });

  it("does not mutate the document", () => {
    const frozen = deepFreeze(structuredClone(excerpt));
    expect(fromOscalCatalog(frozen).controls).toHaveLength(3);
  });
});

describeWithOscal("fromOscalCatalog: NIST's documents in ../shared/oscal", () => {
  it("loads NIST's sample catalog (basic-catalog.json)", () => {
    const catalog = fromOscalCatalog(readOscalJson("examples/basic-catalog.json"), { idFrom: "label" });
    expect(catalog.name).toBe("Sample Security Catalog *for Demonstration* and Testing");
    expect(catalog.controls.map((control) => [control.id, control.theme])).toEqual([
      ["1.1.1", "Organization of Information Security"],
      ["1.1.2", "Organization of Information Security"],
      ["2.1.1", "Access control"],
      ["2.1.2", "Access control"],
    ]);
    expect(getControl("1.1.1", catalog)?.text).toContain(
      "[Selection (one or more): initiating a device lock after [Assignment: a duration] of inactivity; requiring the user to initiate a device lock before leaving the system unattended]",
    );
    expect(getControl("1.1.2", catalog)?.summary).toMatch(/^Segregation of duties is a method/);
  });

  it("rejects a profile, which is not a catalog, saying where", () => {
    expect(problems(readOscalJson("examples/NIST_SP-800-53_rev5_LOW-baseline_profile.json"))).toEqual(["missing /catalog", "unrecognized_keys "]);
  });
});

describe("fromOscalCatalog: bad input is rejected with the path of each problem", () => {
  it("reports missing metadata and a malformed UUID", () => {
    expect(problems({ catalog: { uuid: "not-a-uuid" } })).toEqual(["invalid_format /catalog/uuid", "missing /catalog/metadata"]);
    expect(problems({ catalog: { uuid: UUID, metadata: { title: "T" } } })).toEqual([
      "missing /catalog/metadata/last-modified",
      "missing /catalog/metadata/version",
      "missing /catalog/metadata/oscal-version",
    ]);
  });

  it("reports a control without an id, deep in the groups", () => {
    const document = { catalog: { uuid: UUID, metadata: METADATA, groups: [{ title: "G", groups: [{ title: "H", controls: [{ title: "No id" }] }] }] } };
    expect(problems(document)).toEqual(["missing /catalog/groups/0/groups/0/controls/0/id"]);
    let caught: unknown;
    try {
      fromOscalCatalog(document);
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe("Invalid OSCAL catalog: 1 problem\n  catalog.groups[0].groups[0].controls[0].id: required: expected a token (text)");
  });

  it("reports wrong types, unknown keys and ids that are not tokens", () => {
    const document = {
      catalog: {
        uuid: UUID,
        metadata: { ...METADATA, version: 2 },
        controls: [
          { id: "5.1", title: "Starts with a digit" },
          { id: "ok", title: ["not", "a", "string"], prose: "misplaced" },
          { id: "ok2", title: "Props", props: [{ name: "label" }], parts: "none" },
        ],
      },
    };
    expect(problems(document)).toEqual([
      "invalid_type /catalog/metadata/version",
      "invalid_format /catalog/controls/0/id",
      "invalid_type /catalog/controls/1/title",
      "unrecognized_keys /catalog/controls/1",
      "missing /catalog/controls/2/props/0/value",
      "invalid_type /catalog/controls/2/parts",
    ]);
  });

  it("reports a document that is not an object or has no catalog", () => {
    expect(problems(null)).toEqual(["invalid_type "]);
    expect(problems([])).toEqual(["invalid_type "]);
    expect(problems({})).toEqual(["missing /catalog"]);
  });

  it("reports bad attribute values and duplicate ids at their place in the OSCAL document", () => {
    const badAttribute = {
      catalog: {
        uuid: UUID,
        metadata: METADATA,
        controls: [{ id: "a-1", title: "One", props: [{ name: "security-domain", ns: ISMS_KIT_OSCAL_NS, value: "defence" }, { name: "control-type", ns: ISMS_KIT_OSCAL_NS, value: "preventative" }] }],
      },
    };
    expect(problems(badAttribute)).toEqual(["invalid_value /catalog/controls/0/props/1/value"]);
    const document = {
      catalog: {
        uuid: UUID,
        metadata: METADATA,
        groups: [
          {
            title: "G",
            controls: [
              { id: "a-1", title: "One", props: [{ name: "label", value: "A1" }] },
              { id: "a-2", title: "Two", props: [{ name: "label", value: "A1" }, { name: "control-type", ns: ISMS_KIT_OSCAL_NS, value: "preventive" }] },
            ],
          },
        ],
      },
    };
    expect(fromOscalCatalog(document).controls.map((control) => control.id)).toEqual(["a-1", "a-2"]);
    expect(problems(document, { idFrom: "label" })).toEqual(["duplicate_id /catalog/groups/0/controls/1/props/0/value"]);
    let caught: unknown;
    try {
      fromOscalCatalog(document, { idFrom: "label" });
    } catch (error) {
      caught = error;
    }
    expect((caught as OscalError).issues[0]?.message).toBe('duplicate control id "A1" (first used by catalog.groups[0].controls[0])');
  });

  it("reports a title that is only white space", () => {
    expect(problems({ catalog: { uuid: UUID, metadata: METADATA, controls: [{ id: "x", title: " " }] } })).toEqual(["invalid_format /catalog/controls/0/title"]);
  });
});

describe("fromOscalCatalog on deep or circular input", () => {
  const catalogWith = (extra: Record<string, unknown>) => ({ catalog: { uuid: UUID, metadata: METADATA, ...extra } });
  const control = (id: string, more: Record<string, unknown> = {}) => ({ id, title: `Control ${id}`, ...more });

  it.each([
    ["groups", () => {
      let group: any = { id: "g", title: "G", controls: [control("c")] };
      for (let i = 0; i < 2_000; i++) group = { id: `g${i}`, title: "G", groups: [group] };
      return catalogWith({ groups: [group] });
    }],
    ["controls", () => {
      let c: any = control("c");
      for (let i = 0; i < 2_000; i++) c = control(`c${i}`, { controls: [c] });
      return catalogWith({ controls: [c] });
    }],
    ["parts", () => {
      let part: any = { name: "item", prose: "x" };
      for (let i = 0; i < 2_000; i++) part = { name: "item", parts: [part] };
      return catalogWith({ controls: [control("c", { parts: [{ name: "statement", parts: [part] }] })] });
    }],
  ])("refuses %s nested 2,000 deep with an OscalError, not a stack overflow", (_what, build) => {
    const lines = problems(build());
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/^too_deep \/catalog\//);
  });

  it("refuses a circular structure with an OscalError", () => {
    const group: any = { id: "g", title: "G", controls: [control("c")] };
    group.groups = [group];
    expect(problems(catalogWith({ groups: [group] }))).toEqual(["circular_structure /catalog/groups/0/groups/0"]);
    const part: any = { name: "statement", prose: "x" };
    part.parts = [part];
    expect(problems(catalogWith({ controls: [control("c", { parts: [part] })] }))).toEqual(["circular_structure /catalog/controls/0/parts/0/parts/0"]);
  });

  it("reads nesting as deep as real catalogs have it", () => {
    let c: any = control("c", { parts: [{ name: "statement", parts: [{ name: "item", parts: [{ name: "item", prose: "deep" }] }] }] });
    for (let i = 0; i < 6; i++) c = control(`c${i}`, { controls: [c] });
    let group: any = { id: "g", title: "G", controls: [c] };
    for (let i = 0; i < 4; i++) group = { id: `g${i}`, title: "G", groups: [group] };
    expect(fromOscalCatalog(catalogWith({ groups: [group] })).controls.length).toBe(7);
  });
});
