import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsms, type Isms } from "../../src/index";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { diffStatementsOfApplicability } from "../../src/treatment/diffStatementsOfApplicability";
import { deepFreeze } from "../_lib/deepFreeze";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { loadExample } from "./_helpers/documents";
import { thrownIssues } from "../_lib/thrownIssues";

describe("diffStatementsOfApplicability", () => {
  const before = loadExample("saas-company");
  const v1 = deepFreeze(buildStatementOfApplicability(before));

  it("finds nothing between a version and itself", () => {
    expect(diffStatementsOfApplicability(v1, v1)).toEqual({ metadata: [], added: [], removed: [], changed: [], unchanged: 95, identical: true });
  });

  it("lists metadata changes, rows added and removed, and field changes, in a fixed order", () => {
    const controls = before.controls
      .filter((c) => c.id !== "NW-C1")
      .map((c) => {
        if (c.id === "7.11") return { ...c, applicable: true, reasons: ["business" as const], justification: "Generator at the new office", implementationStatus: "planned" as const };
        if (c.id === "8.12") return { ...c, implementationStatus: "implemented" as const, implementedOn: "2027-03-31" };
        if (c.id === "5.1") return { ...c, reasons: [...c.reasons].reverse(), ownerId: "p-ceo" };
        return c;
      });
    const after: Isms = {
      ...before,
      controls: [...controls, { id: "NW-C3", custom: { title: "Bug bounty", relatedAnnexAIds: ["8.8"] }, applicable: true, reasons: ["best-practice"], requirementIds: [], documentIds: [], evidenceIds: [] }],
      risks: before.risks.filter((r) => r.id !== "risk-10"),
    };
    const v2 = buildStatementOfApplicability(after, { version: "2.3", date: "2027-04-01", approvedById: "p-cto", approvedOn: "2027-04-02" });
    const diff = diffStatementsOfApplicability(v1, v2);
    expect(diff.metadata).toEqual([
      { field: "version", before: "2.2", after: "2.3" },
      { field: "date", before: "2026-10-20", after: "2027-04-01" },
      { field: "approvedById", before: "p-ceo", after: "p-cto" },
      { field: "approvedOn", before: "2026-10-20", after: "2027-04-02" },
    ]);
    expect(diff.added).toEqual([{ controlId: "NW-C3", title: "Bug bounty", applicable: true }]);
    expect(diff.removed).toEqual([{ controlId: "NW-C1", title: "Customer security assurance (trust centre and questionnaire process)", applicable: true }]);
    const byId = new Map(diff.changed.map((c) => [c.controlId, c.changes.map((change) => change.field)]));
    expect(byId.get("5.1")).toEqual(["ownerId"]);
    expect(byId.get("7.11")).toEqual(["applicable", "reasons", "justification", "implementationStatus"]);
    expect(byId.get("8.12")).toEqual(["implementationStatus", "riskIds", "implementedOn"]);
    expect(diff.changed.find((c) => c.controlId === "8.12")?.changes[0]).toEqual({ field: "implementationStatus", before: "partially-implemented", after: "implemented" });
    expect(diff.changed.map((c) => c.controlId)).toEqual(v2.rows.map((r) => r.controlId).filter((id) => byId.has(id)));
    expect(diff.unchanged + diff.changed.length).toBe(94);
    expect(diff.identical).toBe(false);
  });

  it("treats reasons and risks as sets and a missing text as an empty one", () => {
    const a = buildStatementOfApplicability(parseIsms({ schemaVersion: "1.0", organization: { name: "A" }, controls: [{ id: "5.1", applicable: true, reasons: ["legal", "business"] }] }));
    const rows = a.rows.map((r) => (r.controlId === "5.1" ? { ...r, reasons: ["business" as const, "legal" as const], justification: "" } : r));
    expect(diffStatementsOfApplicability(a, { ...a, rows }).identical).toBe(true);
  });

  it("is symmetric in what it finds", () => {
    fc.assert(
      fc.property(arbitraryIsms, arbitraryIsms, (x, y) => {
        const a = buildStatementOfApplicability(parseIsms(x));
        const b = buildStatementOfApplicability(parseIsms(y));
        const ab = diffStatementsOfApplicability(a, b);
        const ba = diffStatementsOfApplicability(b, a);
        expect(ab.added.map((r) => r.controlId)).toEqual(ba.removed.map((r) => r.controlId));
        expect(new Set(ab.changed.map((r) => r.controlId))).toEqual(new Set(ba.changed.map((r) => r.controlId)));
        expect(ab.unchanged).toBe(ba.unchanged);
        expect(diffStatementsOfApplicability(a, a).identical).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("rejects arguments that are not Statements of Applicability", () => {
    expect(thrownIssues(() => diffStatementsOfApplicability(v1, {} as never))).toEqual([
      "/after invalid_type: expected a Statement of Applicability from buildStatementOfApplicability; found an object",
    ]);
    expect(thrownIssues(() => diffStatementsOfApplicability(null as never, v1))).toEqual([
      "/before invalid_type: expected a Statement of Applicability from buildStatementOfApplicability; found null",
    ]);
  });
});
