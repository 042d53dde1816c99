/**
 * The grading policy is data: the default follows ISO/IEC 17021-1 practice, and every field of an
 * override changes the grades it governs — and only those.
 */
import { describe, expect, it } from "vitest";
import { checkConformity, defaultGradingPolicy, parseIsms, type GradingPolicy } from "../../src/index";
import { ASOF } from "./_fixtures/conformantIsms";
import { lapsedIsms } from "./_fixtures/lapsedIsms";
import { thrownIssues } from "../_lib/thrownIssues";

const lapsed = parseIsms(lapsedIsms());
const grade = (policy: GradingPolicy) => {
  const report = checkConformity(lapsed, { asOf: ASOF, gradingPolicy: policy });
  return Object.fromEntries(report.findings.map((f) => [f.ruleId, f.severity]));
};

describe("the grading policy", () => {
  it("is frozen by default and recorded in the report", () => {
    expect(Object.isFrozen(defaultGradingPolicy) && Object.isFrozen(defaultGradingPolicy.systemic)).toBe(true);
    expect(checkConformity(lapsed, { asOf: ASOF }).gradingPolicy).toEqual(defaultGradingPolicy);
    const mine = { ...defaultGradingPolicy, minorsPerRequirement: 5 };
    expect(checkConformity(lapsed, { asOf: ASOF, gradingPolicy: mine }).gradingPolicy).toEqual(mine);
  });

  it("grades the lapsed twin's lapses major by default", () => {
    expect(grade(defaultGradingPolicy)).toEqual({
      "5.1-leadership-shown": "ofi",
      "10.2-corrective-actions-on-time": "minor",
      "6.1.3-soa-exclusions-justified": "major",
      "6.1.3-plan-approved-by-owners": "major",
      "6.1.3-acceptance-current": "major",
      "9.3.1-review-interval": "major",
      "10.2-certification-nonconformities-corrected": "major",
    });
  });

  it("lets each field be overridden, changing only what it governs", () => {
    expect(grade({ ...defaultGradingPolicy, minorsPerRequirement: 4 })).toMatchObject({ "6.1.3-acceptance-current": "minor", "9.3.1-review-interval": "major" });
    expect(grade({ ...defaultGradingPolicy, requiredActivityAbsent: "minor" })).toMatchObject({ "9.3.1-review-interval": "minor", "6.1.3-acceptance-current": "major" });
    expect(grade({ ...defaultGradingPolicy, uncorrectedCertificationNonconformity: "minor" })).toMatchObject({ "10.2-certification-nonconformities-corrected": "minor" });
  });

  it("names, in each finding raised for a breakdown, the first finding of each other rule: a rule with many findings does not multiply them", () => {
    // Forty more risks whose residual risk someone other than the owner accepted: forty minors of one rule against 6.1.3.
    const doc = lapsedIsms() as { risks: Record<string, unknown>[] };
    const first = doc.risks[0]!;
    for (let i = 0; i < 40; i++) {
      doc.risks.push({ ...first, id: `risk-x${i}`, title: `Risk x${i}`, treatment: { option: "retain" }, acceptance: { ...(first["acceptance"] as object), acceptedById: "p-it", expiresOn: "2027-10-01" } });
    }
    // …among 130 its owner accepted: no pattern (40 of 171 is under a quarter), forty separate minors, each raised for the breakdown.
    for (let i = 0; i < 130; i++) {
      doc.risks.push({ ...first, id: `risk-y${i}`, title: `Risk y${i}`, treatment: { option: "retain" }, acceptance: { ...(first["acceptance"] as object), acceptedById: first["ownerId"], expiresOn: "2027-10-01" } });
    }
    const report = checkConformity(parseIsms(doc), { asOf: ASOF });
    const raised = report.findings.filter((f) => f.escalation?.policy === "minorsPerRequirement");
    const firstOf = new Map<string, string>();
    for (const f of raised) if (!firstOf.has(f.ruleId)) firstOf.set(f.ruleId, f.id);
    expect(raised.filter((f) => f.ruleId === "6.1.3-accepted-by-owner")).toHaveLength(40);
    expect([...firstOf.keys()]).toStrictEqual(["6.1.3-soa-exclusions-justified", "6.1.3-plan-approved-by-owners", "6.1.3-accepted-by-owner", "6.1.3-acceptance-current", "6.1.3-acceptance-authorised"]);
    for (const f of raised) {
      // the ids of the other four rules' first findings, in report order; none of its own rule's
      expect(f.escalation!.findingIds).toStrictEqual([...firstOf].filter(([rule]) => rule !== f.ruleId).map(([, id]) => id));
      expect(f.escalation!.reason).toBe("minor findings of 5 different rules against 6.1.3: a breakdown of the requirement, not an isolated lapse");
    }
  });

  it("raises a minor that repeats a certification body's nonconformity, unless told not to", () => {
    const doc = lapsedIsms() as { audits: { id: string; findings?: { clauseIds?: string[]; controlIds?: string[] }[] }[] };
    // The body's stage 2 finding was on A.5.15; make it about 9.3 instead: the late review repeats it.
    doc.audits.find((a) => a.id === "cb-s2")!.findings![0] = { ...doc.audits.find((a) => a.id === "cb-s2")!.findings![0], clauseIds: ["9.3"], controlIds: [] };
    const isms = parseIsms(doc as never);
    const relaxed = { ...defaultGradingPolicy, requiredActivityAbsent: "minor" as const };
    const repeated = checkConformity(isms, { asOf: ASOF, gradingPolicy: relaxed }).findings.find((f) => f.ruleId === "9.3.1-review-interval")!;
    expect(repeated.severity).toBe("major");
    expect(repeated.escalation).toMatchObject({ from: "minor", policy: "repeatedNonconformity", refs: ["/audits/2/findings/0"] });
    expect(repeated.escalation?.reason).toBe("9.3.1 had 1 nonconformity from the certification body in this cycle (the minor nonconformity cb-s2-f1 of the stage 2 audit of 2025-10-20): a repeated nonconformity");
    const off = checkConformity(isms, { asOf: ASOF, gradingPolicy: { ...relaxed, repeatedNonconformity: "minor" } }).findings.find((f) => f.ruleId === "9.3.1-review-interval")!;
    expect([off.severity, off.escalation]).toEqual(["minor", undefined]);
  });

  it("judges a pattern by the share and the absolute floor it is given", () => {
    const doc = lapsedIsms() as { risks: object[] };
    for (let i = 0; i < 3; i++) doc.risks.push({ id: `risk-x${i}`, title: `Extra ${i}`, assetIds: ["a-1"], inherent: { likelihood: "rare", impact: "minor" }, treatment: { option: "retain" } });
    const isms = parseIsms(doc as never);
    const owners = (policy: GradingPolicy) => checkConformity(isms, { asOf: ASOF, gradingPolicy: policy }).findings.filter((f) => f.ruleId === "6.1.2-risk-owners").map((f) => f.severity);
    expect(owners(defaultGradingPolicy)).toEqual(["major"]);
    expect(owners({ ...defaultGradingPolicy, systemic: { share: 0.25, minimumAffected: 4 } })).toEqual(["minor", "minor", "minor"]);
    expect(owners({ ...defaultGradingPolicy, systemic: { share: 0.75, minimumAffected: 3 } })).toEqual(["minor", "minor", "minor"]);
  });

  it("refuses an invalid policy, naming each problem", () => {
    expect(
      thrownIssues(() => checkConformity(lapsed, { asOf: ASOF, gradingPolicy: { ...defaultGradingPolicy, systemic: { share: 2, minimumAffected: 1 }, repeatedNonconformity: "ofi" } as never })),
    ).toEqual([
      "/options/gradingPolicy/systemic/share too_big: Too big: expected number to be <=1; found 2",
      "/options/gradingPolicy/systemic/minimumAffected too_small: Too small: expected number to be >=2; found 1",
      '/options/gradingPolicy/repeatedNonconformity invalid_value: Invalid option: expected one of "major"|"minor"; found "ofi"',
    ]);
  });
});
