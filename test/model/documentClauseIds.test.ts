import { describe, expect, it } from "vitest";
import { DocumentSchema, documentClauseIds } from "../../src/index";

const doc = (type: string, clauseIds: string[] = []) => DocumentSchema.parse({ id: "d", title: "D", type, clauseIds });

describe("documentClauseIds", () => {
  it.each([
    ["information-security-policy", "5.2"],
    ["isms-scope", "4.3"],
    ["risk-methodology", "6.1.2"],
    ["statement-of-applicability", "6.1.3"],
    ["risk-treatment-plan", "6.1.3"],
  ])("lets a document of type %s serve clause %s", (type, clause) => {
    expect(documentClauseIds(doc(type))).toEqual([clause]);
  });

  it("keeps the clauses a document lists, each once, then adds its type's", () => {
    expect(documentClauseIds(doc("procedure", ["7.5.3", "7.5.2"]))).toEqual(["7.5.3", "7.5.2"]);
    expect(documentClauseIds(doc("isms-scope", ["4.3", "4.1"]))).toEqual(["4.3", "4.1"]);
    expect(documentClauseIds(doc("risk-methodology", ["8.2"]))).toEqual(["8.2", "6.1.2"]);
  });
});
