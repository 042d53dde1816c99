/**
 * Issue 13, "What was found": each false negative, false positive and grading fault found by judging
 * copies of the examples as an auditor would, now judged as a certification body would.
 */
import { describe, expect, it } from "vitest";
import { checkConformity, defaultGradingPolicy, parseIsms, type CheckConformityOptions, type IsmsInput } from "../../src/index";
import { EXAMPLES_TODAY, readExample } from "./_fixtures/examples";
import { removeCollection } from "./_fixtures/removeCollection";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;
const byId = (list: { id: string }[], id: string): Doc => list.find((x) => x.id === id)!;
const saas = (): Doc => readExample("saas-company.isms.json");
const check = (doc: IsmsInput, options: Partial<CheckConformityOptions> = {}) => checkConformity(parseIsms(doc), { asOf: EXAMPLES_TODAY, ...options });
const ofRule = (report: ReturnType<typeof check>, ruleId: string) => report.findings.filter((f) => f.ruleId === ruleId);
const graded = (report: ReturnType<typeof check>, ruleId: string) => ofRule(report, ruleId).map((f) => f.severity);

describe("the risk acceptance criteria are read", () => {
  it("finds a critical risk retained on its owner's word alone, against criteria reserving it to top management", () => {
    const doc = saas();
    doc.riskMethod.acceptance.authorities.push({ level: "critical", topManagement: true, maxValidityMonths: 3 });
    const risk = byId(doc.risks, "risk-16");
    Object.assign(risk, { inherent: { likelihood: "likely", impact: "severe" }, residual: { likelihood: "likely", impact: "severe" }, ownerId: "p-cs-lead" });
    risk.acceptance = { acceptedById: "p-cs-lead", acceptedOn: "2026-10-20", expiresOn: "2027-01-20" };
    const found = ofRule(check(doc), "6.1.3-acceptance-authorised");
    expect(found.map((f) => f.severity)).toEqual(["minor"]);
    expect(found[0]!.message).toContain('is retained at critical outside the acceptance criteria: it was accepted by "p-cs-lead", but only top management may accept a critical risk');
    risk.acceptance.authorisedById = "p-ceo";
    expect(ofRule(check(doc), "6.1.3-acceptance-authorised")).toEqual([]);
  });

  it("finds a high risk accepted for three years when the criteria allow six months", () => {
    const doc = saas();
    const risk = byId(doc.risks, "risk-16");
    Object.assign(risk, { residual: { likelihood: "possible", impact: "major" }, inherent: { likelihood: "possible", impact: "major" } });
    risk.acceptance = { acceptedById: "p-coo", acceptedOn: "2026-10-20", expiresOn: "2029-10-20" };
    const found = ofRule(check(doc), "6.1.3-acceptance-within-validity");
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("runs from 2026-10-20 to 2029-10-20, past 2027-04-20: the criteria allow 6 months for a high risk");
  });
});

describe("grading combines", () => {
  it("makes several minors of different rules against one requirement a major", () => {
    const doc = saas();
    byId(doc.controls, "7.1").justification = "-";
    byId(doc.controls, "7.1").applicable = false;
    byId(doc.treatmentPlans, "tp-2026-02").approvals = [];
    const report = check(doc);
    const against613 = report.findings.filter((f) => f.clause === "6.1.3" && f.severity !== "ofi");
    expect(new Set(against613.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(3);
    expect(against613.every((f) => f.severity === "major" && f.escalation?.policy === "minorsPerRequirement")).toBe(true);
    expect(check(doc, { gradingPolicy: { ...defaultGradingPolicy, minorsPerRequirement: 4 } }).findings.filter((f) => f.clause === "6.1.3" && f.severity === "major")).toEqual([]);
  });

  it("makes a certification-body nonconformity still open at the body's next audit a major", () => {
    const doc = saas();
    const nc = byId(doc.nonconformities, "nc-2025-01");
    nc.status = "in-progress";
    delete nc.closedOn;
    delete nc.effectivenessReview;
    const report = check(doc);
    expect(ofRule(report, "10.2-certification-nonconformities-corrected").map((f) => [f.severity, f.message])).toEqual([
      [
        "major",
        'the minor nonconformity "Access reviews of production AWS accounts not evidenced for Q4 2024" the certification body raised at its stage 2 audit of 2025-02-24 was not corrected by the body\'s next audit (the surveillance audit of 2026-02-17) and is still open',
      ],
    ]);
    expect(report.readiness.next.ready).toBe(false);
  });

  it("makes a minor that repeats a certification-body nonconformity of the cycle a major", () => {
    const doc = saas();
    // The surveillance audit raised a minor nonconformity on 7.2; a new lapse on 7.2 repeats it.
    byId(doc.competences, byId(doc.competences, doc.competences[0].id).id).holders[0].evidenceIds = [];
    const found = report7_2(check(doc));
    expect(found.map((f) => [f.severity, f.escalation?.policy])).toEqual([["major", "repeatedNonconformity"]]);
    expect(found[0]!.escalation?.refs).toEqual(["/audits/5/findings/0"]);
  });

  it("makes the absence of a management review within its period a major, and says which interval it used", () => {
    const doc = removeCollection(saas(), "managementReviews", (m) => m.id === "mr-2026");
    const found = ofRule(check(doc), "9.3.1-review-interval");
    expect(found.map((f) => f.severity)).toEqual(["major"]);
    expect(found[0]!.message).toContain("every 12 months (the organisation's), with 30 days (default) of slack), so the review is absent from its period");
  });

  it("readies a certified organisation for its next surveillance audit, not only for stage 1 and 2", () => {
    const report = check(saas());
    expect(report.readiness.next).toMatchObject({ audit: "surveillance2", due: "2027-03-16", plannedOn: "2027-02-16", ready: true });
  });
});

function report7_2(report: ReturnType<typeof check>) {
  return report.findings.filter((f) => f.clause === "7.2" && f.severity !== "ofi");
}

describe("and the opposite: no major from one item, no double finding", () => {
  it("does not make one unapproved treatment plan among a dozen planned risks a major", () => {
    const doc = saas();
    byId(doc.treatmentPlans, "tp-2026-01").approvals = [];
    expect(graded(check(doc), "6.1.3-plan-approved-by-owners")).toEqual(["minor"]);
  });

  it("reads a plan's many approvals as it reads a few: the owner's approval of the risk among others clears it", () => {
    const doc = saas();
    const plan = byId(doc.treatmentPlans, "tp-2026-01");
    const others = doc.people.filter((p: Doc) => !plan.approvals.some((a: Doc) => a.approvedById === p.id)).slice(0, 5);
    const given = plan.approvals;
    plan.approvals = [...others.map((p: Doc) => ({ approvedById: p.id, approvedOn: "2026-01-10" })), ...given];
    expect(plan.approvals.length).toBeGreaterThan(5);
    expect(ofRule(check(doc), "6.1.3-plan-approved-by-owners")).toEqual([]);
    plan.approvals = others.map((p: Doc) => ({ approvedById: p.id, approvedOn: "2026-01-10" }));
    expect(graded(check(doc), "6.1.3-plan-approved-by-owners")).toEqual(["minor"]);
  });

  it("gives an empty communications register one minor on 7.4 and nothing on 5.2", () => {
    const report = check(removeCollection(saas(), "communications"));
    expect(graded(report, "7.4-communication-determined")).toEqual(["minor"]);
    expect(ofRule(report, "5.2-policy-communicated")).toEqual([]);
    expect(report.rules.find((r) => r.ruleId === "5.2-policy-communicated")?.status).toBe("not-assessable");
  });

  it.each([
    ["6.2 e: an objective not communicated", (d: Doc) => Object.assign(d.objectives[0], { communicatedOn: undefined, documentIds: [] }), "6.2-objectives-communicated"],
    ["6.2 i: an objective without resources", (d: Doc) => delete d.objectives[0].resources, "6.2-objectives-planned"],
    ["6.2 l: an objective without an evaluation method", (d: Doc) => delete d.objectives[0].evaluationMethod, "6.2-objectives-planned"],
    ["9.1 f: a measurement nobody analyses", (d: Doc) => delete d.measurements[0].analystId, "9.1-measurement-plan"],
    ["9.2.2 a: an audit without criteria", (d: Doc) => delete byId(d.audits, "aud-2026-ia-a").criteria, "9.2.2-audit-criteria-scope"],
    ["10.2 a: a nonconformity without a reaction", (d: Doc) => delete byId(d.nonconformities, "nc-2025-02").reaction, "10.2-reaction-and-root-cause"],
  ])("grades a lapse of a 'shall' as minor, not as an opportunity — %s", (_what, change, ruleId) => {
    const doc = saas();
    change(doc);
    expect(graded(check(doc), ruleId)).toEqual(["minor"]);
  });
});

describe("the organisation's own parameters", () => {
  it("finds no lapse in a high vulnerability open 100 days under the organisation's 120-day target", () => {
    const doc = saas();
    doc.parameters.vulnerabilityRemediationDays.high = 120;
    Object.assign(byId(doc.vulnerabilities, "v-01"), { status: "open", identifiedOn: "2026-08-20" });
    expect(ofRule(check(doc), "A.8.8-vulnerabilities-handled").map((f) => f.message)).not.toContainEqual(expect.stringContaining("v1"));
    expect(ofRule(check(doc), "A.8.8-vulnerabilities-handled").some((f) => f.message.includes("Legacy admin console"))).toBe(false);
    doc.parameters.vulnerabilityRemediationDays.high = 90;
    const late = ofRule(check(doc), "A.8.8-vulnerabilities-handled").find((f) => f.message.includes("Legacy admin console"))!;
    expect(late.message).toContain("(100 days; remediation target 90 days (the organisation's))");
    expect(late.parameters).toEqual([{ id: "vulnerabilityRemediationDays.high", value: 90, unit: "days", source: "organization" }]);
  });

  it("finds an organisation with a six-month review cycle late", () => {
    const doc = saas();
    doc.parameters.managementReviewIntervalMonths = 6;
    expect(graded(check(doc), "9.3.1-review-interval")).toEqual(["major"]);
  });
});

describe("justifications are read", () => {
  it.each(["N/A", "-", "tbd"])("does not take %j for the justification of an exclusion", (text) => {
    const doc = saas();
    Object.assign(byId(doc.controls, "7.4"), { applicable: false, reasons: [], justification: text });
    expect(ofRule(check(doc), "6.1.3-soa-exclusions-justified").map((f) => f.message)).toEqual([`control 7.4 is excluded with ${JSON.stringify(text)}, a placeholder rather than a justification`]);
  });

  it("does not take best practice alone for the reason of an inclusion", () => {
    const doc = saas();
    Object.assign(byId(doc.controls, "7.4"), { reasons: ["best-practice"], justification: undefined });
    expect(ofRule(check(doc), "6.1.3-soa-inclusions-justified").map((f) => f.message)).toEqual(["control 7.4 is included only as best practice, with no justification of why the organisation needs it"]);
  });

  it("raises excluding 8.8 while critical vulnerabilities are open, instead of skipping its checks", () => {
    const doc = saas();
    Object.assign(byId(doc.controls, "8.8"), { applicable: false, reasons: [], justification: "Handled by our cloud provider" });
    byId(doc.vulnerabilities, "v-03").status = "open";
    const report = check(doc);
    expect(ofRule(report, "6.1.3-exclusions-consistent").map((f) => f.message)).toEqual([
      "control 8.8 is excluded from the Statement of Applicability, but 1 open technical vulnerability is recorded (v-03)",
    ]);
    expect(report.rules.find((r) => r.ruleId === "A.8.8-vulnerabilities-handled")?.status).toBe("not-assessable");
  });

  it("raises excluding 5.24 to 5.27 while incidents are recorded", () => {
    const doc = saas();
    for (const id of ["5.24", "5.25", "5.26", "5.27"]) Object.assign(byId(doc.controls, id), { applicable: false, reasons: [], justification: "Our hosting provider handles incidents" });
    expect(ofRule(check(doc), "6.1.3-exclusions-consistent").map((f) => f.controlId)).toEqual(["5.24", "5.25", "5.26", "5.27"]);
  });
});

describe("a document's type is documented information for its clause", () => {
  it("takes an approved document of type isms-scope as the documented scope", () => {
    const doc = saas();
    delete doc.scope.documentId;
    Object.assign(byId(doc.documents, "doc-scope"), { type: "isms-scope", clauseIds: [] });
    expect(ofRule(check(doc), "4.3-scope-documented")).toEqual([]);
  });

  it("takes an approved document of type statement-of-applicability as the documented SoA", () => {
    const doc = saas();
    for (const d of doc.documents) {
      d.clauseIds = (d.clauseIds ?? []).filter((c: string) => c !== "6.1.3");
      if (d.type === "risk-treatment-plan") d.type = "plan";
    }
    expect(graded(check(doc), "6.1.3-soa-documented")).toEqual(["minor"]);
    byId(doc.documents, "doc-soa").type = "statement-of-applicability";
    expect(ofRule(check(doc), "6.1.3-soa-documented")).toEqual([]);
  });
});

describe("false positives", () => {
  it("reads an audit scope given as the whole ISMS, and does not list clauses it cannot see in a scope written in words", () => {
    const doc = saas();
    for (const p of doc.auditProgramme.plannedAudits) p.scope = { description: "Clauses 4 to 10 and every applicable Annex A control" };
    for (const a of doc.audits.filter((x: { type: string }) => x.type === "internal")) a.scope = { description: "Clauses 4 to 10 and every applicable Annex A control" };
    expect(graded(check(doc), "9.2.2-programme-covers-clauses")).toEqual(["ofi"]);
    expect(graded(check(doc), "9.2.2-programme-covers-controls")).toEqual(["ofi"]);
    doc.auditProgramme.plannedAudits[0].scope = { allClauses: true, allApplicableControls: true };
    expect(ofRule(check(doc), "9.2.2-programme-covers-clauses")).toEqual([]);
    expect(ofRule(check(doc), "9.2.2-programme-covers-controls")).toEqual([]);
  });

  it("takes an independent internal audit function for the independent review of 5.35", () => {
    const doc = removeCollection(saas(), "audits", (a) => a.type !== "internal") as Doc;
    for (const a of doc.audits) delete a.externalAuditor;
    byId(doc.people, "p-ia").external = false;
    const audit = byId(doc.audits, "aud-2026-ia-b");
    audit.auditorIds = ["p-ia"];
    expect(ofRule(check(doc), "A.5.35-independent-review")).toEqual([]);
    audit.auditorIds = ["p-ciso"];
    byId(doc.audits, "aud-2026-ia-a").auditorIds = ["p-ciso"];
    expect(graded(check(doc), "A.5.35-independent-review")).toEqual(["minor"]);
  });

  it("does not ask a fully remote organisation for a physical boundary", () => {
    const doc = saas();
    doc.scope.boundaries.physical = [];
    expect(graded(check(doc), "4.3-scope-boundaries")).toEqual(["minor"]);
    doc.scope.boundaries.fullyRemote = true;
    expect(ofRule(check(doc), "4.3-scope-boundaries")).toEqual([]);
  });

  it("files the periodic review of policies under A.5.1, not 5.2", () => {
    const doc = saas();
    byId(doc.documents, "doc-isp").lastReviewedOn = "2025-06-01";
    byId(doc.documents, "doc-isp").approval.approvedOn = "2025-06-01";
    byId(doc.documents, "doc-isp").publishedOn = "2025-06-02";
    const found = check(doc).findings.filter((f) => f.message.includes('"Information Security Policy" was due for review'));
    expect(found.map((f) => f.ruleId)).toEqual(["A.5.1-policies-reviewed"]);
  });

  it("asks 6.3 for a planned, approved change, not for its purpose and consequences", () => {
    const doc = saas();
    for (const c of doc.changes) delete c.purpose;
    expect(check(doc).findings.filter((f) => f.ruleId === "6.3-changes-controlled" && /purpose|consequences/.test(f.message))).toEqual([]);
  });
});

describe("false negatives", () => {
  it("finds an implemented change that names no risk", () => {
    const doc = saas();
    byId(doc.changes, "chg-01").riskIds = [];
    expect(ofRule(check(doc), "8.2-reassessed-after-change").map((f) => f.severity)).toEqual(["minor"]);
  });

  it("finds a management review without minutes", () => {
    const doc = saas();
    delete byId(doc.managementReviews, "mr-2026").minutesDocumentId;
    expect(graded(check(doc), "9.3.3-review-minutes")).toEqual(["minor"]);
  });

  it("finds objectives held in no document", () => {
    const doc = saas();
    byId(doc.documents, "doc-objectives").clauseIds = [];
    for (const o of doc.objectives) o.documentIds = [];
    expect(graded(check(doc), "6.2-objectives-documented")).toEqual(["minor"]);
  });

  it("finds a policy that states neither commitment (5.2 c, d), and one not available to interested parties (5.2 g)", () => {
    const doc = saas();
    const policy = byId(doc.documents, "doc-isp");
    policy.policyStatement.commitments = [];
    policy.classification = "internal";
    const report = check(doc);
    expect(ofRule(report, "5.2-policy-content")[0]?.message).toContain("a commitment to satisfy applicable requirements (c) and a commitment to continual improvement (d)");
    expect(graded(report, "5.2-policy-available")).toEqual(["minor"]);
  });

  it("finds top management communicating nothing (5.1 d)", () => {
    const doc = saas();
    for (const c of doc.communications) if (byId(doc.people, c.communicatorId)?.topManagement) c.communicatorId = "p-ciso";
    expect(ofRule(check(doc), "5.1-leadership-shown")[0]?.message).toBe("the data does not show top management communicating the importance of information security (d)");
  });

  it("records and checks opportunities (6.1.1)", () => {
    expect(graded(check(removeCollection(saas(), "opportunities")), "6.1.1-opportunities-determined")).toEqual(["minor"]);
    const doc = saas();
    delete byId(doc.opportunities, "opp-01").evaluation;
    expect(graded(check(doc), "6.1.1-opportunity-actions")).toEqual(["minor"]);
  });
});
