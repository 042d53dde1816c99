import { describe, expect, it } from "vitest";
import {
  annexAControlIds,
  checkConformity,
  clauseIds,
  ConformityRuleError,
  conformityRules,
  defineConformityRule,
  parseIsms,
  type ConformityRule,
  type Isms,
} from "../../src/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { ASOF, conformantIsms } from "./_fixtures/conformantIsms";
import { removeCollection } from "./_fixtures/removeCollection";
import { thrownIssues } from "../_lib/thrownIssues";

const minimal = () => parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const conformant = (change?: (d: any) => void) => {
  const doc = conformantIsms();
  change?.(doc);
  return parseIsms(doc);
};
const status = (isms: Isms, clause: string) => checkConformity(isms, { asOf: ASOF }).clauses.find((c) => c.clause === clause)?.status;

const rule = (over: Partial<ConformityRule> & Pick<ConformityRule, "check">): ConformityRule =>
  defineConformityRule({ id: "acme:test", clause: "7.4", title: "T", description: "D", severity: "minor", stage: 2, hint: "H", ...over } as ConformityRule);

describe("checkConformity", () => {
  it("reports every clause in the standard's order and every Annex A control, then the organisation's own", () => {
    const report = checkConformity(conformant(), { asOf: ASOF });
    expect(report.clauses.map((c) => c.clause)).toEqual([...clauseIds]);
    expect(report.controls.map((c) => c.controlId)).toEqual([...annexAControlIds, "ctl-own"]);
    expect(report.controls.at(-1)).toMatchObject({ custom: true, title: "Customer security reviews", status: "implemented" });
    expect(report.rules.map((r) => r.ruleId)).toEqual(conformityRules.map((r) => r.id));
  });

  it("finds nothing in the conformant fixture: every clause conformant, ready for both stages", () => {
    const report = checkConformity(conformant(), { asOf: ASOF });
    expect(report.counts).toEqual({ major: 0, minor: 0, ofi: 0, total: 0, requirements: { major: 0, minor: 0 } });
    expect(new Set(report.clauses.map((c) => c.status))).toEqual(new Set(["conformant"]));
    expect(report.rules.every((r) => r.status === "passed")).toBe(true);
    expect(report.readiness.stage1).toMatchObject({ ready: true, blockers: [], concerns: [] });
    expect(report.readiness.stage2).toMatchObject({ ready: true, blockers: [], concerns: [] });
  });

  it("is deterministic: the same document and asOf give the same report, a Date giving its calendar day", () => {
    const isms = parseIsms(removeCollection(conformantIsms(), "managementReviews"));
    const a = checkConformity(isms, { asOf: ASOF });
    const b = checkConformity(parseIsms(removeCollection(conformantIsms(), "managementReviews")), { asOf: new Date(2026, 10, 28) });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.asOf).toBe(ASOF);
  });

  it("does not mutate its input", () => {
    const isms = deepFreeze(parseIsms(removeCollection(conformantIsms(), "audits")));
    const before = JSON.stringify(isms);
    const rules = deepFreeze([...conformityRules]);
    expect(() => checkConformity(isms, { asOf: ASOF, rules })).not.toThrow();
    expect(JSON.stringify(isms)).toBe(before);
  });

  it("reads a document changed since an earlier run afresh, as a REPL user changes one between checks", () => {
    const isms = conformant();
    checkConformity(isms, { asOf: ASOF });
    // A risk added after the first run, accepted by someone other than its owner, and put in a plan.
    const added = structuredClone(isms.risks[0]!);
    isms.risks.push({ ...added, id: "risk-9", title: "Ninth", acceptance: { ...added.acceptance!, acceptedById: "p-it" } });
    isms.treatmentPlans[0]!.riskIds.push("risk-9");
    const again = checkConformity(isms, { asOf: ASOF });
    expect(again).toEqual(checkConformity(parseIsms(JSON.parse(JSON.stringify(isms))), { asOf: ASOF }));
    expect(again.findings.some((f) => f.refs.includes("/risks/2/acceptance/acceptedById"))).toBe(true);
  });

  it("gives findings unique, stable ids, sorted by clause, rule and data", () => {
    const report = checkConformity(minimal(), { asOf: ASOF });
    const ids = report.findings.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rank = (f: (typeof report.findings)[number]) =>
      f.clause !== undefined ? clauseIds.indexOf(f.clause) : clauseIds.length + annexAControlIds.indexOf(f.controlId as never);
    const ranks = report.findings.map(rank);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    expect(ids).toContain("4.3-scope-defined");
    expect(ids).toContain("9.3.1-management-review-held@/managementReviews");
  });

  it("gives custom rules the evidence by id and per control, a record cited twice by a control listed once", () => {
    let citedId = "";
    const isms = conformant((d) => {
      const cited = d.evidence.find((e: { controlIds?: string[] }) => !(e.controlIds ?? []).includes("5.1"));
      citedId = cited.id;
      d.controls.find((c: { id: string }) => c.id === "5.1").evidenceIds = [citedId, citedId];
    });
    const cited = isms.evidence.find((e) => e.id === citedId)!;
    const seen: unknown[] = [];
    const probe = rule({
      check: (_isms, { index }) => {
        const byControl = index.evidenceByControl.get("5.1") ?? [];
        seen.push(index.evidence.get(cited.id)?.pointer, byControl.filter((e) => e.value.id === cited.id).length, index.evidence.size);
        return [];
      },
    });
    checkConformity(isms, { asOf: ASOF, rules: [probe] });
    expect(seen).toEqual([`/evidence/${isms.evidence.indexOf(cited)}`, 1, new Set(isms.evidence.map((e) => e.id)).size]);
  });

  it("numbers findings that share a rule and a first ref", () => {
    const twice = rule({ check: () => [{ message: "one", refs: ["/people"] }, { message: "two", refs: ["/people"] }] });
    expect(checkConformity(minimal(), { asOf: ASOF, rules: [twice] }).findings.map((f) => f.id)).toEqual(["acme:test@/people", "acme:test@/people#2"]);
  });

  it("fills in the rule's severity, hint, clause and stage, and keeps a finding's own", () => {
    const mixed = rule({ check: () => [{ message: "plain", refs: [""] }, { message: "own", refs: ["/roles"], severity: "ofi", hint: "Do this." }] });
    const [plain, own] = checkConformity(minimal(), { asOf: ASOF, rules: [mixed] }).findings;
    expect(plain).toEqual({ id: "acme:test", ruleId: "acme:test", severity: "minor", clause: "7.4", stage: 2, message: "plain", refs: [""], hint: "H" });
    expect(own).toMatchObject({ severity: "ofi", hint: "Do this." });
  });

  describe("clause status", () => {
    it("is nonconformant with a major or minor finding, observations with only opportunities, conformant otherwise", () => {
      expect(status(conformant(), "4.1")).toBe("conformant");
      expect(status(conformant((d) => delete d.context.climateChange), "4.1")).toBe("nonconformant");
      expect(status(conformant((d) => delete d.context.reviewedOn), "4.1")).toBe("observations");
    });

    it("is not assessable when no rule covers the clause or every rule says the data cannot show it", () => {
      const report = checkConformity(conformant(), { asOf: ASOF, rules: [] });
      expect(new Set(report.clauses.map((c) => c.status))).toEqual(new Set(["not-assessable"]));
      const skip = rule({ check: () => ({ notAssessable: "no data" }) });
      const skipped = checkConformity(conformant(), { asOf: ASOF, rules: [skip] });
      expect(skipped.clauses.find((c) => c.clause === "7.4")).toMatchObject({ status: "not-assessable", ruleIds: ["acme:test"] });
      expect(skipped.rules).toEqual([{ ruleId: "acme:test", title: "T", clause: "7.4", status: "not-assessable", reason: "no data", findingIds: [] }]);
    });

    it("gives a heading the worst status of the clauses under it, with their findings", () => {
      const report = checkConformity(parseIsms(removeCollection(conformantIsms(), "managementReviews")), { asOf: ASOF });
      const heading = report.clauses.find((c) => c.clause === "9.3")!;
      const sub = report.clauses.find((c) => c.clause === "9.3.1")!;
      expect(heading).toMatchObject({ assessable: false, status: "nonconformant", ruleIds: [] });
      expect(heading.findingIds).toEqual(expect.arrayContaining([...sub.findingIds]));
      expect(report.clauses.find((c) => c.clause === "9")?.status).toBe("nonconformant");
      expect(report.clauses.find((c) => c.clause === "4")?.status).toBe("observations");
      expect(report.clauses.find((c) => c.clause === "8")?.status).toBe("conformant");
    });
  });

  describe("readiness", () => {
    it("blocks stage 1 with major findings of stage-1 rules and stage 2 with every major", () => {
      const report = checkConformity(parseIsms(removeCollection(conformantIsms(), "managementReviews")), { asOf: ASOF });
      expect(report.readiness.stage1.ready).toBe(false);
      expect(report.readiness.stage1.blockers).toEqual(["9.3.1-management-review-held@/managementReviews"]);
      expect(report.readiness.stage1.summary).toBe("Not ready for stage 1: 1 major finding on the documented ISMS (9.3.1).");
      expect(report.readiness.stage2.ready).toBe(false);
    });

    it("lets a major finding of a stage-2 rule block stage 2 only", () => {
      const report = checkConformity(conformant((d) => (d.trainings = [])), { asOf: ASOF });
      expect(report.findings.filter((f) => f.severity === "major").map((f) => [f.ruleId, f.stage])).toEqual([["7.3-awareness-delivered", 2]]);
      expect(report.readiness.stage1.ready).toBe(true);
      expect(report.readiness.stage2).toMatchObject({ ready: false, blockers: ["7.3-awareness-delivered@/trainings"] });
    });

    it("lists minor findings as concerns without blocking", () => {
      const report = checkConformity(conformant((d) => delete d.context.climateChange), { asOf: ASOF });
      expect(report.readiness.stage1).toMatchObject({ ready: true, blockers: [], concerns: ["4.1-climate-change-determined@/context"] });
      expect(report.readiness.stage1.summary).toContain("1 minor finding on it (4.1) to resolve before stage 2");
      expect(report.readiness.stage2).toMatchObject({ ready: true, concerns: ["4.1-climate-change-determined@/context"] });
    });
  });

  describe("per-control status", () => {
    const control = (isms: Isms, id: string) => checkConformity(isms, { asOf: ASOF }).controls.find((c) => c.controlId === id)!;

    it("tells undecided, excluded, planned, partial, unevidenced and implemented controls apart", () => {
      const isms = conformant((d) => {
        d.controls = d.controls.filter((c: { id: string }) => c.id !== "5.3");
        Object.assign(d.controls.find((c: { id: string }) => c.id === "5.4"), { applicable: null });
        Object.assign(d.controls.find((c: { id: string }) => c.id === "5.5"), { implementationStatus: "partially-implemented" });
        Object.assign(d.controls.find((c: { id: string }) => c.id === "5.6"), { implementationStatus: "not-implemented" });
        d.evidence.find((e: { id: string }) => e.id === "ev-1").validUntil = "2026-10-01";
      });
      expect(control(isms, "5.3")).toMatchObject({ status: "undecided", applicable: null });
      expect(control(isms, "5.4")).toMatchObject({ status: "undecided", applicable: null });
      expect(control(isms, "5.5").status).toBe("partially-implemented");
      expect(control(isms, "5.6").status).toBe("not-implemented");
      expect(control(isms, "7.1")).toMatchObject({ status: "not-applicable", applicable: false });
      expect(control(isms, "8.24")).toMatchObject({ status: "planned", implementationStatus: "planned" });
      expect(control(isms, "5.1")).toMatchObject({ status: "implemented", validEvidence: 1, expiredEvidence: 0 });
      expect(control(isms, "8.5")).toMatchObject({ status: "implemented", validEvidence: 1, expiredEvidence: 1 });
    });

    it("marks an implemented control with only expired evidence, and links the findings that concern it", () => {
      const isms = conformant((d) => {
        d.evidence.find((e: { id: string }) => e.id === "ev-all").controlIds = ["5.2"];
        d.evidence.push({ id: "ev-old", title: "Old review", kind: "report", controlIds: ["5.1"], collectedOn: "2025-01-01", validUntil: "2025-12-31", location: "x" });
        d.controls.find((c: { id: string }) => c.id === "5.1").evidenceIds = ["ev-old"];
      });
      const c51 = control(isms, "5.1");
      expect(c51).toMatchObject({ status: "implemented-without-evidence", validEvidence: 0, expiredEvidence: 1 });
      expect(c51.findingIds).toEqual(["8.1-evidence-current@/evidence/3"]);
    });

    it("reports against another catalog when given one", () => {
      const catalog = { controls: [{ id: "5.1", title: "Policies" }, { id: "X-1", title: "Extra" }] };
      const report = checkConformity(conformant(), { asOf: ASOF, catalog });
      expect(report.controls.slice(0, 2).map((c) => [c.controlId, c.title, c.status])).toEqual([
        ["5.1", "Policies", "implemented"],
        ["X-1", "Extra", "undecided"],
      ]);
      expect(report.controls.length).toBe(2 + 93);
    });
  });

  describe("rules of one's own", () => {
    it("run beside the built-in rules and count like them", () => {
      const owned = defineConformityRule({
        id: "acme:suppliers-owned",
        controlId: "5.19",
        title: "Suppliers have owners",
        description: "Every supplier names who manages it.",
        severity: "major",
        stage: 2,
        hint: "Name an owner.",
        check: (isms) => isms.suppliers.flatMap((s, i) => (s.ownerId === undefined ? [{ message: `supplier ${s.name} has no owner`, refs: [`/suppliers/${i}`] }] : [])),
      });
      const isms = conformant((d) => delete d.suppliers[0].ownerId);
      const report = checkConformity(isms, { asOf: ASOF, rules: [...conformityRules, owned] });
      const finding = report.findings.find((f) => f.ruleId === "acme:suppliers-owned");
      expect(finding).toMatchObject({ severity: "major", controlId: "5.19", stage: 2, id: "acme:suppliers-owned@/suppliers/0" });
      expect(report.findings.at(-1)).toBe(finding);
      expect(report.controls.find((c) => c.controlId === "5.19")?.findingIds).toContain(finding!.id);
      expect(report.readiness.stage2.blockers).toContain(finding!.id);
    });
  });

  describe("programmer errors", () => {
    it("rejects two rules with one id", () => {
      expect(() => checkConformity(minimal(), { asOf: ASOF, rules: [conformityRules[0]!, conformityRules[0]!] })).toThrow(ConformityRuleError);
      try {
        checkConformity(minimal(), { asOf: ASOF, rules: [conformityRules[0]!, conformityRules[0]!] });
      } catch (error) {
        expect((error as ConformityRuleError).issues).toEqual([
          {
            path: ["rules", 1, "id"],
            pointer: "/rules/1/id",
            code: "duplicate_id",
            message: 'duplicate rule id "4.1-issues-determined" (first used by rules[0])',
          },
        ]);
      }
    });

    it("rejects an invalid rule", () => {
      const bad = { ...conformityRules[0]!, severity: "fatal" } as unknown as ConformityRule;
      expect(() => checkConformity(minimal(), { asOf: ASOF, rules: [bad] })).toThrow(/rules\[0\]\.severity/);
    });

    it("wraps an error thrown by a rule, keeping it as the cause", () => {
      const boom = new TypeError("boom");
      const throwing = rule({
        check: () => {
          throw boom;
        },
      });
      let caught: unknown;
      try {
        checkConformity(minimal(), { asOf: ASOF, rules: [throwing] });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ConformityRuleError);
      expect((caught as Error).message).toBe('Conformity rule "acme:test" threw: 1 problem\n  check: check threw TypeError: boom');
      expect((caught as Error).cause).toBe(boom);
    });

    it("rejects malformed findings", () => {
      const malformed = rule({ check: () => [{ message: "", refs: ["risks/0"] }] as never });
      expect(() => checkConformity(minimal(), { asOf: ASOF, rules: [malformed] })).toThrow(ConformityRuleError);
      const wrong = rule({ check: () => ({ reason: "x" }) as never });
      expect(() => checkConformity(minimal(), { asOf: ASOF, rules: [wrong] })).toThrow(/notAssessable/);
    });

    it("rejects an asOf that is not a calendar date, options that are not an object and rules that are not a list, with an ArgumentError", () => {
      expect(thrownIssues(() => checkConformity(minimal(), { asOf: "2026-02-30" }))).toEqual([
        '/options/asOf invalid_format: expected a calendar date YYYY-MM-DD that exists; found "2026-02-30"',
      ]);
      expect(thrownIssues(() => checkConformity(minimal(), {} as never))).toEqual(["/options/asOf invalid_type: expected a calendar date YYYY-MM-DD or a Date; found nothing"]);
      expect(thrownIssues(() => checkConformity(minimal(), undefined as never))).toEqual(["/options/asOf invalid_type: expected a calendar date YYYY-MM-DD or a Date; found nothing"]);
      expect(thrownIssues(() => checkConformity(minimal(), "2026-06-30" as never))).toEqual(['/options invalid_type: expected an options object; found "2026-06-30"']);
      expect(thrownIssues(() => checkConformity(minimal(), { asOf: ASOF, rules: "x" as never }))).toEqual(['/options/rules invalid_type: expected a list of conformity rules; found "x"']);
    });
  });

  describe("without a risk method", () => {
    it("reports the missing method and leaves the rules that need the register not assessable", () => {
      const report = checkConformity(conformant((d) => delete d.riskMethod), { asOf: ASOF });
      expect(report.findings.filter((f) => f.clause === "6.1.2" || f.clause === "6.1.3" || f.clause === "8.2" || f.clause === "8.3").map((f) => [f.ruleId, f.severity])).toEqual([
        ["6.1.2-risk-method-defined", "major"],
      ]);
      const skipped = report.rules.filter((r) => r.status === "not-assessable").map((r) => r.ruleId);
      expect(skipped).toEqual(
        expect.arrayContaining([
          "6.1.2-acceptance-criteria",
          "6.1.2-ratings-consistent",
          "6.1.3-residual-risk-accepted",
          "6.1.3-acceptance-current",
          "8.2-assessments-at-intervals",
          "8.3-treatment-results-recorded",
        ]),
      );
      expect(report.readiness.stage1.blockers).toEqual(["6.1.2-risk-method-defined"]);
    });
  });

  it("skips the rule of an excluded or undecided control", () => {
    const report = checkConformity(
      conformant((d) => Object.assign(d.controls.find((c: { id: string }) => c.id === "5.9"), { applicable: false, justification: "No assets" })),
      { asOf: ASOF },
    );
    expect(report.rules.find((r) => r.ruleId === "A.5.9-asset-inventory")).toMatchObject({
      status: "not-assessable",
      reason: "control 5.9 is excluded from the Statement of Applicability",
    });
    expect(checkConformity(minimal(), { asOf: ASOF }).rules.find((r) => r.ruleId === "A.5.9-asset-inventory")?.reason).toBe("control 5.9 has no applicability decision");
  });

  it("grades an empty document as not established at all", () => {
    const report = checkConformity(minimal(), { asOf: ASOF });
    const majors = report.findings.filter((f) => f.severity === "major").map((f) => f.clause);
    expect(majors).toEqual(expect.arrayContaining(["4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "6.1.2", "6.1.3", "6.2", "7.5.1", "9.1", "9.2.1", "9.2.2", "9.3.1"]));
    expect(report.readiness.stage1.ready).toBe(false);
  });

  it("stays near-linear: 5,000 risks and 20,000 evidence records in a few seconds", () => {
    const people = Array.from({ length: 200 }, (_, i) => ({ id: `p-${i}`, name: `P ${i}`, topManagement: i < 3 }));
    const risks = Array.from({ length: 5000 }, (_, i) => ({
      id: `r-${i}`,
      title: `Risk ${i}`,
      ownerId: `p-${i % 200}`,
      lastAssessedOn: "2026-01-01",
      inherent: { likelihood: "likely", impact: "major" },
      residual: { likelihood: "rare", impact: "minor" },
      treatment: { option: "modify" as const, controlIds: [annexAControlIds[i % 93]!, annexAControlIds[(i * 7) % 93]!] },
      acceptance: { acceptedById: `p-${i % 200}`, acceptedOn: "2026-01-02" },
    }));
    const evidence = Array.from({ length: 20000 }, (_, i) => ({
      id: `ev-${i}`,
      title: `E ${i}`,
      kind: "record" as const,
      controlIds: [annexAControlIds[i % 93]!],
      collectedOn: "2026-01-01",
      validUntil: i % 3 ? "2027-01-01" : "2026-03-01",
      location: "x",
    }));
    const isms = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Big" },
      people,
      riskMethod: { preset: "5x5", acceptance: { maxLevel: "low" }, assessmentIntervalMonths: 12 },
      risks,
      controls: annexAControlIds.map((id, i) => ({ id, applicable: true, reasons: ["risk-treatment" as const], implementationStatus: "implemented" as const, evidenceIds: [`ev-${i}`] })),
      evidence,
      treatmentPlans: Array.from({ length: 50 }, (_, k) => ({
        id: `tp-${k}`,
        title: "Plan",
        riskIds: risks.slice(k * 100, k * 100 + 100).map((r) => r.id),
        actions: Array.from({ length: 40 }, (_, i) => ({ id: `a-${k}-${i}`, description: "d", ownerId: "p-1", dueDate: "2026-05-01", status: "open" as const })),
      })),
    });
    const start = performance.now();
    const report = checkConformity(isms, { asOf: ASOF });
    expect(performance.now() - start).toBeLessThan(5000);
    expect(report.findings.find((f) => f.ruleId === "8.3-treatment-actions-on-time")?.severity).toBe("major");
  });
});
