import { describe, expect, it } from "vitest";
import { annexA, CatalogError, defineCatalog, findControls, getControl, withControlText, type ControlTexts } from "../../src/catalog/index";
import { deepFreeze } from "../_lib/deepFreeze";

describe("withControlText", () => {
  it("attaches texts to the controls named and leaves the others as they are", () => {
    const licensed = withControlText(annexA, { "5.1": "Text A", "8.34": "Text B" });
    expect(getControl("5.1", licensed).text).toBe("Text A");
    expect(getControl("8.34", licensed).text).toBe("Text B");
    expect(getControl("5.2", licensed)).toBe(getControl("5.2"));
    expect(licensed.controls).toHaveLength(93);
    expect({ ...getControl("5.1", licensed), text: undefined }).toEqual({ ...getControl("5.1"), text: undefined });
    expect(licensed.id).toBe(annexA.id);
  });

  it("returns a new catalog and leaves Annex A without text", () => {
    const licensed = withControlText(annexA, { "5.1": "Text A" });
    expect(licensed).not.toBe(annexA);
    expect(getControl("5.1").text).toBeUndefined();
    expect(Object.isFrozen(licensed)).toBe(true);
    expect(Object.isFrozen(licensed.controls)).toBe(true);
    expect(Object.isFrozen(getControl("5.1", licensed))).toBe(true);
  });

  it("returns a catalog that findControls still checks as Annex A", () => {
    const licensed = withControlText(annexA, { "7.4": "Text" });
    expect(findControls({ theme: "physical", controlTypes: "detective" }, licensed).map((c) => c.text)).toEqual(["Text", undefined]);
    expect(() => findControls({ theme: "organisational" as "organizational" }, licensed)).toThrow(CatalogError);
  });

  it("can be applied again, replacing or adding texts", () => {
    const once = withControlText(annexA, { "5.1": "Old" });
    const twice = withControlText(once, { "5.1": "New", "5.2": "Other" });
    expect([getControl("5.1", twice).text, getControl("5.2", twice).text, getControl("5.3", twice).text]).toEqual(["New", "Other", undefined]);
  });

  it("works with a catalog of one's own", () => {
    const acme = defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "A-1", title: "One" }] });
    expect(withControlText(acme, { "A-1": "Full text" }).controls[0]?.text).toBe("Full text");
  });

  it("throws a CatalogError naming every unknown id and empty text", () => {
    let caught: unknown;
    try {
      withControlText(annexA, { "A.5.1.1": "x", "5.1": " ", "5.2": 3 } as unknown as ControlTexts<typeof annexA>);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CatalogError);
    expect((caught as CatalogError).issues.map((i) => `${i.code} ${i.pointer}`)).toEqual([
      "unknown_id /texts/A.5.1.1",
      "too_small /texts/5.1",
      "invalid_type /texts/5.2",
    ]);
    expect((caught as CatalogError).message).toContain('texts["A.5.1.1"]: expected the id of a control in catalog "iso-iec-27001-2022-annex-a"; found "A.5.1.1"');
    expect(() => withControlText(annexA, null as unknown as ControlTexts<typeof annexA>)).toThrow(CatalogError);
  });

  it("does not mutate its inputs (deep-frozen)", () => {
    const catalog = deepFreeze({ id: "c", name: "C", controls: [{ id: "C-1", title: "One" }, { id: "C-2", title: "Two" }] });
    const texts = deepFreeze({ "C-2": "Text" });
    const result = withControlText(catalog, texts);
    expect(result.controls[1]).toEqual({ id: "C-2", title: "Two", text: "Text" });
    expect(catalog.controls[1]).toEqual({ id: "C-2", title: "Two" });
    expect(result.controls[0]).toBe(catalog.controls[0]);
  });

  it("does not freeze a mutable input", () => {
    const catalog = { id: "c", name: "C", controls: [{ id: "C-1", title: "One" }] };
    withControlText(catalog, { "C-1": "Text" });
    expect(Object.isFrozen(catalog.controls[0])).toBe(false);
  });
});
