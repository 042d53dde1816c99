/**
 * Every conformity rule, tested with a document that passes (the conformant fixture) and at least one
 * that fails (a copy of it with one thing changed), each failing case with the severity expected.
 */
import { describe, expect, it } from "vitest";
import { checkConformity, conformityRules, parseIsms, type Isms, type IsmsInput } from "../../../src/index";
import { ASOF, conformantIsms } from "../_fixtures/conformantIsms";
import { resolvesIn } from "../_fixtures/resolvePointer";
import { annexA } from "./cases/annexA";
import { clause6 } from "./cases/clause6";
import { clauses4and5 } from "./cases/clauses4and5";
import { clauses7and8 } from "./cases/clauses7and8";
import { clauses9and10 } from "./cases/clauses9and10";
import { records } from "./cases/records";
import { secOps } from "./cases/secOps";
import type { RuleCase } from "./cases/RuleCase";

const cases: RuleCase[] = [...clauses4and5, ...clause6, ...clauses7and8, ...records, ...clauses9and10, ...annexA, ...secOps];
const ruleById = new Map(conformityRules.map((r) => [r.id, r]));

function run(ruleId: string, input: IsmsInput, afterParse?: (isms: Isms) => void) {
  const isms = parseIsms(input);
  afterParse?.(isms);
  const report = checkConformity(isms, { asOf: ASOF, rules: [ruleById.get(ruleId)!] });
  return { isms, report };
}

describe("the rule cases", () => {
  it("give every rule of the registry at least one failing case", () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(conformityRules.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  it("name only rules of the registry", () => {
    expect(cases.map((c) => c.rule).filter((id) => !ruleById.has(id))).toEqual([]);
  });

  it("include a major finding for every rule whose default is major", () => {
    const majors = new Set(cases.filter((c) => c.severity === "major").map((c) => c.rule));
    expect(conformityRules.filter((r) => r.severity === "major" && !majors.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

describe.each(conformityRules.map((r) => [r.id]))("%s", (id) => {
  it("passes on the conformant document", () => {
    const { report } = run(id, conformantIsms());
    expect(report.findings).toEqual([]);
    expect(report.rules).toMatchObject([{ ruleId: id, status: "passed", findingIds: [] }]);
  });

  it.each(cases.filter((c) => c.rule === id).map((c) => [c.severity, c.when, c] as const))("finds a %s when %s", (_severity, _when, c) => {
    const doc = structuredClone(conformantIsms());
    const { isms, report } = run(id, c.change(doc) ?? doc, c.afterParse);
    const messages = report.findings.map((f) => `${f.severity}: ${f.message}`);
    expect(report.rules[0]?.status, messages.join("\n")).toBe("failed");
    const found = report.findings.find((f) => f.message.includes(c.message));
    expect(found, `no finding mentions ${JSON.stringify(c.message)}:\n${messages.join("\n")}`).toBeDefined();
    expect(found?.severity).toBe(c.severity);
    for (const f of report.findings) {
      expect(f.ruleId).toBe(id);
      expect(f.refs.length, f.id).toBeGreaterThan(0);
      for (const ref of f.refs) expect(resolvesIn(isms, ref), `${f.id}: ${ref}`).toBe(true);
    }
  });
});
