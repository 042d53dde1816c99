import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrownIssues } from "../_lib/thrownIssues";
import { frameworkMappings, getFramework, getFrameworkMapping, mapControls } from "../../src/mappings/index";

const nist = getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!;

describe("mapControls", () => {
  it("maps an Annex A control back to the CSF 2.0 Subcategories NIST relates to it", () => {
    expect(mapControls("iso27001-2022", "nist-csf-2.0", "A.8.13")).toEqual([
      { framework: "nist-csf-2.0", id: "PR.DS-01", title: "The confidentiality, integrity, and availability of data-at-rest are protected", relationship: "intersects-with", mappingId: nist.id },
      { framework: "nist-csf-2.0", id: "PR.DS-11", title: "Backups of data are created, protected, maintained, and tested", relationship: "intersects-with", mappingId: nist.id },
      {
        framework: "nist-csf-2.0",
        id: "RC.RP-03",
        title: "The integrity of backups and other restoration assets is verified before using them for restoration",
        relationship: "intersects-with",
        mappingId: nist.id,
      },
      {
        framework: "nist-csf-2.0",
        id: "RC.RP-06",
        title: "The end of incident recovery is declared based on criteria, and incident-related documentation is completed",
        relationship: "intersects-with",
        mappingId: nist.id,
      },
    ]);
  });

  it("maps a Subcategory to clauses and Annex A controls of one framework, with the clause items NIST names", () => {
    expect(mapControls("nist-csf-2.0", "iso27001-2022", "GV.RR-04").map((m) => m.id)).toEqual(["7.3", "A.6.1", "A.6.2", "A.6.3", "A.6.4", "A.6.5", "A.6.6", "A.6.7", "A.6.8"]);
    expect(mapControls("nist-csf-2.0", "iso27001-2022", "GV.OC-03")[0]).toEqual({
      framework: "iso27001-2022", id: "4.2", title: "Understanding the needs and expectations of interested parties", relationship: "intersects-with", items: ["a", "b"], mappingId: nist.id,
    });
  });

  it("reads a mapping backwards with the inverse relationship (subset-of ↔ superset-of)", () => {
    expect(mapControls("iso27001-2013", "iso27001-2022", "A.9.2.2")).toEqual([
      { framework: "iso27001-2022", id: "A.5.18", title: "Access rights", relationship: "subset-of", mappingId: "iso27001-2013--iso27001-2022" },
    ]);
    expect(mapControls("iso27001-2022", "iso27001-2013", "A.5.18").map((m) => `${m.id} ${m.relationship}`)).toEqual([
      "A.9.2.2 superset-of",
      "A.9.2.5 superset-of",
      "A.9.2.6 superset-of",
    ]);
    expect(mapControls("iso27001-2022", "iso27001-2013", "A.5.7")).toEqual([]);
  });

  it("carries isms-kit's note where NIST's reference had to be read", () => {
    expect(mapControls("iso27001-2022", "nist-csf-2.0", "6.1.1").find((m) => m.id === "GV.RM-07")?.note).toMatch(/6\.11/);
  });

  it("is symmetric: B is among the mappings of A exactly when A is among those of B (property)", () => {
    for (const mapping of frameworkMappings) {
      const sources = [...new Set(mapping.pairs.map((p) => p.source))];
      fc.assert(
        fc.property(fc.constantFrom(...sources), (id) => {
          for (const mapped of mapControls(mapping.source, mapping.target, id)) {
            expect(mapControls(mapping.target, mapping.source, mapped.id).map((m) => m.id)).toContain(id);
          }
        }),
        { numRuns: 100 },
      );
      const back = getFramework(mapping.target)!.requirements.reduce((n, r) => n + mapControls(mapping.target, mapping.source, r.id).length, 0);
      expect(back, mapping.id).toBe(mapping.pairs.length);
    }
  });

  it("rejects unknown frameworks, frameworks no mapping relates and unknown ids with an ArgumentError", () => {
    const issues = (run: () => unknown) => thrownIssues(run).map((line) => line.replace(/^(\S+) (\w+):.*$/, "$2 $1"));
    expect(issues(() => mapControls("nist-800-53", "nist-csf-2.0", "AC-1"))).toEqual(["invalid_value /fromFramework"]);
    expect(issues(() => mapControls("nist-csf-2.0", "iso27001-2013", "GV.OC-01"))).toEqual(["invalid_value /toFramework"]);
    expect(issues(() => mapControls("nist-csf-2.0", "nist-csf-2.0", "GV.OC-01"))).toEqual(["invalid_value /toFramework"]);
    expect(issues(() => mapControls("nist-csf-2.0", "iso27001-2022", "ID.AM-06"))).toEqual(["invalid_value /id"]);
    expect(issues(() => mapControls("iso27001-2022", "nist-csf-2.0", "5.1.1"))).toEqual(["invalid_value /id"]);
  });
});
