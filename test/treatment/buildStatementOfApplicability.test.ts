import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexAControlIds, parseIsms, type Isms, type IsmsInput } from "../../src/index";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { smallIsms } from "../fixtures/smallIsms";
import { doc, loadExample } from "./_helpers/documents";
import { annexA, withControlText } from "../../src/catalog/index";
import { thrownIssues } from "../_lib/thrownIssues";

const rowOf = (soa: ReturnType<typeof buildStatementOfApplicability>, id: string) => {
  const row = soa.rows.find((r) => r.controlId === id);
  if (row === undefined) throw new Error(`no row ${id}`);
  return row;
};

/** Every row is decided and justified, or says what is missing. */
function justifiedOrReported(soa: ReturnType<typeof buildStatementOfApplicability>): string[] {
  return soa.rows.flatMap((row) => {
    const codes = row.problems.map((p) => p.code);
    const justified = row.justification !== undefined && /\S/.test(row.justification);
    if (row.applicable === null) return codes.includes("undecided") ? [] : [`${row.controlId}: undecided but not reported`];
    if (row.applicable === false && !justified && !codes.includes("missing-justification")) return [`${row.controlId}: exclusion unjustified`];
    if (row.applicable === true && !justified && row.reasons.length === 0 && !codes.includes("missing-justification")) {
      return [`${row.controlId}: inclusion unjustified`];
    }
    return [];
  });
}

describe("buildStatementOfApplicability", () => {
  describe("rows", () => {
    it("has one row per Annex A control, in catalog order, then the organisation's own controls", () => {
      const soa = buildStatementOfApplicability(parseIsms(smallIsms()));
      expect(soa.rows.map((r) => r.controlId)).toEqual([...annexAControlIds, "ctl-own"]);
      expect(soa.rows.slice(0, 93).every((r) => r.source === "annex-a")).toBe(true);
      expect(rowOf(soa, "ctl-own")).toMatchObject({ source: "custom", title: "Customer security reviews", relatedControlIds: ["5.20"], pointer: "/controls/2" });
      expect(rowOf(soa, "5.20").relatedControlIds).toEqual(["ctl-own"]);
      expect(rowOf(soa, "5.15")).toMatchObject({ title: "Access control", theme: "organizational", pointer: undefined, applicable: null });
    });

    it("carries the record's decision, justification, status, owner and dates", () => {
      const isms = doc({
        controls: [
          {
            id: "8.24",
            applicable: true,
            reasons: ["legal", "best-practice"],
            justification: "Encryption at rest and in transit",
            implementationStatus: "partially-implemented",
            ownerId: "p-1",
            implementedOn: "2025-01-01",
            plannedImplementationDate: "2026-12-31",
            lastReviewedOn: "2026-06-01",
          },
        ],
      });
      expect(rowOf(buildStatementOfApplicability(isms), "8.24")).toEqual({
        controlId: "8.24",
        title: "Use of cryptography",
        theme: "technological",
        source: "annex-a",
        pointer: "/controls/0",
        applicable: true,
        reasons: ["legal", "best-practice"],
        derivedReasons: [],
        justification: "Encryption at rest and in transit",
        implementationStatus: "partially-implemented",
        ownerId: "p-1",
        ownerName: "Olivia Owner",
        riskIds: [],
        requirementIds: [],
        selectingRequirementIds: [],
        documentIds: [],
        evidenceIds: [],
        relatedControlIds: [],
        implementedOn: "2025-01-01",
        plannedImplementationDate: "2026-12-31",
        lastReviewedOn: "2026-06-01",
        problems: [],
      });
    });

    it("derives risk-treatment from open risks only", () => {
      const isms = doc({
        risks: [
          { id: "r-open", title: "R", treatment: { option: "modify", controlIds: ["8.7", "8.7"] } },
          { id: "r-closed", title: "R", status: "closed", treatment: { option: "modify", controlIds: ["8.7", "8.8"] } },
        ],
        controls: [
          { id: "8.7", applicable: true, implementationStatus: "implemented" },
          { id: "8.8", applicable: true, reasons: ["best-practice"], implementationStatus: "implemented" },
        ],
      });
      const soa = buildStatementOfApplicability(isms);
      expect(rowOf(soa, "8.7")).toMatchObject({ riskIds: ["r-open"], reasons: ["risk-treatment"], derivedReasons: ["risk-treatment"], problems: [] });
      expect(rowOf(soa, "8.8")).toMatchObject({ riskIds: [], reasons: ["best-practice"], derivedReasons: [] });
    });

    it("derives legal, regulatory and contractual reasons from the requirements that call for a control", () => {
      const isms = doc({
        interestedParties: [
          {
            id: "ip-1",
            name: "Regulators and customers",
            kind: "external",
            requirements: [
              { id: "req-legal", description: "GDPR", type: "legal", addressedThroughIsms: true, controlIds: ["5.34"] },
              { id: "req-reg", description: "NIS2", type: "regulatory", addressedThroughIsms: true, controlIds: ["5.34", "5.24"] },
              { id: "req-contract", description: "DPA", type: "contractual", addressedThroughIsms: true, controlIds: ["5.34"] },
              { id: "req-expect", description: "Expectation", type: "expectation", addressedThroughIsms: true, controlIds: ["5.34"] },
              { id: "req-outside", description: "Handled outside the ISMS", type: "legal", addressedThroughIsms: false, controlIds: ["5.31"] },
              { id: "req-linked", description: "Listed by the record", type: "contractual", addressedThroughIsms: false },
            ],
          },
          { id: "ip-2", name: "Not relevant", kind: "external", relevant: false, requirements: [{ id: "req-irrelevant", description: "x", type: "legal", addressedThroughIsms: true, controlIds: ["5.32"] }] },
        ],
        controls: [
          { id: "5.34", applicable: true, reasons: ["legal"], implementationStatus: "implemented" },
          { id: "5.31", applicable: true, reasons: ["business"], implementationStatus: "implemented", requirementIds: ["req-linked"] },
          { id: "5.32", applicable: false, justification: "No third-party intellectual property in use" },
        ],
      });
      const soa = buildStatementOfApplicability(isms);
      expect(rowOf(soa, "5.34")).toMatchObject({
        reasons: ["legal", "regulatory", "contractual"],
        derivedReasons: ["regulatory", "contractual"],
        requirementIds: ["req-contract", "req-expect", "req-legal", "req-reg"],
      });
      expect(rowOf(soa, "5.24")).toMatchObject({ applicable: null, reasons: ["regulatory"], requirementIds: ["req-reg"] });
      expect(rowOf(soa, "5.31")).toMatchObject({ reasons: ["contractual", "business"], derivedReasons: ["contractual"], requirementIds: ["req-linked", "req-outside"] });
      expect(rowOf(soa, "5.32")).toMatchObject({ reasons: [], requirementIds: ["req-irrelevant"], problems: [] });
    });

    it("joins evidence and documents from both sides, sorted and unique", () => {
      const isms = doc({
        documents: [
          { id: "doc-b", title: "B", type: "procedure", controlIds: ["8.13"] },
          { id: "doc-a", title: "A", type: "procedure" },
        ],
        evidence: [
          { id: "ev-2", title: "Restore test", kind: "report", controlIds: ["8.13"], collectedOn: "2026-01-01" },
          { id: "ev-1", title: "Backup log", kind: "log", controlIds: ["8.13", "8.15"], collectedOn: "2026-01-01" },
          { id: "ev-3", title: "Other", kind: "log", controlIds: ["8.15"], collectedOn: "2026-01-01" },
        ],
        controls: [{ id: "8.13", applicable: true, reasons: ["business"], implementationStatus: "implemented", evidenceIds: ["ev-3", "ev-1"], documentIds: ["doc-a"] }],
      });
      const row = rowOf(buildStatementOfApplicability(isms), "8.13");
      expect(row.evidenceIds).toEqual(["ev-1", "ev-2", "ev-3"]);
      expect(row.documentIds).toEqual(["doc-a", "doc-b"]);
    });
  });

  describe("problems", () => {
    const isms = doc({
      risks: [
        { id: "r-1", title: "R", treatment: { option: "modify", controlIds: ["7.1", "5.7"] } },
        { id: "r-2", title: "R", treatment: { option: "modify", controlIds: ["7.1"] } },
      ],
      interestedParties: [
        { id: "ip-1", name: "Customers", kind: "external", requirements: [{ id: "req-1", description: "x", type: "contractual", addressedThroughIsms: true, controlIds: ["7.2"] }] },
      ],
      controls: [
        { id: "5.1", applicable: true, implementationStatus: "implemented" },
        { id: "5.2", applicable: true, justification: "Roles are defined", implementationStatus: "implemented" },
        { id: "5.3", applicable: true, reasons: ["business"] },
        { id: "5.7", applicable: null },
        { id: "7.1", applicable: false, justification: "  " },
        { id: "7.2", applicable: false, justification: "Landlord's responsibility" },
        { id: "7.3", applicable: false, justification: "Landlord's responsibility" },
      ],
    });
    const soa = buildStatementOfApplicability(isms);
    const problems = (id: string) => rowOf(soa, id).problems;

    it("reports controls without a record, and undecided records, with the risks that select them", () => {
      expect(problems("5.4")).toEqual([{ code: "undecided", message: "5.4: no decision is recorded (add a control record with applicable true or false)" }]);
      expect(problems("5.7")).toEqual([{ code: "undecided", message: '5.7: applicability is not decided yet; selected by risk "r-1"' }]);
    });

    it("reports inclusions and exclusions without justification", () => {
      expect(problems("5.1")).toEqual([{ code: "missing-justification", message: "5.1: included without a reason or a justification" }]);
      expect(problems("5.2")).toEqual([]);
      expect(problems("7.3")).toEqual([]);
      expect(problems("7.1")).toEqual([
        { code: "missing-justification", message: "7.1: excluded without a justification" },
        { code: "excluded-but-selected", message: '7.1: excluded, but risks "r-1" and "r-2" select it' },
      ]);
    });

    it("reports exclusions that a requirement calls for", () => {
      expect(problems("7.2")).toEqual([{ code: "excluded-but-selected", message: '7.2: excluded, but requirement "req-1" selects it' }]);
    });

    it("reports applicable controls without implementation status", () => {
      expect(problems("5.3")).toEqual([{ code: "missing-implementation-status", message: "5.3: applicable, but its implementation status is not recorded" }]);
    });

    it("sums them up", () => {
      expect(soa.summary).toEqual({
        total: 93,
        annexA: 93,
        custom: 0,
        applicable: 3,
        excluded: 3,
        undecided: 87,
        implemented: 2,
        partiallyImplemented: 0,
        planned: 0,
        notImplemented: 0,
        withoutStatus: 1,
        rowsWithProblems: 91,
        problems: { undecided: 87, "missing-justification": 2, "excluded-but-selected": 2, "missing-implementation-status": 1, "unknown-control": 0 },
      });
    });

    it("reports a record that is neither in the catalog nor the organisation's own", () => {
      const records: Isms = { ...doc(), controls: [{ id: "X-1", applicable: true, reasons: ["business"], implementationStatus: "implemented", requirementIds: [], documentIds: [], evidenceIds: [] }] };
      const row = rowOf(buildStatementOfApplicability(records), "X-1");
      expect(row.source).toBe("custom");
      expect(row.problems.map((p) => p.code)).toEqual(["unknown-control"]);
    });
  });

  describe("metadata", () => {
    const documents: IsmsInput["documents"] = [
      { id: "doc-method", title: "Risk method", type: "procedure", clauseIds: ["6.1.2", "6.1.3"] },
      { id: "doc-old", title: "Statement of Applicability 2013", type: "record", status: "retired", version: "1.0", clauseIds: ["6.1.3"] },
      { id: "doc-draft", title: "SoA notes", type: "record", version: "0.9" },
      {
        id: "doc-soa",
        title: "Statement of Applicability",
        type: "record",
        version: "2.0",
        status: "approved",
        clauseIds: ["6.1.3"],
        approval: { approvedById: "p-1", approvedOn: "2026-03-02" },
        publishedOn: "2026-03-03",
      },
    ];

    it("reads the SoA document: a current one whose title says so, preferring one for 6.1.3", () => {
      const soa = buildStatementOfApplicability(doc({ documents }));
      expect(soa.metadata).toEqual({
        title: "Statement of Applicability",
        organization: "Acme",
        version: "2.0",
        date: "2026-03-03",
        approvedById: "p-1",
        approvedByName: "Olivia Owner",
        approvedOn: "2026-03-02",
        documentId: "doc-soa",
        catalog: { id: annexA.id, name: "ISO/IEC 27001:2022 Annex A", version: "2022" },
      });
    });

    it("takes the only current document for 6.1.3 when no title says SoA, and none when several serve it", () => {
      const one = doc({ documents: [{ id: "doc-x", title: "Controls register", type: "record", version: "3", clauseIds: ["6.1.3"], lastReviewedOn: "2026-01-05" }] });
      expect(buildStatementOfApplicability(one).metadata).toMatchObject({ documentId: "doc-x", version: "3", date: "2026-01-05", title: "Controls register" });
      const two = doc({ documents: [documents[0]!, { id: "doc-x", title: "Controls register", type: "record", clauseIds: ["6.1.3"] }] });
      expect(buildStatementOfApplicability(two).metadata).toMatchObject({ documentId: undefined, version: undefined, title: "Statement of Applicability" });
    });

    it("lets options win, field by field", () => {
      const soa = buildStatementOfApplicability(doc({ documents }), { version: "2.1", date: new Date(2026, 10, 28), approvedById: "p-2", title: "SoA 2026" });
      expect(soa.metadata).toMatchObject({
        title: "SoA 2026",
        version: "2.1",
        date: "2026-11-28",
        approvedById: "p-2",
        approvedByName: "Peter Other",
        approvedOn: "2026-03-02",
        documentId: "doc-soa",
      });
      expect(buildStatementOfApplicability(doc({ documents }), { approvedById: "Dana Smith, CEO" }).metadata).toMatchObject({
        approvedById: "Dana Smith, CEO",
        approvedByName: undefined,
      });
    });

    it("reads the document named, or none with documentId null", () => {
      expect(buildStatementOfApplicability(doc({ documents }), { documentId: "doc-draft" }).metadata).toMatchObject({ documentId: "doc-draft", version: "0.9" });
      expect(buildStatementOfApplicability(doc({ documents }), { documentId: null }).metadata).toMatchObject({
        documentId: undefined,
        version: undefined,
        date: undefined,
        approvedById: undefined,
      });
      expect(thrownIssues(() => buildStatementOfApplicability(doc({ documents }), { documentId: "doc-nope" }))).toEqual(['/options/documentId invalid_value: "doc-nope" is not the id of one of the document\'s documents']);
    });

    it("rejects bad options with clear errors", () => {
      const isms = doc();
      expect(thrownIssues(() => buildStatementOfApplicability(isms, { date: "2026-13-01" }))).toEqual(['/options/date invalid_format: expected a calendar date YYYY-MM-DD that exists; found "2026-13-01"']);
      expect(thrownIssues(() => buildStatementOfApplicability(isms, { approvedOn: new Date(Number.NaN) }))).toEqual(["/options/approvedOn invalid_value: expected a valid Date; found an invalid Date"]);
      expect(thrownIssues(() => buildStatementOfApplicability(isms, { version: 2 as never }))).toEqual(["/options/version invalid_type: expected a string; found 2"]);
      expect(thrownIssues(() => buildStatementOfApplicability(isms, { catalog: { controls: "x" } as never }))).toEqual(["/options/catalog invalid_type: expected the Annex A catalog; found an object"]);
      expect(thrownIssues(() => buildStatementOfApplicability({ controls: [] } as never)).map((line) => line.split(" ")[0])).toEqual([
        "/isms/risks",
        "/isms/interestedParties",
        "/isms/evidence",
        "/isms/documents",
        "/isms/people",
      ]);
      expect(thrownIssues(() => buildStatementOfApplicability(isms, 1 as never))).toEqual(["/options invalid_type: expected an options object; found 1"]);
    });
  });

  it("does not take a placeholder, best practice alone or boilerplate for a justification", () => {
    const physical = ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "7.9", "7.10", "7.11"];
    const mixed = ["5.7", "5.8", "6.3", "6.7", "8.11", "8.12", "8.16", "8.22", "8.23", "8.26"];
    const isms = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      controls: [
        { id: "5.1", applicable: true, reasons: ["best-practice"], implementationStatus: "implemented" },
        { id: "5.2", applicable: true, reasons: ["best-practice"], justification: "Needed to assign the ISMS roles", implementationStatus: "implemented" },
        { id: "5.3", applicable: true, reasons: [], justification: "TBD", implementationStatus: "implemented" },
        { id: "5.4", applicable: false, justification: " n/a " },
        ...physical.map((id) => ({ id, applicable: false, justification: "Fully remote: no premises of our own" })),
        ...mixed.map((id) => ({ id, applicable: false, justification: "Not relevant to our business." })),
        { id: "8.13", applicable: true, reasons: ["contractual"], justification: "Not relevant to our business", implementationStatus: "implemented" },
      ],
    } as IsmsInput);
    const soa = buildStatementOfApplicability(isms);
    const problem = (id: string) => rowOf(soa, id).problems.find((p) => p.code === "missing-justification")?.message;
    expect(problem("5.1")).toBe("5.1: included only as best practice, with no justification of why the organisation needs it");
    expect(problem("5.2")).toBeUndefined();
    expect(problem("5.3")).toBe('5.3: included with "TBD", a placeholder rather than a justification');
    expect(problem("5.4")).toBe('5.4: excluded with "n/a", a placeholder rather than a justification');
    expect(physical.map(problem)).toEqual(physical.map(() => undefined));
    expect(mixed.map(problem)).toEqual(mixed.map((id) => `${id}: excluded with a boilerplate justification — the same text is repeated word for word on 11 controls of different themes`));
    expect(problem("8.13")).toBeUndefined();
    expect(soa.summary.problems["missing-justification"]).toBe(3 + mixed.length);
  });

  it("takes rows from the catalog given, such as one with licensed text", () => {
    const licensed = withControlText(annexA, { "5.1": "Licensed text." });
    const isms = parseIsms(smallIsms());
    expect(buildStatementOfApplicability(isms, { catalog: licensed })).toEqual(buildStatementOfApplicability(isms));
  });

  describe("on the examples", () => {
    it("the SaaS company's SoA has every control exactly once, all decided and justified", () => {
      const soa = buildStatementOfApplicability(loadExample("saas-company"));
      const ids = soa.rows.map((r) => r.controlId);
      expect(ids.slice(0, 93)).toEqual([...annexAControlIds]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.slice(93)).toEqual(["NW-C1", "NW-C2"]);
      expect(soa.rows.flatMap((r) => r.problems)).toEqual([]);
      expect(justifiedOrReported(soa)).toEqual([]);
      expect(soa.summary).toMatchObject({ total: 95, applicable: 92, excluded: 3, undecided: 0, rowsWithProblems: 0 });
      expect(soa.metadata).toMatchObject({ documentId: "doc-soa", version: "2.2", date: "2026-10-20", approvedById: "p-ceo" });
      expect(rowOf(soa, "NW-C2").riskIds).toEqual(["risk-01", "risk-06"]);
    });

    it("the startup's draft SoA reports what is still undecided or unjustified", () => {
      const soa = buildStatementOfApplicability(loadExample("startup"));
      expect(soa.rows.map((r) => r.controlId).slice(0, 93)).toEqual([...annexAControlIds]);
      expect(soa.summary.undecided).toBeGreaterThan(0);
      expect(soa.summary.rowsWithProblems).toBe(soa.rows.filter((r) => r.problems.length > 0).length);
      expect(justifiedOrReported(soa)).toEqual([]);
      for (const row of soa.rows) if (row.applicable === null) expect(row.problems[0]?.code).toBe("undecided");
    });
  });

  describe("on generated documents", () => {
    it("has every Annex A control exactly once and justifies or reports every decision", () => {
      fc.assert(
        fc.property(arbitraryIsms, (input) => {
          const isms = parseIsms(input);
          const soa = buildStatementOfApplicability(isms);
          const annex = soa.rows.filter((r) => r.source === "annex-a").map((r) => r.controlId);
          expect(annex).toEqual([...annexAControlIds]);
          expect(soa.rows.length).toBe(93 + isms.controls.filter((c) => c.custom !== undefined).length);
          expect(justifiedOrReported(soa)).toEqual([]);
          const s = soa.summary;
          expect(s.applicable + s.excluded + s.undecided).toBe(s.total);
          expect(s.implemented + s.partiallyImplemented + s.planned + s.notImplemented + s.withoutStatus).toBe(s.applicable);
          for (const row of soa.rows) {
            expect([...row.evidenceIds].sort()).toEqual(row.evidenceIds);
            expect(new Set(row.evidenceIds).size).toBe(row.evidenceIds.length);
            for (const reason of row.derivedReasons) expect(row.reasons).toContain(reason);
          }
        }),
        { numRuns: 100 },
      );
    });

    it("is deterministic and does not mutate its input", () => {
      fc.assert(
        fc.property(arbitraryIsms, (input) => {
          const isms = parseIsms(input);
          const copy = structuredClone(isms);
          const frozen = deepFreeze(isms);
          const a = buildStatementOfApplicability(frozen);
          expect(buildStatementOfApplicability(frozen)).toEqual(a);
          expect(frozen).toEqual(copy);
          expect(JSON.stringify(buildStatementOfApplicability(copy))).toBe(JSON.stringify(a));
        }),
        { numRuns: 60 },
      );
    });
  });

  it("builds the SoA of 5,000 risks and 20,000 evidence records in linear time", () => {
    const ids = annexAControlIds;
    const base = doc();
    const isms: Isms = {
      ...base,
      risks: Array.from({ length: 5_000 }, (_, i) => ({
        id: `r-${i}`,
        title: `Risk ${i}`,
        assetIds: [],
        threatIds: [],
        vulnerabilityIds: [],
        contextIssueIds: [],
        affectedProperties: [],
        status: "open" as const,
        treatment: { option: "modify" as const, controlIds: [ids[i % 93]!, ids[(i * 7) % 93]!], supplierIds: [] },
      })),
      evidence: Array.from({ length: 20_000 }, (_, i) => ({
        id: `ev-${i}`,
        title: `Evidence ${i}`,
        kind: "record" as const,
        controlIds: [ids[i % 93]!],
        clauseIds: [],
        documentIds: [],
        collectedOn: "2026-01-01",
      })),
      controls: ids.map((id) => ({ id, applicable: true, reasons: [], requirementIds: [], documentIds: [], evidenceIds: [], implementationStatus: "implemented" as const })),
    };
    const started = performance.now();
    const soa = buildStatementOfApplicability(isms);
    const elapsed = performance.now() - started;
    expect(soa.rows[0]?.evidenceIds.length).toBe(Math.ceil(20_000 / 93));
    expect(soa.summary.rowsWithProblems).toBe(0);
    expect(elapsed).toBeLessThan(2_000);
  });
});

describe("buildStatementOfApplicability's linked ids", () => {
  it("gives each row its own sorted list of the evidence naming the control, even for a control id given twice", () => {
    const isms = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      controls: [{ id: "ctl-x", applicable: true, custom: { title: "Own control" } }],
      evidence: [
        { id: "e-2", title: "Second", kind: "record", collectedOn: "2026-01-01", controlIds: ["ctl-x"] },
        { id: "e-1", title: "First", kind: "record", collectedOn: "2026-01-01", controlIds: ["ctl-x", "5.1", "ctl-x"] },
      ],
    });
    // A document built in code may hold the id twice (parsing refuses it): two rows, two lists.
    const soa = buildStatementOfApplicability({ ...isms, controls: [...isms.controls, { ...isms.controls[0]! }] });
    const rows = soa.rows.filter((r) => r.controlId === "ctl-x");
    expect(rows.map((r) => r.evidenceIds)).toEqual([["e-1", "e-2"], ["e-1", "e-2"]]);
    expect(rows[0]!.evidenceIds).not.toBe(rows[1]!.evidenceIds);
    expect(soa.rows.find((r) => r.controlId === "5.1")?.evidenceIds).toEqual(["e-1"]);
  });
});
