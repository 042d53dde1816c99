import { describe, expect, it } from "vitest";
import { annexAControlIds, clauseIds, conformityRules } from "../../src/index";
import { ruleIssues } from "../../src/conformity/_lib/validateRule";
import { clauses } from "../../src/catalog/index";

/** The requirements issue 6 asks a rule for, at least. */
const REQUIRED_CLAUSES = [
  "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3", "7.1", "7.2", "7.3", "7.4",
  "7.5.1", "7.5.2", "7.5.3", "8.1", "8.2", "8.3", "9.1", "9.2.1", "9.2.2", "9.3.1", "9.3.2", "9.3.3", "10.1", "10.2",
];

describe("conformityRules", () => {
  it("holds at least 60 rules, frozen", () => {
    expect(conformityRules.length).toBeGreaterThanOrEqual(60);
    expect(Object.isFrozen(conformityRules)).toBe(true);
    expect(conformityRules.filter((r) => !Object.isFrozen(r)).map((r) => r.id)).toEqual([]);
  });

  it("has valid rules with unique ids", () => {
    expect(conformityRules.flatMap((r) => ruleIssues(r).map((i) => `${r.id}: ${i.message}`))).toEqual([]);
    const ids = conformityRules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("names every rule after its clause or Annex A control", () => {
    const wrong = conformityRules.filter((r) => {
      const prefix = r.clause !== undefined ? `${r.clause}-` : `A.${r.controlId}-`;
      return !r.id.startsWith(prefix) || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.id.slice(prefix.length));
    });
    expect(wrong.map((r) => r.id)).toEqual([]);
  });

  it("lists the rules in the standard's order: clauses 4 to 10, then Annex A", () => {
    const rank = (r: (typeof conformityRules)[number]) =>
      r.clause !== undefined ? clauseIds.indexOf(r.clause) : clauseIds.length + annexAControlIds.indexOf(r.controlId);
    const ranks = conformityRules.map(rank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });

  it("has a rule for every assessable requirement", () => {
    const covered = new Set(conformityRules.map((r) => r.clause));
    expect(REQUIRED_CLAUSES.filter((c) => !covered.has(c as never))).toEqual([]);
    expect(clauses.filter((c) => c.assessable && !covered.has(c.id)).map((c) => c.id)).toEqual([]);
  });

  it("puts rules only on assessable clauses", () => {
    const headings = new Set(clauses.filter((c) => !c.assessable).map((c) => c.id));
    expect(conformityRules.filter((r) => r.clause !== undefined && headings.has(r.clause)).map((r) => r.id)).toEqual([]);
  });

  it("gives every rule a distinct title and a description that ends its sentence", () => {
    const titles = conformityRules.map((r) => r.title);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(conformityRules.filter((r) => !/[.)]$/.test(r.description) || !/[.)]$/.test(r.hint)).map((r) => r.id)).toEqual([]);
  });

  it("makes Annex A rules stage-2 rules", () => {
    expect(conformityRules.filter((r) => r.controlId !== undefined && r.stage !== 2).map((r) => r.id)).toEqual([]);
  });
});
