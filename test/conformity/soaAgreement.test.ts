/**
 * The Statement of Applicability and the conformity rules judge a control's selection the same way:
 * both read it from one place (`treatment/_lib/controlSelection.ts`, through the SoA rows). These
 * tests pin the two cases that used to disagree, and check on generated documents that every SoA
 * problem about selection and justification is exactly what the 6.1.3 rules raise.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexAControlIds, buildStatementOfApplicability, checkConformity, conformityRules, parseIsms, type IsmsInput } from "../../src/index";

const ASOF = "2026-11-28";
const rules = ["6.1.3-soa-agrees-with-requirements", "6.1.3-soa-agrees-with-treatment", "6.1.3-soa-inclusions-justified", "6.1.3-soa-exclusions-justified"];
const soaRules = conformityRules.filter((r) => rules.includes(r.id));

function judge(input: IsmsInput) {
  const isms = parseIsms(input);
  const soa = buildStatementOfApplicability(isms);
  const report = checkConformity(isms, { asOf: ASOF, rules: soaRules });
  const problems = (code: string) => soa.rows.filter((row) => row.problems.some((p) => p.code === code)).map((row) => row.controlId);
  return { soa, report, problems };
}

const base = {
  schemaVersion: "1.0",
  organization: { name: "Acme" },
  people: [{ id: "p-1", name: "Ada" }],
  interestedParties: [
    {
      id: "ip-1",
      kind: "external",
      name: "Customers",
      requirements: [{ id: "req-dpa", description: "Data processing agreement", type: "contractual", addressedThroughIsms: true, controlIds: ["5.34"] }],
    },
  ],
};

describe("the SoA and the 6.1.3 rules agree", () => {
  it("on an excluded control that its own record says a requirement calls for", () => {
    const { soa, report, problems } = judge({
      ...base,
      interestedParties: [{ id: "ip-1", name: "Regulator", kind: "external", requirements: [{ id: "req-law", description: "Keep records", type: "legal", addressedThroughIsms: false }] }],
      controls: [{ id: "5.33", applicable: false, justification: "We keep no records", requirementIds: ["req-law"] }],
    } as IsmsInput);
    expect(problems("excluded-but-selected")).toEqual(["5.33"]);
    expect(soa.rows.find((r) => r.controlId === "5.33")?.selectingRequirementIds).toEqual(["req-law"]);
    const found = report.findings.filter((f) => f.ruleId === "6.1.3-soa-agrees-with-requirements");
    expect(found.map((f) => [f.controlId, f.severity, f.message, f.refs])).toEqual([
      ["5.33", "minor", 'control 5.33 is excluded from the Statement of Applicability but addresses req-law', ["/controls/0", "/controls/0/requirementIds"]],
    ]);
  });

  it("on a control whose only reason for inclusion is the risk that selects it", () => {
    const { soa, report, problems } = judge({
      ...base,
      risks: [{ id: "r-1", title: "Account takeover", ownerId: "p-1", treatment: { option: "modify", controlIds: ["8.5", "5.17"] } }],
      controls: [
        { id: "8.5", applicable: true, implementationStatus: "implemented" },
        { id: "5.17", applicable: true, implementationStatus: "implemented" },
        { id: "5.15", applicable: true, implementationStatus: "implemented" },
      ],
    } as IsmsInput);
    expect(soa.rows.find((r) => r.controlId === "8.5")?.derivedReasons).toEqual(["risk-treatment"]);
    expect(problems("missing-justification")).toEqual(["5.15"]);
    const found = report.findings.filter((f) => f.ruleId === "6.1.3-soa-inclusions-justified");
    expect(found.map((f) => [f.controlId, f.message])).toEqual([["5.15", "control 5.15 is included without a reason or a justification"]]);
  });

  it("on every generated document: the controls the SoA flags are the controls the rules name (property)", () => {
    const controlIds = ["5.1", "5.15", "5.17", "5.34", "8.5", "8.13", "8.24"];
    const arbitraryDoc = fc
      .record({
        risks: fc.array(fc.record({ open: fc.boolean(), controls: fc.subarray(controlIds) }), { maxLength: 4 }),
        requirements: fc.array(
          fc.record({
            type: fc.constantFrom("legal", "regulatory", "contractual", "other"),
            addressed: fc.boolean(),
            relevant: fc.boolean(),
            controls: fc.subarray(controlIds),
          }),
          { maxLength: 4 },
        ),
        controls: fc.array(
          fc.record({
            id: fc.constantFrom(...controlIds),
            applicable: fc.constantFrom(true, false, null),
            reasons: fc.subarray(["business", "best-practice"] as const),
            justification: fc.constantFrom(undefined, "", "  ", "Required by our cloud platform"),
            requirementIndex: fc.option(fc.nat(3), { nil: undefined }),
          }),
          { maxLength: 7 },
        ),
      })
      .map(({ risks, requirements, controls }) => {
        const requirementIds = requirements.map((_, i) => `req-${i}`);
        const seen = new Set<string>();
        return {
          ...base,
          interestedParties: requirements.map((r, i) => ({
            id: `ip-${i}`,
            name: `Party ${i}`,
            kind: "external",
            relevant: r.relevant,
            requirements: [{ id: requirementIds[i]!, description: "x", type: r.type, addressedThroughIsms: r.addressed, controlIds: r.controls }],
          })),
          risks: risks.map((r, i) => ({ id: `r-${i}`, title: `Risk ${i}`, ownerId: "p-1", status: r.open ? "open" : "closed", treatment: { option: "modify", controlIds: r.controls } })),
          controls: controls
            .filter((c) => !seen.has(c.id) && seen.add(c.id))
            .map((c) => ({
              id: c.id,
              applicable: c.applicable,
              reasons: c.reasons,
              ...(c.justification === undefined ? {} : { justification: c.justification }),
              ...(c.requirementIndex !== undefined && requirementIds[c.requirementIndex] ? { requirementIds: [requirementIds[c.requirementIndex]!] } : {}),
              ...(c.applicable === true ? { implementationStatus: "implemented" } : {}),
            })),
        } as IsmsInput;
      });
    fc.assert(
      fc.property(arbitraryDoc, (doc) => {
        const { soa, report } = judge(doc);
        const named = (ruleId: string) =>
          [...new Set(report.findings.filter((f) => f.ruleId === ruleId && f.severity !== "ofi").flatMap((f) => f.refs.filter((r) => /^\/controls\/\d+$/.test(r))))]
            .map((ref) => doc.controls![Number(ref.split("/")[2])]!.id)
            .sort();
        const flagged = (applicable: boolean | null, code: string, also: (row: (typeof soa.rows)[number]) => boolean = () => true) =>
          soa.rows.filter((row) => row.applicable === applicable && row.problems.some((p) => p.code === code) && also(row)).map((row) => row.controlId).sort();
        expect(named("6.1.3-soa-agrees-with-treatment")).toEqual(flagged(false, "excluded-but-selected", (row) => row.riskIds.length > 0));
        expect(named("6.1.3-soa-agrees-with-requirements")).toEqual(flagged(false, "excluded-but-selected", (row) => row.selectingRequirementIds.length > 0));
        expect(named("6.1.3-soa-inclusions-justified")).toEqual(flagged(true, "missing-justification"));
        expect(named("6.1.3-soa-exclusions-justified")).toEqual(flagged(false, "missing-justification"));
      }),
      { numRuns: 150 },
    );
    expect(annexAControlIds).toContain("8.24");
  });
});
