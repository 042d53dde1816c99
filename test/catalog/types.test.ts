/**
 * Type tests: `tsc --noEmit` checks this file (vitest runs it too, where `expectTypeOf` is a no-op).
 * Each `@ts-expect-error` line must fail to compile; if it ever compiles, tsc reports the unused
 * directive and the build fails.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { annexA, annexA2013, CatalogError, defineCatalog, findControls, getClause, getControl, withControlText, type AnnexA2013Control, type AnnexA2013ControlId, type AnnexAControl, type AnnexAControlId, type CatalogControl, type Clause, type ClauseId, type ControlIdOf, type ControlTheme, type ControlType, type CybersecurityConcept, type OperationalCapability, type SecurityDomain, type SecurityProperty } from "../../src/catalog/index";
import { mapFrom2013, mapTo2013 } from "../../src/mappings/index";

describe("catalog types", () => {
  it("rejects an unknown Annex A control id written as a literal", () => {
    // @ts-expect-error "9.9" is not an Annex A 2022 control id
    getControl("9.9");
    // @ts-expect-error 2013 ids are not 2022 ids
    getControl("A.5.1.1");
    // @ts-expect-error a typo in a union of literals is caught too
    getControl("5.1" as "5.1" | "5.99");
    expectTypeOf(getControl).toBeCallableWith("8.34");
    expectTypeOf(getControl).toBeCallableWith("9.9" as string);
  });

  it("returns the control for a known literal and `| undefined` for any string", () => {
    expectTypeOf(getControl("5.1")).toEqualTypeOf<AnnexAControl>();
    expectTypeOf(getControl("5.1" as string)).toEqualTypeOf<AnnexAControl | undefined>();
    expectTypeOf(getControl("5.1").id).toEqualTypeOf<AnnexAControlId>();
    expectTypeOf(annexA.controls[0]).toEqualTypeOf<AnnexAControl | undefined>();
  });

  it("types the ids and attribute values as literal unions derived from the data", () => {
    expectTypeOf<AnnexAControlId>().toExtend<string>();
    expectTypeOf<"5.1">().toExtend<AnnexAControlId>();
    expectTypeOf<"8.34">().toExtend<AnnexAControlId>();
    expectTypeOf<"9.9">().not.toExtend<AnnexAControlId>();
    expectTypeOf<"A.18.2.3">().toExtend<AnnexA2013ControlId>();
    expectTypeOf<"10.2">().toExtend<ClauseId>();
    expectTypeOf<"11">().not.toExtend<ClauseId>();
    expectTypeOf<ControlTheme>().toEqualTypeOf<"organizational" | "people" | "physical" | "technological">();
    expectTypeOf<ControlType>().toEqualTypeOf<"preventive" | "detective" | "corrective">();
    expectTypeOf<SecurityProperty>().toEqualTypeOf<"confidentiality" | "integrity" | "availability">();
    expectTypeOf<CybersecurityConcept>().toEqualTypeOf<"identify" | "protect" | "detect" | "respond" | "recover">();
    expectTypeOf<SecurityDomain>().toEqualTypeOf<"governance_and_ecosystem" | "protection" | "defence" | "resilience">();
    expectTypeOf<"information_security_assurance">().toExtend<OperationalCapability>();
    expectTypeOf<"supplier_relationships">().not.toExtend<OperationalCapability>();
    expectTypeOf(getControl("5.1").attributes.controlTypes).toEqualTypeOf<readonly ControlType[]>();
  });

  it("rejects unknown ids in the other getters", () => {
    // @ts-expect-error "11" is not a clause id
    getClause("11");
    // @ts-expect-error 2022 ids are not 2013 ids
    mapFrom2013("5.1");
    // @ts-expect-error 2013 ids are not 2022 ids
    mapTo2013("A.5.1.1");
    expectTypeOf(getClause("9.3.2")).toEqualTypeOf<Clause>();
    expectTypeOf(getClause("9.3.2" as string)).toEqualTypeOf<Clause | undefined>();
    expectTypeOf(mapFrom2013("A.5.1.1")).toEqualTypeOf<readonly AnnexAControlId[]>();
    expectTypeOf(mapTo2013("5.1" as string)).toEqualTypeOf<readonly AnnexA2013ControlId[] | undefined>();
  });

  it("checks filter values", () => {
    expect(() =>
      // @ts-expect-error "preventative" is not a control type
      findControls({ controlTypes: "preventative" }),
    ).toThrow(CatalogError);
    expect(() =>
      // @ts-expect-error "organisational" is not an Annex A theme
      findControls({ theme: "organisational" }),
    ).toThrow(CatalogError);
    expectTypeOf(findControls({ theme: ["people", "physical"] })).toEqualTypeOf<readonly AnnexAControl[]>();
  });

  it("treats Annex A, 2013 Annex A and catalogs of one's own alike", () => {
    expectTypeOf<AnnexAControl>().toExtend<CatalogControl>();
    expectTypeOf<AnnexA2013Control>().toExtend<CatalogControl>();
    expectTypeOf(getControl("A.12.6.1", annexA2013)).toEqualTypeOf<AnnexA2013Control>();
    // @ts-expect-error "A.12.6.9" is not a 2013 control id
    getControl("A.12.6.9", annexA2013);

    const acme = defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "ACME-1", title: "One" }, { id: "ACME-2", title: "Two" }] });
    expectTypeOf<ControlIdOf<typeof acme>>().toEqualTypeOf<"ACME-1" | "ACME-2">();
    expectTypeOf(getControl("ACME-1", acme).title).toEqualTypeOf<"One" | "Two">();
    // @ts-expect-error "ACME-9" is not in the catalog
    getControl("ACME-9", acme);
    expect(() =>
      // @ts-expect-error texts are keyed by the catalog's ids
      withControlText(acme, { "ACME-9": "text" }),
    ).toThrow(CatalogError);
    expect(() =>
      // @ts-expect-error Annex A texts are keyed by Annex A ids
      withControlText(annexA, { "9.9": "text" }),
    ).toThrow(CatalogError);
    expectTypeOf(withControlText(annexA, { "5.1": "text" }).controls[0]?.text).toEqualTypeOf<string | undefined>();
  });
});
