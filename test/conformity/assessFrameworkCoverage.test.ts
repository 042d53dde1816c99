import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexAControlIds, assessFrameworkCoverage, checkConformity, parseIsms, type IsmsInput, type RequirementCoverageStatus } from "../../src/index";
import { getMappedFramework, type Framework, type FrameworkMapping, type MappedFramework } from "../../src/mappings/index";
import { thrownIssues } from "../_lib/thrownIssues";

const asOf = "2026-06-30";
const example = parseIsms(JSON.parse(readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8")));

/** A framework of one's own, each requirement mapped to show one case. */
const acme: MappedFramework = {
  framework: {
    id: "acme",
    name: "Acme: baseline",
    requirements: [
      { id: "AB", title: "Acme baseline" },
      { id: "AB-1", parentId: "AB", title: "Backups, whole" },
      { id: "AB-2", parentId: "AB", title: "Backups, in part" },
      { id: "AB-3", parentId: "AB", title: "Backups and access" },
      { id: "AB-4", parentId: "AB", title: "Access" },
      { id: "AB-5", parentId: "AB", title: "Works council consulted" },
      { id: "AB-6", parentId: "AB", title: "Utilities" },
      { id: "AB-7", parentId: "AB", title: "Compared, nothing in common" },
      { id: "AB-8", title: "Monitoring" },
      { id: "AB-9", title: "Backups off site" },
    ],
  },
  mapping: {
    id: "acme--iso27001-2022",
    source: "acme",
    target: "iso27001-2022",
    origin: { title: "Acme's own" },
    pairs: [
      { source: "AB-1", target: "A.8.13", relationship: "subset-of" },
      { source: "AB-2", target: "A.8.13", relationship: "intersects-with", note: "Acme also asks for offline copies." },
      { source: "AB-3", target: "A.8.13", relationship: "superset-of" },
      { source: "AB-3", target: "A.5.15", relationship: "intersects-with" },
      { source: "AB-4", target: "A.5.15", relationship: "intersects-with" },
      { source: "AB-4", target: "A.5.18", relationship: "intersects-with" },
      { source: "AB-6", target: "A.7.11", relationship: "equal" },
      { source: "AB-7", target: "A.8.13", relationship: "no-relationship" },
      { source: "AB-8", target: "A.8.16", relationship: "equal" },
      { source: "AB-9", target: "A.8.13", relationship: "intersects-with" },
      { source: "AB-9", target: "A.7.11", relationship: "intersects-with" },
    ],
    notAddressed: [{ source: "AB-5", reason: "A duty under labour law." }],
  },
};

function isms(extra: Partial<IsmsInput> = {}) {
  return parseIsms({
    schemaVersion: "1.0",
    organization: { name: "Acme" },
    controls: [
      { id: "8.13", applicable: true, reasons: ["business"], justification: "Customers need restores", implementationStatus: "implemented", evidenceIds: ["ev-1"] },
      { id: "5.15", applicable: true, reasons: ["business"], justification: "Customer data", implementationStatus: "planned" },
      { id: "7.11", applicable: false, justification: "No premises of our own." },
      { id: "8.16", applicable: true, reasons: ["business"], justification: "Detect attacks", implementationStatus: "implemented" },
    ],
    evidence: [{ id: "ev-1", title: "Restore test", kind: "record", collectedOn: "2026-05-02", controlIds: ["8.13"] }],
    ...extra,
  } as IsmsInput);
}

describe("assessFrameworkCoverage", () => {
  const coverage = assessFrameworkCoverage(isms(), acme, { asOf });
  const byId = (id: string) => coverage.requirements.find((r) => r.id === id)!;
  const finding = (id: string) => coverage.findings.find((f) => f.requirementId === id);

  it("covers a requirement through a met ISO requirement that asks for all of it (equal, subset-of), partly through one that shares only part", () => {
    expect(coverage.requirements.map((r) => `${r.id} ${r.status}`)).toEqual([
      "AB-1 covered",
      "AB-2 partly",
      "AB-3 partly",
      "AB-4 not-covered",
      "AB-5 not-covered",
      "AB-6 not-covered",
      "AB-7 not-covered",
      "AB-8 partly",
      "AB-9 partly",
    ]);
    expect(byId("AB-1").elements).toEqual([
      { id: "A.8.13", relationship: "subset-of", extent: "full", kind: "control", title: "Information backup", status: "implemented", state: "met", findingIds: [] },
    ]);
    expect(finding("AB-1")).toBeUndefined();
    // Implemented without valid evidence is only partly met, even for an equal requirement.
    expect(byId("AB-8").elements[0]).toMatchObject({ status: "implemented-without-evidence", state: "partly-met", reason: "implemented, no valid evidence" });
  });

  it("grades what is missing as a conformity finding would be graded, and says how to resolve it", () => {
    expect(coverage.findings.map((f) => `${f.id} ${f.severity}`)).toEqual([
      "acme:AB-4 major",
      "acme:AB-3 minor",
      "acme:AB-5 minor",
      "acme:AB-6 minor",
      "acme:AB-7 minor",
      "acme:AB-8 minor",
      "acme:AB-2 ofi",
      "acme:AB-9 ofi",
    ]);
    // A requirement partly covered, whose other ISO requirement is excluded with a reason, is left to check, not open.
    expect(finding("AB-9")!.message).toBe('Acme AB-9 "Backups off site" is partly covered: A.8.13 is met, but it shares only part of what it asks (intersects-with); A.7.11 Supporting utilities (excluded in the Statement of Applicability: "No premises of our own.").');
    expect(finding("AB-9")!.hint).toBe("Check what Acme AB-9 asks beyond A.8.13 (and that the exclusion of A.7.11 holds for it) and record how it is met.");
    expect(finding("AB-4")).toEqual({
      id: "acme:AB-4",
      ruleId: "acme:AB-4",
      severity: "major",
      stage: 2,
      message: 'Acme AB-4 "Access" is not covered: none of the ISO/IEC 27001 requirements it maps to is met — A.5.15 Access control (planned); A.5.18 Access rights (no applicability decision).',
      refs: ["/controls/1", "/controls"],
      hint: "To cover it through the ISMS: implement A.5.15; decide whether A.5.18 applies. Or show how it is met without them.",
      frameworkId: "acme",
      requirementId: "AB-4",
    });
    expect(finding("AB-3")).toMatchObject({ controlId: "5.15", message: expect.stringContaining("met: A.8.13 Information backup; still open: A.5.15 Access control (planned)") });
    expect(finding("AB-3")!.hint).toBe("Implement A.5.15, and check what Acme AB-3 asks beyond them.");
    expect(finding("AB-5")).toMatchObject({ message: 'Acme AB-5 "Works council consulted" is not addressed by ISO/IEC 27001: A duty under labour law.', refs: [""] });
    // An exclusion with a reason is a decision to confirm for this framework, not a gap found in the ISMS.
    expect(finding("AB-6")).toMatchObject({ controlId: "7.11", message: expect.stringContaining('A.7.11 Supporting utilities (excluded in the Statement of Applicability: "No premises of our own.")'), refs: ["/controls/2"] });
    expect(finding("AB-6")!.hint).toMatch(/^Confirm that the reason for the exclusion also holds for Acme AB-6/);
    expect(finding("AB-2")!.message).toBe('Acme AB-2 "Backups, in part" is partly covered: A.8.13 is met, but it shares only part of what it asks (intersects-with). Acme also asks for offline copies.');
    expect(byId("AB-4").findingId).toBe("acme:AB-4");
  });

  it("counts requirements, findings and headings, and lists the open ISO requirements the most-awaited first", () => {
    expect(coverage.counts).toEqual({ covered: 1, partly: 4, notCovered: 4, notAddressed: 1, total: 9 });
    expect(coverage.findingCounts).toEqual({ major: 1, minor: 5, ofi: 2, total: 8 });
    expect(coverage.groups).toEqual([{ id: "AB", title: "Acme baseline", overview: true, covered: 1, partly: 2, notCovered: 4, total: 7 }]);
    expect(coverage.openIsoRequirements.map((o) => `${o.id} ${o.state} ${o.requirementIds.join(",")}`)).toEqual([
      "A.5.15 not-met AB-3,AB-4",
      "A.7.11 not-met AB-6,AB-9",
      "A.5.18 not-met AB-4",
      "A.8.16 partly-met AB-8",
    ]);
    expect(coverage.framework).toEqual({ id: "acme", name: "Acme: baseline", shortName: "Acme" });
    expect([coverage.organization, coverage.asOf, coverage.mappingId]).toEqual(["Acme", asOf, "acme--iso27001-2022"]);
  });

  it("judges clauses by the conformity report: a minor finding makes a clause partly met, observations leave it met", () => {
    const framework: MappedFramework = {
      framework: { id: "clauses", name: "Clauses", requirements: [{ id: "C-1", title: "Risk treatment" }, { id: "C-2", title: "Objectives" }] },
      mapping: { id: "clauses--iso27001-2022", source: "clauses", target: "iso27001-2022", origin: { title: "t" }, pairs: [{ source: "C-1", target: "6.1.3", relationship: "equal" }, { source: "C-2", target: "6.2", relationship: "equal" }] },
    };
    const result = assessFrameworkCoverage(example, framework, { asOf: "2026-11-28" });
    expect(result.requirements.map((r) => `${r.id} ${r.status} ${r.elements[0]!.status} ${r.elements[0]!.state}`)).toEqual(["C-1 partly nonconformant partly-met", "C-2 covered observations met"]);
    expect(result.findings[0]).toMatchObject({ clause: "6.1.3", stage: 1, refs: ["/risks/6/acceptance"] });
  });

  it("reuses the conformity report it is given, and refuses one for another day", () => {
    const report = checkConformity(example, { asOf: "2026-11-28" });
    const nis2 = getMappedFramework("nis2");
    expect(assessFrameworkCoverage(example, nis2, { asOf: "2026-11-28", conformityReport: report })).toEqual(assessFrameworkCoverage(example, nis2, { asOf: "2026-11-28" }));
    expect(thrownIssues(() => assessFrameworkCoverage(example, nis2, { asOf: "2026-11-29", conformityReport: report }))).toEqual(["/options/conformityReport invalid_value: drawn up for 2026-11-28, not for asOf 2026-11-29"]);
  });

  it("refuses a bad document, day, framework or mapping with every problem and its path", () => {
    expect(thrownIssues(() => assessFrameworkCoverage({} as never, acme, { asOf }))).toEqual([expect.stringMatching(/^\/isms\/controls invalid_type/)]);
    expect(thrownIssues(() => assessFrameworkCoverage(isms(), acme, { asOf: "2026-02-30" }))).toEqual([expect.stringMatching(/^\/options\/asOf/)]);
    expect(thrownIssues(() => assessFrameworkCoverage(isms(), null as never, { asOf }))).toEqual([expect.stringMatching(/^\/framework invalid_type: expected \{ framework, mapping \}/)]);
    const mapping: FrameworkMapping = {
      ...acme.mapping,
      source: "other",
      target: "iso27001-2013",
      pairs: [...acme.mapping.pairs, { source: "AB-99", target: "A.9.9", relationship: "equal" }, { source: "AB-1", target: "5.1.1", relationship: "equal" }],
      notAddressed: [{ source: "AB-0", reason: "?" }],
    };
    expect(thrownIssues(() => assessFrameworkCoverage(isms(), { framework: acme.framework, mapping }, { asOf })).map((line) => line.replace(/:.*/, ""))).toEqual([
      "/framework/mapping/source invalid_value",
      "/framework/mapping/target invalid_value",
      "/framework/mapping/pairs/11/source invalid_value",
      "/framework/mapping/pairs/11/target invalid_value",
      "/framework/mapping/pairs/12/target invalid_value",
      "/framework/mapping/notAddressed/0/source invalid_value",
    ]);
    const cyclic = { ...acme.framework, requirements: [{ id: "X", parentId: "Y", title: "x" }, { id: "Y", parentId: "X", title: "y" }] } as Framework;
    expect(thrownIssues(() => assessFrameworkCoverage(isms(), { framework: cyclic, mapping: acme.mapping }, { asOf })).filter((line) => line.includes("own ancestor"))).toHaveLength(2);
  });

  it("on the SaaS example: NIS2, GDPR, DORA, SOC 2 and CSF 2.0 (pinned)", () => {
    const report = checkConformity(example, { asOf: "2026-11-28" });
    const summary = (id: string) => {
      const c = assessFrameworkCoverage(example, getMappedFramework(id), { asOf: "2026-11-28", conformityReport: report });
      return [c.counts.covered, c.counts.partly, c.counts.notCovered, c.findingCounts.major, c.findingCounts.minor, c.findingCounts.ofi];
    };
    expect(Object.fromEntries(["nis2", "gdpr", "dora", "soc2", "nist-csf-2.0"].map((id) => [id, summary(id)]))).toEqual({
      nis2: [6, 343, 8, 0, 121, 230],
      gdpr: [0, 38, 2, 0, 9, 31],
      dora: [3, 106, 3, 0, 35, 74],
      soc2: [0, 53, 8, 0, 23, 38],
      "nist-csf-2.0": [0, 106, 0, 0, 45, 61],
    });
  });
});

describe("assessFrameworkCoverage (properties)", () => {
  const rank: Record<RequirementCoverageStatus, number> = { "not-covered": 0, partly: 1, covered: 2 };
  const ids = annexAControlIds.slice();
  const implemented = (list: readonly string[]) =>
    parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      controls: list.map((id) => ({ id, applicable: true, reasons: ["business"], justification: "Needed", implementationStatus: "implemented", evidenceIds: ["ev"] })),
      evidence: [{ id: "ev", title: "Evidence", kind: "record", collectedOn: "2026-05-02", controlIds: [...list] }],
    });

  it("implementing more controls never lowers the coverage of any requirement (monotonic)", () => {
    const dora = getMappedFramework("dora");
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (some, more) => {
        const before = assessFrameworkCoverage(implemented(some), dora, { asOf });
        const after = assessFrameworkCoverage(implemented([...new Set([...some, ...more])]), dora, { asOf });
        after.requirements.forEach((r, i) => expect(rank[r.status]).toBeGreaterThanOrEqual(rank[before.requirements[i]!.status]));
        // Every leaf is counted once in each heading above it.
        const top = after.groups.filter((g) => g.parentId === undefined).reduce((n, g) => n + g.total, 0);
        expect(top + after.requirements.filter((r) => r.parentId === undefined).length).toBe(after.counts.total);
      }),
      { numRuns: 15 },
    );
  });
});
