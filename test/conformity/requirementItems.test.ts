/**
 * The requirement-item coverage table: every item of clauses 4 to 10 is either checked by rules of
 * the registry or says why the data cannot show it, and every rule on a clause checks at least one item.
 */
import { describe, expect, it } from "vitest";
import { conformityRules, requirementItems } from "../../src/index";
import { clauses } from "../../src/catalog/index";

describe("requirementItems", () => {
  const ruleById = new Map(conformityRules.map((r) => [r.id, r]));

  it("has unique ids, on assessable clauses, in the standard's order", () => {
    const ids = requirementItems.map((i) => i.id);
    expect(ids.filter((id, n) => ids.indexOf(id) !== n)).toEqual([]);
    const order = new Map(clauses.map((c, n) => [c.id, n]));
    const ranks = requirementItems.map((i) => order.get(i.clause)!);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const assessable = new Set(clauses.filter((c) => c.assessable).map((c) => c.id));
    expect(requirementItems.filter((i) => !assessable.has(i.clause)).map((i) => i.id)).toEqual([]);
    expect([...assessable].filter((c) => !requirementItems.some((i) => i.clause === c))).toEqual([]);
    expect(requirementItems.filter((i) => !i.id.startsWith(i.clause)).map((i) => i.id)).toEqual([]);
  });

  it("names only rules of the registry, and either rules or the reason there are none", () => {
    expect(requirementItems.flatMap((i) => i.ruleIds.filter((id) => !ruleById.has(id)).map((id) => `${i.id}: ${id}`))).toEqual([]);
    expect(requirementItems.filter((i) => (i.ruleIds.length === 0) === (i.notCheckable === undefined)).map((i) => i.id)).toEqual([]);
  });

  it("maps every rule on a clause to an item of that clause or one its finding bears on", () => {
    const used = new Set(requirementItems.flatMap((i) => i.ruleIds));
    expect(conformityRules.filter((r) => r.clause !== undefined && !used.has(r.id)).map((r) => r.id)).toEqual([]);
    const ownClause = conformityRules.filter((r) => r.clause !== undefined && !requirementItems.some((i) => i.clause === r.clause && i.ruleIds.includes(r.id)));
    expect(ownClause.map((r) => r.id)).toEqual([]);
  });

  it("checks at least 105 items (the target of issue 13), and is frozen", () => {
    expect(requirementItems.filter((i) => i.ruleIds.length > 0).length).toBeGreaterThanOrEqual(105);
    expect(Object.isFrozen(requirementItems) && requirementItems.every((i) => Object.isFrozen(i) && Object.isFrozen(i.ruleIds))).toBe(true);
  });
});
