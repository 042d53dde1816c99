import { describe, expect, it } from "vitest";
import { annexA2013ControlIds, getControl } from "../../src/catalog/index";
import { mapFrom2013, mapTo2013 } from "../../src/mappings/index";

describe("mapFrom2013", () => {
  it("maps every 2013 control to at least one existing 2022 control", () => {
    for (const id of annexA2013ControlIds) {
      const targets = mapFrom2013(id);
      expect(targets.length, id).toBeGreaterThan(0);
      for (const target of targets) expect(mapTo2013(getControl(target).id), `${id} → ${target}`).toContain(id);
    }
  });

  it("maps merged controls to the same 2022 control and the split one to two", () => {
    expect(mapFrom2013("A.9.2.2")).toEqual(["5.18"]);
    expect(mapFrom2013("A.9.2.5")).toEqual(["5.18"]);
    expect(mapFrom2013("A.18.2.3")).toEqual(["5.36", "8.8"]);
  });

  it("returns undefined for an unknown id, including 2022 ids and ids without the A. prefix", () => {
    expect(mapFrom2013("5.1" as string)).toBeUndefined();
    expect(mapFrom2013("5.1.1" as string)).toBeUndefined();
  });
});
