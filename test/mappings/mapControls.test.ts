import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { annexAControlIds, clauseIds } from "../../src/catalog/index";
import { csf2, csf2ToIso27001, mapControls, OscalError, type MappingFramework } from "../../src/export/oscal/index";

describe("mapControls", () => {
  it("maps an Annex A control to the CSF 2.0 Subcategories NIST relates to it", () => {
    expect(mapControls("iso27001-2022", "csf-2.0", "8.13")).toEqual([
      { framework: "csf-2.0", id: "PR.DS-01", title: "The confidentiality, integrity, and availability of data-at-rest are protected", relationship: "intersect" },
      { framework: "csf-2.0", id: "PR.DS-11", title: "Backups of data are created, protected, maintained, and tested", relationship: "intersect" },
      {
        framework: "csf-2.0",
        id: "RC.RP-03",
        title: "The integrity of backups and other restoration assets is verified before using them for restoration",
        relationship: "intersect",
      },
      {
        framework: "csf-2.0",
        id: "RC.RP-06",
        title: "The end of incident recovery is declared based on criteria, and incident-related documentation is completed",
        relationship: "intersect",
      },
    ]);
  });

  it("maps a Subcategory to Annex A controls and, separately, to clauses", () => {
    expect(mapControls("csf-2.0", "iso27001-2022", "GV.RR-04").map((m) => m.id)).toEqual(["6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8"]);
    expect(mapControls("csf-2.0", "iso27001-2022-clauses", "GV.RR-04")).toEqual([
      { framework: "iso27001-2022-clauses", id: "7.3", title: "Awareness", relationship: "intersect" },
    ]);
    expect(mapControls("csf-2.0", "iso27001-2022", "GV.OC-01")).toEqual([]);
  });

  it("maps a clause to Subcategories, carrying isms-kit's note where NIST's reference had to be read", () => {
    expect(mapControls("iso27001-2022-clauses", "csf-2.0", "6.1.1").find((m) => m.id === "GV.RM-07")?.note).toMatch(/NIST lists clause "6.11"/);
  });

  it("is symmetric: B is among the mappings of A exactly when A is among those of B (property)", () => {
    const isoFramework = fc.constantFrom<MappingFramework>("iso27001-2022", "iso27001-2022-clauses");
    fc.assert(
      fc.property(fc.constantFrom(...csf2.subcategories.map((s) => s.id)), isoFramework, (csf, framework) => {
        for (const mapped of mapControls("csf-2.0", framework, csf)) {
          expect(mapControls(framework, "csf-2.0", mapped.id).map((m) => m.id)).toContain(csf);
        }
      }),
      { numRuns: 100 },
    );
    const pairs = csf2ToIso27001.mappings.length;
    const fromIso =
      annexAControlIds.reduce((n, id) => n + mapControls("iso27001-2022", "csf-2.0", id).length, 0) +
      clauseIds.reduce((n, id) => n + mapControls("iso27001-2022-clauses", "csf-2.0", id).length, 0);
    expect(fromIso).toBe(pairs);
  });

  it("rejects unknown frameworks, pairs it has no mapping for and unknown ids", () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(OscalError);
        return (error as OscalError).issues.map((issue) => `${issue.code} ${issue.pointer}`);
      }
      throw new Error("expected mapControls to throw");
    };
    expect(issues(() => mapControls("nist-800-53" as MappingFramework, "csf-2.0", "AC-1"))).toEqual(["invalid_value /fromFramework"]);
    expect(issues(() => mapControls("iso27001-2022", "iso27001-2022-clauses", "5.1"))).toEqual(["invalid_value /toFramework"]);
    expect(issues(() => mapControls("csf-2.0", "csf-2.0", "GV.OC-01"))).toEqual(["invalid_value /toFramework"]);
    expect(issues(() => mapControls("csf-2.0", "iso27001-2022", "ID.AM-06"))).toEqual(["unknown_id /id"]);
    expect(issues(() => mapControls("iso27001-2022-clauses", "csf-2.0", "A.5.1"))).toEqual(["unknown_id /id"]);
  });
});
