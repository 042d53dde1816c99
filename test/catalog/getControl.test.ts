import { describe, expect, it } from "vitest";
import { annexA, annexA2013, defineCatalog, getControl } from "../../src/catalog/index";
import { deepFreeze } from "../_lib/deepFreeze";

describe("getControl", () => {
  it("finds an Annex A 2022 control by id", () => {
    const control = getControl("8.24");
    expect(control.id).toBe("8.24");
    expect(control.title).toBe("Use of cryptography");
    expect(control.theme).toBe("technological");
    expect(control).toBe(annexA.controls.find((c) => c.id === "8.24"));
  });

  it("returns undefined for an id that is not in the catalog", () => {
    const unknown: string = "9.9";
    expect(getControl(unknown)).toBeUndefined();
    expect(getControl("A.5.1" as string)).toBeUndefined();
    expect(getControl("" as string)).toBeUndefined();
  });

  it("looks in the catalog given: 2013 Annex A and a catalog of one's own", () => {
    expect(getControl("A.12.6.1", annexA2013)?.title).toBe("Management of technical vulnerabilities");
    expect(getControl("8.24" as string, annexA2013)).toBeUndefined();
    const acme = defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "ACME-1", title: "One" }] });
    expect(getControl("ACME-1", acme).title).toBe("One");
    expect(getControl("ACME-9" as string, acme)).toBeUndefined();
  });

  it("does not mutate the catalog it is given (deep-frozen)", () => {
    const catalog = deepFreeze({ id: "x", name: "X", controls: [{ id: "X-1", title: "One" }] });
    expect(getControl("X-1", catalog)).toEqual({ id: "X-1", title: "One" });
  });
});
