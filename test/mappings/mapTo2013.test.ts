import { describe, expect, it } from "vitest";
import { annexAControlIds } from "../../src/catalog/index";
import { mapFrom2013, mapTo2013 } from "../../src/mappings/index";

describe("mapTo2013", () => {
  it("agrees with mapFrom2013 in both directions", () => {
    for (const id of annexAControlIds) {
      for (const source of mapTo2013(id)) expect(mapFrom2013(source), `${id} ← ${source}`).toContain(id);
    }
  });

  it("returns an empty list for the controls new in 2022", () => {
    expect(mapTo2013("5.7")).toEqual([]);
    expect(mapTo2013("8.28")).toEqual([]);
  });

  it("lists the 2013 controls merged into one 2022 control, in 2013 order", () => {
    expect(mapTo2013("8.1")).toEqual(["A.6.2.1", "A.11.2.8"]);
    expect(mapTo2013("8.8")).toEqual(["A.12.6.1", "A.18.2.3"]);
  });

  it("returns undefined for an unknown id", () => {
    expect(mapTo2013("A.5.1.1" as string)).toBeUndefined();
    expect(mapTo2013("9.9" as string)).toBeUndefined();
  });
});
