/**
 * Issue 13, "Done when": a certified ISMS with several lapses on one requirement, a certification-body
 * nonconformity not corrected by the body's next audit and no management review since before its last
 * surveillance audit is not ready for its next surveillance audit, each blocker naming its findings;
 * its repaired twin is ready, with no major or minor finding.
 */
import { describe, expect, it } from "vitest";
import { checkConformity, parseIsms, type IsmsInput } from "../../src/index";
import { ASOF, conformantIsms } from "./_fixtures/conformantIsms";
import { lapsedIsms } from "./_fixtures/lapsedIsms";
import { removeCollection } from "./_fixtures/removeCollection";

const check = (input: IsmsInput, asOf = ASOF) => checkConformity(parseIsms(input), { asOf });

describe("readiness for the next audit of the certification cycle", () => {
  it("is not ready for surveillance audit 2, with a blocker per requirement naming its findings", () => {
    const report = check(lapsedIsms());
    const next = report.readiness.next;
    expect([next.audit, next.due, next.ready]).toEqual(["surveillance2", "2027-11-27", false]);
    expect(next.blockers.map((b) => b.requirement)).toEqual(["6.1.3", "9.3.1", "10.2"]);
    const byId = new Map(report.findings.map((f) => [f.id, f]));
    for (const blocker of next.blockers) {
      expect(blocker.findingIds.length).toBeGreaterThan(0);
      for (const id of blocker.findingIds) expect(byId.get(id)?.severity, id).toBe("major");
    }
    const [several, review, uncorrected] = next.blockers;
    expect(several!.findingIds.map((id) => byId.get(id)!.ruleId).sort()).toEqual([
      "6.1.3-acceptance-current",
      "6.1.3-plan-approved-by-owners",
      "6.1.3-soa-exclusions-justified",
    ]);
    expect(several!.reason).toBe("minor findings of 3 different rules against 6.1.3: a breakdown of the requirement, not an isolated lapse");
    for (const id of several!.findingIds) expect(byId.get(id)!.escalation).toMatchObject({ from: "minor", policy: "minorsPerRequirement" });
    expect(review!.findingIds).toEqual(["9.3.1-review-interval@/managementReviews/0"]);
    expect(review!.reason).toContain("no management review has been held since 2025-10-01");
    expect(byId.get(review!.findingIds[0]!)!.parameters?.map((p) => [p.id, p.value, p.source])).toEqual([
      ["managementReviewIntervalMonths", 12, "organization"],
      ["plannedActivityGraceDays", 30, "default"],
    ]);
    expect(uncorrected!.findingIds).toEqual(["10.2-certification-nonconformities-corrected@/nonconformities/1"]);
    expect(uncorrected!.reason).toContain("was not corrected by the body's next audit (the surveillance audit of 2026-10-12)");
    expect(next.summary).toBe("Not ready for surveillance audit 2 (due by 2027-11-27): 3 requirements blocked — 6.1.3, 9.3.1 and 10.2.");
    expect(report.counts.requirements).toEqual({ major: 3, minor: 0 });
  });

  it("is ready on the repaired twin, with no major or minor finding", () => {
    const report = check(conformantIsms());
    expect(report.counts).toMatchObject({ major: 0, minor: 0 });
    expect(report.readiness.next).toEqual({
      audit: "surveillance2",
      due: "2027-11-27",
      plannedOn: undefined,
      ready: true,
      blockers: [],
      concerns: [],
      summary: "Ready for surveillance audit 2 (due by 2027-11-27): no major nonconformity and no open nonconformity from the certification body.",
    });
  });

  it("blocks the next audit while a certification-body nonconformity is open, even before that audit is due", () => {
    const twin = conformantIsms() as { audits: { id: string }[]; nonconformities: { id: string; status: string; closedOn?: string; effectivenessReview?: unknown }[] };
    twin.audits = twin.audits.filter((a) => a.id !== "cb-sv1");
    const nc = twin.nonconformities.find((n) => n.id === "nc-cb-1")!;
    nc.status = "in-progress";
    delete nc.closedOn;
    delete nc.effectivenessReview;
    const report = check(twin as IsmsInput);
    expect(report.counts.major).toBe(0);
    expect(report.readiness.next).toMatchObject({ audit: "surveillance1", due: "2026-11-27", ready: false });
    expect(report.readiness.next.summary).toBe("Not ready for surveillance audit 1 (overdue since 2026-11-27): 1 requirement blocked — 10.2.");
    expect(report.readiness.next.blockers).toEqual([
      {
        requirement: "10.2",
        reason: 'the minor nonconformity "Access rights review not evidenced" the certification body raised at its stage 2 audit of 2025-10-20 is still open; the body will verify its correction at its next audit',
        findingIds: ["10.2-certification-nonconformities-corrected@/nonconformities/1"],
      },
    ]);
    expect(report.readiness.stage2.ready).toBe(true);
  });

  it("names the stage 1 audit for an organisation that is not yet certified", () => {
    const doc = removeCollection(conformantIsms(), "audits", (a) => a.type !== "internal") as { organization: { certification?: unknown } };
    doc.organization.certification = { edition: "2022", status: "in-progress" };
    const report = check(doc as IsmsInput);
    expect(report.readiness.next).toMatchObject({ audit: "stage1", due: undefined, ready: true });
  });
});
