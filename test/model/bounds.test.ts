/**
 * Every number and date a document holds is bounded by what makes sense, so that whatever parseIsms
 * accepts, the rest of the pipeline can compute with (an interval of 1e9 months, a year 10000 or a
 * 1000 × 1000 matrix used to pass and then crash or hang what came after).
 */
import { describe, expect, it } from "vitest";
import { assessRisks, checkConformity, defineRiskMatrix, parseIsms, safeParseIsms, summarizeTreatmentPlans } from "../../src/index";
import { thrownIssues } from "../_lib/thrownIssues";
import { smallIsms } from "../fixtures/smallIsms";

function withChange(change: (doc: any) => void): any {
  const doc = smallIsms() as any;
  change(doc);
  return doc;
}

/** The issues of a document, as `pointer code` strings. */
function problems(input: unknown): string[] {
  const result = safeParseIsms(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.pointer} ${i.code}`);
}

const scale = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, label: `${prefix.toUpperCase()} ${i}` }));

describe("intervals in months", () => {
  const places: [string, (doc: any, months: number) => void][] = [
    ["/riskMethod/assessmentIntervalMonths", (d, m) => (d.riskMethod.assessmentIntervalMonths = m)],
    ["/riskMethod/acceptance/validityMonths", (d, m) => (d.riskMethod.acceptance.validityMonths = m)],
    ["/documents/0/reviewIntervalMonths", (d, m) => (d.documents[0].reviewIntervalMonths = m)],
    ["/suppliers/0/assessmentIntervalMonths", (d, m) => (d.suppliers[0].assessmentIntervalMonths = m)],
    ["/measurements/0/intervalMonths", (d, m) => (d.measurements[0].intervalMonths = m)],
  ];

  it.each(places)("%s is at most 120 months", (pointer, set) => {
    expect(problems(withChange((d) => set(d, 120)))).toEqual([]);
    expect(problems(withChange((d) => set(d, 121)))).toEqual([`${pointer} too_big`]);
    expect(problems(withChange((d) => set(d, 1e9)))).toEqual([`${pointer} too_big`]);
  });

  it("at the largest, still give a register, a plan summary and a report", () => {
    const isms = parseIsms(withChange((d) => places.forEach(([, set]) => set(d, 120))));
    expect(assessRisks(isms, { asOf: "2999-12-31" }).entries[0]?.assessment.dueOn).toBe("2036-02-01");
    expect(summarizeTreatmentPlans(isms, { asOf: "2999-12-31" }).totals.plans).toBe(1);
    const report = checkConformity(isms, { asOf: "2999-12-31" });
    expect(report.findings.filter((f) => f.message.includes("rule threw"))).toEqual([]);
  });
});

describe("dates", () => {
  it.each(["1899-12-31", "3000-01-01", "0000-01-15", "9999-12-01"])("outside 1900–2999 are rejected (%s)", (day) => {
    const issues = safeParseIsms(withChange((d) => (d.evidence[0].collectedOn = day)));
    expect(issues.success).toBe(false);
    if (issues.success) return;
    expect(issues.error.issues.map((i) => `${i.pointer} ${i.message}`)).toEqual([`/evidence/0/collectedOn expected a year from 1900 to 2999; found "${day}"`]);
  });

  it("at the edges are accepted", () => {
    expect(problems(withChange((d) => (d.evidence[0].collectedOn = "1900-01-01")))).toEqual([]);
    expect(problems(withChange((d) => Object.assign(d.evidence[0], { collectedOn: "2999-12-31", validUntil: "2999-12-31" })))).toEqual([]);
  });
});

describe("risk matrices", () => {
  it("have at most 20 likelihood steps, impact steps and levels", () => {
    const matrix = (n: number) => ({
      id: `m${n}`,
      likelihood: scale(n, "l"),
      impact: scale(n, "i"),
      levels: scale(n, "v"),
      grid: Array.from({ length: n }, (_, l) => Array.from({ length: n }, (_, i) => Math.min(n - 1, Math.max(l, i)))),
    });
    expect(defineRiskMatrix(matrix(20)).grid.length).toBe(20);
    expect(thrownIssues(() => defineRiskMatrix(matrix(21)), "RiskMethodError").map((line) => line.split(":")[0])).toEqual([
      "/likelihood too_big",
      "/impact too_big",
      "/levels too_big",
      "/grid too_big",
    ]);
    const huge = problems(withChange((d) => (d.riskMethod = { matrix: matrix(1000) })));
    expect(huge).toEqual(
      expect.arrayContaining(["/riskMethod/matrix/likelihood too_big", "/riskMethod/matrix/impact too_big", "/riskMethod/matrix/levels too_big"]),
    );
  });
});

describe("other numbers", () => {
  it.each([
    ["/organization/employees", (d: any) => (d.organization.employees = 1e12)],
    ["/measurements/0/results/0/value", (d: any) => (d.measurements[0].results[0].value = 1e300)],
    ["/riskMethod/matrix/likelihood/0/value", (d: any) => (d.riskMethod = { matrix: { id: "m", likelihood: [{ id: "a", label: "A", value: 1e300 }], impact: [{ id: "b", label: "B" }], levels: [{ id: "c", label: "C" }], grid: [[0]] } })],
  ])("%s is bounded", (pointer, change) => {
    expect(problems(withChange(change))).toContain(`${pointer} too_big`);
  });
});
