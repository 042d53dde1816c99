import { describe, expect, it } from "vitest";
import { annexAControlIds, ArgumentError, assessCsfCoverage, buildStatementOfApplicability, checkConformity, parseIsms, type Isms } from "../../src/index";
import { getFrameworkMapping } from "../../src/mappings/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { EXAMPLES, exampleJson, TODAY } from "../export/oscal/_oscal";

const example = (name: (typeof EXAMPLES)[number]): Isms => parseIsms(exampleJson(name));
/** The Subcategories NIST maps to at least one Annex A control. */
const withControls = new Set(getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!.pairs.filter((p) => p.target.startsWith("A.")).map((p) => p.source));

describe("assessCsfCoverage from a Statement of Applicability", () => {
  it("covers a Subcategory when one of its mapped Annex A controls is applicable and implemented", () => {
    const isms = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      controls: [
        { id: "8.13", applicable: true, implementationStatus: "implemented" },
        { id: "5.9", applicable: true, implementationStatus: "partially-implemented" },
        { id: "7.4", applicable: false },
      ],
    });
    const coverage = assessCsfCoverage(buildStatementOfApplicability(isms));
    expect(coverage.basis).toBe("statement-of-applicability");
    expect(coverage.subcategories.filter((s) => s.covered).map((s) => [s.id, s.controlIds])).toEqual([
      ["PR.DS-01", ["8.13"]],
      ["PR.DS-11", ["8.13"]],
      ["RC.RP-03", ["8.13"]],
      ["RC.RP-06", ["8.13"]],
    ]);
    expect([coverage.covered, coverage.total, coverage.ratio]).toEqual([4, 106, 4 / 106]);
    expect(coverage.open).toHaveLength(102);
    expect(coverage.byFunction).toEqual({
      GV: { covered: 0, total: 31 },
      ID: { covered: 0, total: 21 },
      PR: { covered: 2, total: 22 },
      DE: { covered: 0, total: 11 },
      RS: { covered: 0, total: 13 },
      RC: { covered: 2, total: 8 },
    });
  });

  it("with every control implemented, covers exactly the Subcategories NIST maps to a control; clause-only ones stay open", () => {
    const isms = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "All in" },
      controls: annexAControlIds.map((id) => ({ id, applicable: true, implementationStatus: "implemented" })),
    });
    const coverage = assessCsfCoverage(buildStatementOfApplicability(isms));
    expect(coverage.covered).toBe(withControls.size);
    expect(coverage.open).toEqual(["GV.OC-01", "GV.OC-02", "GV.RM-07", "ID.RA-04", "ID.RA-08", "RC.RP-04", "RC.CO-04"]);
    expect(coverage.subcategories.find((s) => s.id === "GV.OC-01")).toMatchObject({ covered: false, mappedControlIds: [], mappedClauseIds: ["4.1", "6.1", "8.1", "8.2", "8.3"] });
  });

  it.each(EXAMPLES)("works on examples/%s.isms.json", (name) => {
    const coverage = assessCsfCoverage(buildStatementOfApplicability(example(name)));
    expect(coverage.covered + coverage.open.length).toBe(106);
    expect(coverage.covered).toBeGreaterThan(0);
  });
});

describe("assessCsfCoverage from a conformity report", () => {
  it("counts clauses too, and no control or clause with a major or minor finding", () => {
    const isms = example("saas-company");
    const report = checkConformity(isms, { asOf: TODAY });
    const coverage = assessCsfCoverage(report);
    expect(coverage.basis).toBe("conformity-report");
    const severity = new Map(report.findings.map((f) => [f.id, f.severity]));
    for (const subcategory of coverage.subcategories) {
      for (const id of subcategory.controlIds) {
        const control = report.controls.find((c) => c.controlId === id)!;
        expect(control.status).toBe("implemented");
        expect(control.findingIds.filter((f) => severity.get(f) !== "ofi")).toEqual([]);
      }
      for (const id of subcategory.clauseIds) {
        expect(["conformant", "observations"]).toContain(report.clauses.find((c) => c.clause === id)?.status);
      }
    }
    expect(coverage.subcategories.find((s) => s.id === "GV.OC-01")?.covered).toBe(true);
  });

  it("leaves a Subcategory open when its only control has a finding", () => {
    const report = checkConformity(example("startup"), { asOf: TODAY });
    const coverage = assessCsfCoverage(report);
    const blocked = report.controls.filter((c) => c.status === "implemented" && c.findingIds.some((id) => report.findings.find((f) => f.id === id)?.severity !== "ofi"));
    for (const control of blocked) {
      for (const subcategory of coverage.subcategories) expect(subcategory.controlIds).not.toContain(control.controlId);
    }
    expect(coverage.covered + coverage.open.length).toBe(106);
  });
});

describe("assessCsfCoverage", () => {
  it("rejects anything that is neither an SoA nor a report", () => {
    expect(() => assessCsfCoverage({} as never)).toThrow(ArgumentError);
    expect(() => assessCsfCoverage(null as never)).toThrow(/expected a Statement of Applicability/);
  });

  it("does not mutate its input", () => {
    const soa = deepFreeze(structuredClone(buildStatementOfApplicability(example("saas-company"))));
    const report = deepFreeze(structuredClone(checkConformity(example("saas-company"), { asOf: TODAY })));
    expect(() => [assessCsfCoverage(soa), assessCsfCoverage(report)]).not.toThrow();
  });
});
