import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError, assessRisks, parseIsms, prioritizeRemediation, RiskMethodError, type IsmsInput, type RemediationItem } from "../../src/index";
import { deepFreeze } from "../../src/core/deepFreeze";

const base = { schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "3x3" } } as const;
const doc = (fields: Partial<IsmsInput>) => parseIsms({ ...base, ...fields } as IsmsInput);
const risks: IsmsInput["risks"] = [
  { id: "r-high", title: "Customer data stolen", inherent: { likelihood: "likely", impact: "major" }, treatment: { option: "modify", controlIds: ["8.8", "5.24"] } },
  { id: "r-medium", title: "Outage of the portal", inherent: { likelihood: "possible", impact: "moderate" }, residual: { likelihood: "possible", impact: "moderate" }, treatment: { option: "modify", controlIds: ["8.13"] } },
  { id: "r-low", title: "Printer misused", inherent: { likelihood: "unlikely", impact: "minor" } },
  { id: "r-closed", title: "Old data centre", status: "closed", inherent: { likelihood: "likely", impact: "major" } },
];
const ids = (items: readonly RemediationItem[]) => items.map((i) => i.id);

describe("prioritizeRemediation", () => {
  it("puts open vulnerabilities, corrective actions and treatment actions in one queue ordered by the level of their risks", () => {
    const queue = prioritizeRemediation(
      doc({
        risks: [...risks!, { id: "r-sql", title: "Injection", inherent: { likelihood: "likely", impact: "major" }, vulnerabilityIds: ["v-high"] }],
        vulnerabilities: [
          { id: "v-low", name: "Printer firmware", severity: "high", identifiedOn: "2026-01-01", riskIds: ["r-low"] },
          { id: "v-none", name: "Verbose banner", severity: "low", identifiedOn: "2026-01-01" },
          { id: "v-high", name: "SQL injection", severity: "medium", identifiedOn: "2026-05-01" },
          { id: "v-done", name: "Fixed", severity: "critical", identifiedOn: "2026-01-01", remediatedOn: "2026-01-05", status: "mitigated", riskIds: ["r-high"] },
          { id: "v-accepted", name: "Accepted", severity: "critical", identifiedOn: "2026-01-01", status: "accepted", riskIds: ["r-high"] },
          { id: "v-weakness", name: "Single region", source: "risk-assessment", riskIds: ["r-high"] },
        ],
        incidents: [{ id: "inc-1", title: "Outage", severity: "high", detectedOn: "2026-04-01", status: "closed", riskIds: ["r-medium"] }],
        nonconformities: [
          {
            id: "nc-1",
            title: "Restore never tested",
            source: "internal-audit",
            raisedOn: "2026-04-10",
            status: "open",
            incidentId: "inc-1",
            correctiveActions: [
              { id: "ca-1", description: "Test the restore", dueDate: "2026-05-31", status: "open" },
              { id: "ca-2", description: "Done already", status: "done" },
            ],
          },
        ],
        treatmentPlans: [
          { id: "tp-1", title: "Harden", riskIds: ["r-low"], actions: [{ id: "tp-1-a1", description: "Replace the printer", dueDate: "2026-09-30", status: "open" }, { id: "tp-1-a2", description: "x", status: "cancelled" }] },
        ],
      }),
      { asOf: "2026-06-01" },
    );
    expect(queue.items.map((i) => [i.rank, i.kind, i.id, i.risk?.riskId, i.risk?.level, i.breached])).toEqual([
      [1, "vulnerability", "v-high", "r-sql", "high", false],
      [2, "corrective-action", "ca-1", "r-medium", "medium", true],
      [3, "vulnerability", "v-low", "r-low", "low", true],
      [4, "treatment-action", "tp-1-a1", "r-low", "low", false],
      [5, "vulnerability", "v-none", undefined, undefined, false],
    ]);
    expect(queue.items[0]!.risk).toEqual({ riskId: "r-sql", title: "Injection", level: "high", levelIndex: 2, rating: "inherent", meetsAcceptanceCriteria: false, via: "risk r-sql's vulnerabilityIds" });
    expect(queue.items[1]).toMatchObject({ parentId: "nc-1", pointer: "/nonconformities/0/correctiveActions/0", daysOverdue: 1, ageDays: 52, openedOn: "2026-04-10" });
    expect(queue.items[1]!.risks.map((r) => r.via)).toEqual(["incident inc-1"]);
    expect(queue.items[1]!.reasons).toEqual(['risk r-medium "Outage of the portal" is medium (residual), above the risk acceptance criteria (at most low)', "1 day past its due date 2026-05-31", "open 52 days, since 2026-04-10"]);
    expect(queue.items[4]!.reasons[0]).toBe("linked to no open risk in the register: it is placed after every item whose risk is rated");
    expect(queue.summary).toEqual({ total: 5, breached: 2, linkedToRisk: 4, byKind: { vulnerability: 3, "corrective-action": 1, "treatment-action": 1 } });
    expect(queue.method).toBe("3x3");
  });

  it("within a level puts breached items first, the most overdue first, then the nearest due, then the oldest", () => {
    const v = (id: string, severity: "critical" | "high" | "low", identifiedOn: string, extra: object = {}) => ({ id, name: id, severity, identifiedOn, riskIds: ["r-high"], ...extra });
    const queue = prioritizeRemediation(
      doc({
        risks,
        vulnerabilities: [
          v("due-later", "low", "2026-05-01"),
          v("overdue-a-little", "critical", "2026-04-25"),
          v("overdue-long", "critical", "2026-01-02"),
          v("due-soon", "high", "2026-03-10"),
          v("due-soon-newer", "high", "2026-03-10", { dueOn: "2026-06-08", identifiedOn: "2026-05-30" }),
          v("no-date", "high", "2026-03-10", { identifiedOn: undefined }),
          v("tie-b", "critical", "2026-04-20"),
          v("tie-a", "critical", "2026-04-20"),
        ].map((x) => JSON.parse(JSON.stringify(x))),
      }),
      { asOf: "2026-06-01" },
    );
    expect(ids(queue.items)).toEqual(["overdue-long", "tie-b", "tie-a", "overdue-a-little", "due-soon", "due-soon-newer", "due-later", "no-date"]);
    expect(queue.items.find((i) => i.id === "due-soon")!.reasons[1]).toBe("due 2026-06-08, in 7 days: the organisation's remediation target for high vulnerabilities is 90 days (vulnerabilityRemediationDays.high, the default)");
    expect(queue.items.find((i) => i.id === "due-soon-newer")!.reasons[1]).toBe("due 2026-06-08 (its own due date), in 7 days");
    expect(queue.items.find((i) => i.id === "no-date")!.reasons).toContain("no discovery date (identifiedOn): no remediation target can be applied");
  });

  it("judges a vulnerability under an exception in force against the exception's expiry, and one whose exception lapsed against its SLA", () => {
    const exception = (expiresOn: string) => ({ ownerId: "p-cto", approvedById: "p-ciso", approvedOn: "2026-02-01", expiresOn, justification: "No patch yet" });
    const queue = prioritizeRemediation(
      doc({
        people: [{ id: "p-cto", name: "CTO" }, { id: "p-ciso", name: "CISO" }],
        vulnerabilities: [
          { id: "v-excepted", name: "Legacy TLS", severity: "critical", identifiedOn: "2026-01-01", exception: exception("2026-12-31") },
          { id: "v-lapsed", name: "Old CMS", severity: "critical", identifiedOn: "2026-01-01", exception: exception("2026-05-01") },
        ],
      }),
      { asOf: "2026-06-01" },
    );
    expect(ids(queue.items)).toEqual(["v-lapsed", "v-excepted"]);
    const [lapsed, excepted] = queue.items;
    expect(excepted).toMatchObject({ breached: false, ownerId: "p-cto", sla: { dueOn: "2026-12-31", source: "exception", slaDueOn: "2026-01-31" } });
    expect(excepted!.reasons).toContain("under an exception approved by p-ciso until 2026-12-31 (its due date was 2026-01-31)");
    expect(lapsed).toMatchObject({ breached: true, daysOverdue: 121 });
    expect(lapsed!.reasons).toContain("its exception expired on 2026-05-01");
  });

  it("links corrective actions through the controls the risks select, and ignores closed risks", () => {
    const queue = prioritizeRemediation(
      doc({
        risks,
        nonconformities: [
          { id: "nc-1", title: "Patch late", source: "internal-audit", raisedOn: "2026-05-01", status: "open", controlIds: ["8.8"], correctiveActions: [{ id: "ca-1", description: "Automate patching", controlIds: ["8.13"], status: "in-progress" }] },
        ],
        treatmentPlans: [{ id: "tp-old", title: "Move out", riskIds: ["r-closed"], actions: [{ id: "a-old", description: "Empty the racks", status: "open" }] }],
      }),
      { asOf: "2026-06-01" },
    );
    const [ca, old] = queue.items;
    expect(ca!.risks.map((r) => [r.riskId, r.via])).toEqual([
      ["r-high", "control 8.8"],
      ["r-medium", "control 8.13"],
    ]);
    expect(ca!.reasons).toContain("no due date: set one, so that lateness can be judged");
    expect(old).toMatchObject({ id: "a-old", risks: [] });
  });

  it("orders by deadline and age alone when the document has no risk method, and names the unrated risks", () => {
    const queue = prioritizeRemediation(
      parseIsms({
        schemaVersion: "1.0",
        organization: { name: "Acme" },
        risks: [{ id: "r-1", title: "Theft" }],
        vulnerabilities: [
          { id: "v-1", name: "a", severity: "low", identifiedOn: "2026-05-01", riskIds: ["r-1"] },
          { id: "v-2", name: "b", severity: "critical", identifiedOn: "2026-04-01" },
        ],
      }),
      { asOf: "2026-06-01" },
    );
    expect(queue.method).toBeUndefined();
    expect(ids(queue.items)).toEqual(["v-2", "v-1"]);
    expect(queue.items[1]!.reasons[0]).toBe("linked to risk r-1, not rated: rate it to place this item by risk");
    expect(prioritizeRemediation(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, risks: [{ id: "r-1", title: "T", inherent: { likelihood: "likely", impact: "major" } }] }), { asOf: "2026-06-01", method: "3x3" }).method).toBe("3x3");
  });

  it("rejects what is not a document or a day, and ratings off the method", () => {
    expect(() => prioritizeRemediation({} as never, { asOf: "2026-06-01" })).toThrow(ArgumentError);
    expect(() => prioritizeRemediation(doc({}), { asOf: "2026-13-01" })).toThrow(ArgumentError);
    expect(() => prioritizeRemediation(doc({}), undefined as never)).toThrow(ArgumentError);
    expect(() => prioritizeRemediation(doc({ risks: [{ id: "r", title: "x", inherent: { likelihood: "likely", impact: "major" } }] }), { asOf: "2026-06-01", method: "iso-27005-5x5" })).toThrow(RiskMethodError);
  });

  it("uses a register already drawn up for the same document and day, and refuses one for another day or document, or beside a method", () => {
    const isms = doc({ risks, vulnerabilities: [{ id: "v-1", name: "SQL injection", severity: "high", identifiedOn: "2026-05-01", riskIds: ["r-high"] }] });
    const asOf = "2026-06-01";
    const riskRegister = assessRisks(isms, { asOf });
    expect(prioritizeRemediation(isms, { asOf, riskRegister })).toEqual(prioritizeRemediation(isms, { asOf }));
    const refused = (options: Parameters<typeof prioritizeRemediation>[1]) => {
      try {
        prioritizeRemediation(isms, options);
      } catch (error) {
        expect(error).toBeInstanceOf(ArgumentError);
        return (error as ArgumentError).issues.map((i) => `${i.pointer}: ${i.message}`);
      }
      throw new Error("expected an ArgumentError");
    };
    expect(refused({ asOf: "2026-06-02", riskRegister })).toEqual(["/options/riskRegister: drawn up for 2026-06-01, not for asOf 2026-06-02"]);
    expect(refused({ asOf, riskRegister: assessRisks(doc({ risks: risks!.slice(1) }), { asOf }) })).toEqual([
      "/options/riskRegister: drawn up for another document: its entries are not this document's risks",
    ]);
    expect(refused({ asOf, riskRegister, method: "5x5" })).toEqual(["/options/method: give either a method or a risk register drawn up with one, not both"]);
    expect(refused({ asOf, riskRegister: { entries: "x" } as never })).toEqual(['/options/riskRegister: expected a risk register from assessRisks; found an object']);
  });

  it("does not mutate its input", () => {
    const isms = deepFreeze(doc({ risks, vulnerabilities: [{ id: "v", name: "x", severity: "high", identifiedOn: "2026-01-01", riskIds: ["r-high"] }] }));
    expect(prioritizeRemediation(isms, { asOf: "2026-06-01" }).items).toHaveLength(1);
  });

  it("is a permutation of the open items, ranked 1 to n, each no higher than the one before by the documented keys", () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const riskId = fc.constantFrom("r-high", "r-medium", "r-low", "r-closed", "r-none");
    const status = fc.constantFrom("open", "in-progress", "done", "cancelled");
    const vulnerability = fc.record({
      severity: fc.option(fc.constantFrom("low", "medium", "high", "critical"), { nil: undefined }),
      identifiedOn: fc.option(day, { nil: undefined }),
      status: fc.constantFrom("open", "open", "mitigated", "accepted"),
      riskIds: fc.uniqueArray(riskId, { maxLength: 2 }),
    });
    const action = fc.record({ dueDate: fc.option(day, { nil: undefined }), status });
    fc.assert(
      fc.property(fc.array(vulnerability, { maxLength: 8 }), fc.array(action, { maxLength: 5 }), fc.array(action, { maxLength: 5 }), day, (vs, cas, tas, asOf) => {
        const isms = doc({
          risks,
          vulnerabilities: vs.map((v, i) => ({ id: `v-${i}`, name: `v ${i}`, ...v, riskIds: v.riskIds.filter((r) => r !== "r-none") })) as never,
          nonconformities: [{ id: "nc", title: "NC", source: "other", raisedOn: "2026-01-01", status: "open", controlIds: ["8.8"], correctiveActions: cas.map((a, i) => ({ id: `ca-${i}`, description: "x", ...a })) }] as never,
          treatmentPlans: [{ id: "tp", title: "TP", riskIds: ["r-medium"], actions: tas.map((a, i) => ({ id: `ta-${i}`, description: "x", ...a })) }] as never,
        });
        const queue = prioritizeRemediation(isms, { asOf });
        const open = [
          ...isms.vulnerabilities.filter((v) => v.status === "open").map((v) => v.id),
          ...isms.nonconformities[0]!.correctiveActions.filter((a) => a.status === "open" || a.status === "in-progress").map((a) => a.id),
          ...isms.treatmentPlans[0]!.actions.filter((a) => a.status === "open" || a.status === "in-progress").map((a) => a.id),
        ];
        expect([...ids(queue.items)].sort()).toEqual([...open].sort());
        expect(queue.items.map((i) => i.rank)).toEqual(open.map((_, i) => i + 1));
        const key = (i: RemediationItem) => [i.risk?.levelIndex ?? -1, i.breached ? 1 : 0];
        for (let i = 1; i < queue.items.length; i++) {
          const [a, b] = [key(queue.items[i - 1]!), key(queue.items[i]!)];
          expect(a[0]! > b[0]! || (a[0] === b[0] && a[1]! >= b[1]!)).toBe(true);
          expect(queue.items[i]!.breached).toBe(queue.items[i]!.sla !== undefined && queue.items[i]!.sla!.dueOn < asOf);
        }
        expect(prioritizeRemediation(isms, { asOf })).toEqual(queue);
      }),
      { numRuns: 60 },
    );
  });
});
