import { describe, expect, it } from "vitest";
import { clauseIds, clauses, getClause } from "../../src/catalog/index";

describe("getClause", () => {
  it("finds every clause by id", () => {
    for (const id of clauseIds) expect(getClause(id).id).toBe(id);
    expect(getClause("6.1.3")).toBe(clauses.find((c) => c.id === "6.1.3"));
  });

  it("returns the hierarchy, assessability and documented information", () => {
    expect(getClause("9.3.2")).toMatchObject({ parent: "9.3", assessable: true });
    expect(getClause("9")).toMatchObject({ parent: null, assessable: false, title: "Performance evaluation" });
    expect(getClause("4.3").documentedInformation).toEqual(["The scope of the ISMS"]);
    expect(getClause("7.4").documentedInformation).toBeUndefined();
  });

  it("returns undefined for an unknown id", () => {
    expect(getClause("11" as string)).toBeUndefined();
    expect(getClause("A.5.1" as string)).toBeUndefined();
  });
});
