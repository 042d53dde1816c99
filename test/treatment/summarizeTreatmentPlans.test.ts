import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessRisks, parseIsms, RiskMethodError, type IsmsInput } from "../../src/index";
import { summarizeTreatmentPlans } from "../../src/treatment/summarizeTreatmentPlans";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { doc, loadExample } from "./_helpers/documents";
import { thrownIssues } from "../_lib/thrownIssues";

const method = { preset: "5x5", acceptance: { maxLevel: "low" } } as const;

function planDocument(extra: Partial<IsmsInput> = {}) {
  return doc({
    riskMethod: method,
    risks: [
      {
        id: "r-1",
        title: "Ransomware",
        ownerId: "p-1",
        inherent: { likelihood: "likely", impact: "severe" },
        residual: { likelihood: "possible", impact: "major" },
        treatment: { option: "modify", controlIds: ["8.13"], targetResidual: { likelihood: "rare", impact: "moderate" } },
      },
      { id: "r-2", title: "Phishing", ownerId: "p-2", treatment: { option: "modify", controlIds: ["6.3"] } },
      { id: "r-3", title: "Unowned", treatment: { option: "modify", controlIds: ["5.1"] } },
      { id: "r-4", title: "Retained", ownerId: "p-1", treatment: { option: "retain" } },
      { id: "r-5", title: "Closed", ownerId: "p-1", status: "closed", treatment: { option: "modify", controlIds: ["5.1"] } },
      { id: "r-6", title: "Untreated", ownerId: "p-2" },
      { id: "r-7", title: "Shared", ownerId: "p-2", treatment: { option: "share", sharedWith: "Insurer" } },
    ],
    treatmentPlans: [
      {
        id: "tp-1",
        title: "Backups and awareness",
        riskIds: ["r-1", "r-2", "r-3"],
        ownerId: "p-1",
        actions: [
          { id: "a-1", description: "Overdue and open", dueDate: "2026-11-01", status: "open" },
          { id: "a-2", description: "Overdue and in progress", dueDate: "2026-10-01", status: "in-progress" },
          { id: "a-3", description: "Due today", dueDate: "2026-11-28", status: "open" },
          { id: "a-4", description: "Due in 30 days", dueDate: "2026-12-28", status: "open" },
          { id: "a-5", description: "Due in 31 days", dueDate: "2026-12-29", status: "open" },
          { id: "a-6", description: "Done though past due", dueDate: "2026-01-01", status: "done", completedOn: "2026-01-01" },
          { id: "a-7", description: "Cancelled", dueDate: "2026-01-01", status: "cancelled" },
          { id: "a-8", description: "No due date", status: "open" },
        ],
        approvals: [
          { approvedById: "p-1", approvedOn: "2026-09-01" },
          { approvedById: "p-1", approvedOn: "2026-10-01", riskIds: ["r-1"] },
          { approvedById: "p-2", approvedOn: "2026-09-02", riskIds: ["r-1"] },
        ],
      },
    ],
    ...extra,
  });
}

describe("summarizeTreatmentPlans", () => {
  const summary = summarizeTreatmentPlans(planDocument(), { asOf: "2026-11-28" });
  const plan = summary.plans[0]!;

  it("counts progress over the actions that are not cancelled", () => {
    expect(plan.progress).toEqual({ total: 7, done: 1, inProgress: 1, open: 5, cancelled: 1, ratio: 1 / 7 });
    expect(plan.status).toBe("in-progress");
    expect(plan.pointer).toBe("/treatmentPlans/0");
  });

  it("lists overdue actions, most overdue first, and upcoming ones within the window", () => {
    expect(plan.overdueActions.map((a) => [a.actionId, a.days, a.pointer])).toEqual([
      ["a-2", 58, "/treatmentPlans/0/actions/1"],
      ["a-1", 27, "/treatmentPlans/0/actions/0"],
    ]);
    expect(plan.upcomingActions.map((a) => [a.actionId, a.days])).toEqual([
      ["a-3", 0],
      ["a-4", 30],
    ]);
    expect(plan.actionsWithoutDueDate).toEqual(["a-8"]);
    const wider = summarizeTreatmentPlans(planDocument(), { asOf: "2026-11-28", upcomingDays: 31 }).plans[0]!;
    expect(wider.upcomingActions.map((a) => a.actionId)).toEqual(["a-3", "a-4", "a-5"]);
    const none = summarizeTreatmentPlans(planDocument(), { asOf: "2026-11-28", upcomingDays: 0 }).plans[0]!;
    expect(none.upcomingActions.map((a) => a.actionId)).toEqual(["a-3"]);
  });

  it("tells for each risk owner whether they approved the plan for their risks", () => {
    expect(plan.risks.map((r) => [r.riskId, r.ownerId, r.approved, r.approvedOn])).toEqual([
      ["r-1", "p-1", true, "2026-10-01"],
      ["r-2", "p-2", false, undefined],
      ["r-3", undefined, false, undefined],
    ]);
    expect(plan.approvals).toEqual([
      { ownerId: "p-1", riskIds: ["r-1"], approved: true, approvedOn: "2026-10-01", pendingRiskIds: [] },
      { ownerId: "p-2", riskIds: ["r-2"], approved: false, approvedOn: undefined, pendingRiskIds: ["r-2"] },
    ]);
    expect(plan.unownedRiskIds).toEqual(["r-3"]);
    expect(plan.approvedByAllOwners).toBe(false);
  });

  it("projects the residual rating once the plan is complete, on the document's method", () => {
    const [r1, r2] = plan.risks;
    expect(r1?.residual).toEqual({ likelihood: "possible", impact: "major", level: "high", levelIndex: 2 });
    expect(r1?.projectedResidual).toEqual({ likelihood: "rare", impact: "moderate", level: "low", levelIndex: 0 });
    expect(r1?.projectedMeetsAcceptanceCriteria).toBe(true);
    expect(r2?.projectedResidual).toBeUndefined();
    expect(r2?.projectedMeetsAcceptanceCriteria).toBeUndefined();
    // The same scores as the risk register.
    const entry = assessRisks(planDocument(), { asOf: "2026-11-28" }).entries[0];
    expect(r1?.projectedResidual).toEqual(entry?.target);
  });

  it("scores with another method when asked, and leaves projections out without any method", () => {
    const isms = planDocument({
      riskMethod: undefined,
      risks: [{ id: "r-1", title: "R", ownerId: "p-1", treatment: { option: "modify", controlIds: ["8.13"], targetResidual: { likelihood: "unlikely", impact: "minor" } } }],
      treatmentPlans: [{ id: "tp-1", title: "P", riskIds: ["r-1"] }],
    });
    const without = summarizeTreatmentPlans(isms, { asOf: "2026-11-28" }).plans[0]!;
    expect(without.risks[0]?.projectedResidual).toBeUndefined();
    expect(without.status).toBe("planned");
    expect(without.progress.ratio).toBeUndefined();
    const withMethod = summarizeTreatmentPlans(isms, { asOf: "2026-11-28", method: "3x3" }).plans[0]!;
    expect(withMethod.risks[0]?.projectedResidual?.level).toBe("low");
    expect(() => summarizeTreatmentPlans(planDocument(), { asOf: "2026-11-28", method: "3x3" })).toThrow(RiskMethodError);
  });

  it("lists open risks that need a plan and have none: every option but retain, and untreated ones", () => {
    expect(summary.risksWithoutPlan).toEqual([
      { riskId: "r-6", title: "Untreated", pointer: "/risks/5", ownerId: "p-2", option: undefined },
      { riskId: "r-7", title: "Shared", pointer: "/risks/6", ownerId: "p-2", option: "share" },
    ]);
  });

  it("adds totals", () => {
    expect(summary.totals).toEqual({ plans: 1, actions: 7, done: 1, overdue: 2, upcoming: 2, plansAwaitingApproval: 1, risksWithoutPlan: 2 });
    expect(summary.asOf).toBe("2026-11-28");
    expect(summary.upcomingDays).toBe(30);
  });

  it("tells planned and complete plans apart, cancelled actions not counting", () => {
    const isms = doc({
      risks: [{ id: "r-1", title: "R", ownerId: "p-1", treatment: { option: "modify", controlIds: ["5.1"] } }],
      treatmentPlans: [
        { id: "planned", title: "P", riskIds: ["r-1"], actions: [{ id: "a", description: "x", status: "open" }] },
        { id: "done", title: "P", riskIds: ["r-1"], actions: [{ id: "b", description: "x", status: "done" }, { id: "c", description: "x", status: "cancelled" }] },
        { id: "cancelled", title: "P", riskIds: ["r-1"], actions: [{ id: "d", description: "x", status: "cancelled" }] },
      ],
    });
    expect(summarizeTreatmentPlans(isms, { asOf: "2026-01-01" }).plans.map((p) => [p.planId, p.status, p.progress.ratio])).toEqual([
      ["planned", "planned", 0],
      ["done", "complete", 1],
      ["cancelled", "complete", undefined],
    ]);
  });

  it("accepts a Date for asOf, read as its local calendar day", () => {
    const fromDate = summarizeTreatmentPlans(planDocument(), { asOf: new Date(2026, 10, 28, 23, 59) });
    expect(fromDate).toEqual(summary);
  });

  it("summarises the SaaS example", () => {
    const saas = summarizeTreatmentPlans(loadExample("saas-company"), { asOf: "2026-11-28" });
    expect(saas.plans.map((p) => [p.planId, p.status, p.progress.done, p.progress.total, p.approvedByAllOwners])).toEqual([
      ["tp-2024", "complete", 7, 7, true],
      ["tp-2026-01", "in-progress", 1, 6, true],
      ["tp-2026-02", "in-progress", 2, 3, true],
    ]);
    expect(saas.plans[1]?.upcomingActions.map((a) => [a.actionId, a.dueDate, a.days])).toEqual([
      ["tp-2026-01-a6", "2026-12-15", 17],
      ["tp-2026-01-a5", "2026-12-20", 22],
    ]);
    expect(saas.plans[1]?.risks.map((r) => [r.riskId, r.residual?.level, r.projectedResidual?.level])).toEqual([
      ["risk-02", "medium", "low"],
      ["risk-05", "medium", "low"],
      ["risk-20", "medium", "low"],
      ["risk-07", "low", "low"],
    ]);
    for (const risk of saas.risksWithoutPlan) expect(risk.option).not.toBe("retain");
  });

  it("reports the startup example's plan as awaiting approval", () => {
    const startup = summarizeTreatmentPlans(loadExample("startup"), { asOf: "2026-11-28" });
    expect(startup.plans[0]?.approvedByAllOwners).toBe(false);
    expect(startup.totals.plansAwaitingApproval).toBe(1);
  });

  it("rejects bad options with clear errors", () => {
    const isms = planDocument();
    expect(thrownIssues(() => summarizeTreatmentPlans(isms, {} as never))).toEqual(["/options/asOf invalid_type: expected a calendar date YYYY-MM-DD or a Date; found nothing"]);
    expect(thrownIssues(() => summarizeTreatmentPlans(isms, { asOf: "28/11/2026" }))).toEqual(['/options/asOf invalid_format: expected a calendar date YYYY-MM-DD that exists; found "28/11/2026"']);
    expect(thrownIssues(() => summarizeTreatmentPlans(isms, { asOf: "2026-11-28", upcomingDays: -1 }))).toEqual(["/options/upcomingDays too_small: expected a whole number from 0 to 100000; found -1"]);
    expect(thrownIssues(() => summarizeTreatmentPlans(isms, { asOf: "2026-11-28", upcomingDays: 1.5 }))).toEqual([
      "/options/upcomingDays invalid_value: expected a whole number from 0 to 100000; found 1.5",
    ]);
    expect(thrownIssues(() => summarizeTreatmentPlans(isms, undefined as never))).toEqual(["/options/asOf invalid_type: expected a calendar date YYYY-MM-DD or a Date; found nothing"]);
    expect(thrownIssues(() => summarizeTreatmentPlans({} as never, { asOf: "2026-11-28" })).map((line) => line.split(" ")[0])).toEqual(["/isms/risks", "/isms/treatmentPlans"]);
  });

  it("does not mutate its input and is deterministic, on generated documents", () => {
    fc.assert(
      fc.property(arbitraryIsms, (input) => {
        const isms = deepFreeze(parseIsms(input));
        const a = summarizeTreatmentPlans(isms, { asOf: "2030-06-30" });
        expect(summarizeTreatmentPlans(isms, { asOf: "2030-06-30" })).toEqual(a);
        for (const plan of a.plans) {
          expect(plan.progress.done).toBeLessThanOrEqual(plan.progress.total);
          for (const action of plan.overdueActions) expect(action.dueDate < "2030-06-30").toBe(true);
          expect(plan.approvedByAllOwners).toBe(plan.risks.every((r) => r.approved));
        }
        const planned = new Set(isms.treatmentPlans.flatMap((p) => p.riskIds));
        for (const risk of a.risksWithoutPlan) expect(planned.has(risk.riskId)).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
