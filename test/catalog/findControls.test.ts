import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  annexA,
  CatalogError,
  ControlThemeSchema,
  ControlTypeSchema,
  CybersecurityConceptSchema,
  defineCatalog,
  findControls,
  OperationalCapabilitySchema,
  SecurityDomainSchema,
  SecurityPropertySchema,
  type FindControlsFilter,
} from "../../src/catalog/index";
import { deepFreeze } from "../_lib/deepFreeze";

const ids = (controls: readonly { id: string }[]) => controls.map((control) => control.id);

describe("findControls", () => {
  it("returns every control for an empty filter", () => {
    expect(findControls({})).toEqual(annexA.controls);
    expect(findControls({ controlTypes: [] })).toHaveLength(93);
  });

  it("filters by theme, one value or several (OR)", () => {
    expect(findControls({ theme: "people" })).toHaveLength(8);
    expect(findControls({ theme: ["people", "physical"] })).toHaveLength(22);
  });

  it("combines kinds with AND and values of one kind with OR", () => {
    expect(ids(findControls({ theme: "physical", controlTypes: "detective" }))).toEqual(["7.4", "7.11"]);
    expect(ids(findControls({ controlTypes: ["preventive", "detective", "corrective"] }))).toHaveLength(93);
    expect(ids(findControls({ controlTypes: "corrective", cybersecurityConcepts: "recover" }))).toEqual(["5.5", "5.6", "5.24", "5.26", "5.37", "8.13"]);
    expect(ids(findControls({ securityProperties: "integrity", operationalCapabilities: "continuity", securityDomains: "protection" }))).toEqual(["5.29", "5.37", "8.6", "8.13"]);
  });

  it("finds the controls corrected in 2022-03 by their corrected values", () => {
    expect(ids(findControls({ operationalCapabilities: "information_security_assurance" }))).toEqual(["5.22", "5.35", "5.36", "8.29"]);
    expect(ids(findControls({ securityDomains: "defence", theme: "organizational", operationalCapabilities: "supplier_relationships_security" }))).toEqual(["5.22"]);
  });

  it("searches a catalog of one's own; controls without attributes of a kind do not match it", () => {
    const acme = defineCatalog({
      id: "acme",
      name: "Acme",
      controls: [
        { id: "A-1", title: "One", theme: "privacy" },
        { id: "A-2", title: "Two", theme: "build", attributes: { controlTypes: ["preventive"] } },
      ],
    });
    expect(ids(findControls({ theme: "privacy" }, acme))).toEqual(["A-1"]);
    expect(ids(findControls({ controlTypes: "preventive" }, acme))).toEqual(["A-2"]);
    expect(ids(findControls({}, acme))).toEqual(["A-1", "A-2"]);
  });

  it("throws a CatalogError that names every bad key and value", () => {
    let caught: unknown;
    try {
      findControls({ controlTypes: "preventative", theme: ["people", "humans"], colour: "red" } as unknown as FindControlsFilter);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CatalogError);
    const issues = (caught as CatalogError).issues.map((i) => `${i.code} ${i.pointer}: ${i.message}`);
    expect(issues).toEqual([
      'invalid_value /controlTypes: expected one of "preventive", "detective", "corrective"; found "preventative"',
      'unrecognized_keys /colour: unknown field "colour"',
      'invalid_value /theme/1: expected one of "organizational", "people", "physical", "technological"; found "humans"',
    ]);
    expect(() => findControls({ operationalCapabilities: "gov" } as unknown as FindControlsFilter)).toThrow(
      "Invalid findControls filter: 1 problem\n" +
        '  operationalCapabilities: expected one of "governance", "asset_management", "information_protection", "human_resource_security", ' +
        '"physical_security", "system_and_network_security", "application_security", "secure_configuration", "identity_and_access_management", ' +
        '"threat_and_vulnerability_management", "continuity", "supplier_relationships_security", "legal_and_compliance", ' +
        '"information_security_event_management", "information_security_assurance"; found "gov"',
    );
    expect((caught as CatalogError).summary).toBe("Invalid findControls filter");
    expect(() => findControls(null as unknown as FindControlsFilter)).toThrow(
      new CatalogError("Invalid findControls filter", [{ path: [], pointer: "", code: "invalid_type", message: "expected an object; found null" }]),
    );
  });

  it("does not mutate its inputs (deep-frozen) and returns a new frozen array", () => {
    const filter = deepFreeze({ theme: ["physical"], controlTypes: ["detective"] } as const);
    const catalog = deepFreeze({ id: "c", name: "C", controls: [{ id: "C-1", title: "One", theme: "physical" }] });
    expect(ids(findControls(filter))).toEqual(["7.4", "7.11"]);
    const result = findControls({ theme: "physical" }, catalog);
    expect(ids(result)).toEqual(["C-1"]);
    expect(Object.isFrozen(result)).toBe(true);
    expect(result).not.toBe(catalog.controls);
  });

  describe("properties", () => {
    const values = {
      theme: ControlThemeSchema.options,
      controlTypes: ControlTypeSchema.options,
      securityProperties: SecurityPropertySchema.options,
      cybersecurityConcepts: CybersecurityConceptSchema.options,
      operationalCapabilities: OperationalCapabilitySchema.options,
      securityDomains: SecurityDomainSchema.options,
    };
    const filterArb = fc.record(
      Object.fromEntries(
        Object.entries(values).map(([key, options]) => [key, fc.subarray([...options] as string[])]),
      ) as Record<keyof typeof values, fc.Arbitrary<string[]>>,
      { requiredKeys: [] },
    ) as fc.Arbitrary<FindControlsFilter>;

    it("returns a subsequence of the catalog, in catalog order, each control matching every key", () => {
      fc.assert(
        fc.property(filterArb, (filter) => {
          const found = findControls(filter);
          const order = found.map((control) => annexA.controls.indexOf(control));
          expect(order.every((index, i) => index >= 0 && (i === 0 || index > (order[i - 1] ?? -1)))).toBe(true);
          for (const control of found) {
            for (const [key, wanted] of Object.entries(filter) as [string, string[]][]) {
              if (wanted.length === 0) continue;
              const have: readonly string[] = key === "theme" ? [control.theme] : (control.attributes as Record<string, readonly string[]>)[key] ?? [];
              expect(have.some((value) => wanted.includes(value))).toBe(true);
            }
          }
        }),
      );
    });

    it("never finds more when a key is added (AND) and never fewer when a value is added (OR)", () => {
      fc.assert(
        fc.property(filterArb, fc.constantFrom(...(Object.keys(values) as (keyof typeof values)[])), (filter, key) => {
          const extra = values[key][0] as string;
          const narrowed = { ...filter, [key]: [extra] } as FindControlsFilter;
          const widened = { ...filter, [key]: [...((filter[key] as readonly string[] | undefined) ?? []), extra] } as FindControlsFilter;
          const base = findControls(filter);
          if (((filter[key] as readonly string[] | undefined) ?? []).length === 0) {
            expect(findControls(narrowed).length).toBeLessThanOrEqual(base.length);
          } else {
            expect(findControls(widened).length).toBeGreaterThanOrEqual(base.length);
          }
        }),
      );
    });
  });
});
