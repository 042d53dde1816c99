import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thrownIssues } from "../_lib/thrownIssues";
import { composeRelationships, frameworkMappings, getFramework, getFrameworkMapping, mapControls, MappingRelationshipSchema } from "../../src/mappings/index";

const nist = getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!;

describe("mapControls", () => {
  it("maps an Annex A control back to the CSF 2.0 Subcategories NIST relates to it", () => {
    expect(mapControls("iso27001-2022", "nist-csf-2.0", "A.8.13")).toEqual([
      { framework: "nist-csf-2.0", id: "PR.DS-01", title: "The confidentiality, integrity, and availability of data-at-rest are protected", relationship: "intersects-with", derived: false, mappingIds: [nist.id] },
      { framework: "nist-csf-2.0", id: "PR.DS-11", title: "Backups of data are created, protected, maintained, and tested", relationship: "intersects-with", derived: false, mappingIds: [nist.id] },
      {
        framework: "nist-csf-2.0",
        id: "RC.RP-03",
        title: "The integrity of backups and other restoration assets is verified before using them for restoration",
        relationship: "intersects-with",
        derived: false,
        mappingIds: [nist.id],
      },
      {
        framework: "nist-csf-2.0",
        id: "RC.RP-06",
        title: "The end of incident recovery is declared based on criteria, and incident-related documentation is completed",
        relationship: "intersects-with",
        derived: false,
        mappingIds: [nist.id],
      },
    ]);
  });

  it("maps a Subcategory to clauses and Annex A controls of one framework, with the clause items NIST names", () => {
    expect(mapControls("nist-csf-2.0", "iso27001-2022", "GV.RR-04").map((m) => m.id)).toEqual(["7.3", "A.6.1", "A.6.2", "A.6.3", "A.6.4", "A.6.5", "A.6.6", "A.6.7", "A.6.8"]);
    expect(mapControls("nist-csf-2.0", "iso27001-2022", "GV.OC-03")[0]).toEqual({
      framework: "iso27001-2022", id: "4.2", title: "Understanding the needs and expectations of interested parties", relationship: "intersects-with", items: ["a", "b"], derived: false, mappingIds: [nist.id],
    });
  });

  it("reads a mapping backwards with the inverse relationship (subset-of ↔ superset-of)", () => {
    expect(mapControls("iso27001-2013", "iso27001-2022", "A.9.2.2")).toEqual([
      { framework: "iso27001-2022", id: "A.5.18", title: "Access rights", relationship: "subset-of", derived: false, mappingIds: ["iso27001-2013--iso27001-2022"] },
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

  it("rejects unknown frameworks, a framework mapped to itself and unknown ids with an ArgumentError", () => {
    const issues = (run: () => unknown) => thrownIssues(run).map((line) => line.replace(/^(\S+) (\w+):.*$/, "$2 $1"));
    expect(issues(() => mapControls("nist-800-53", "nist-csf-2.0", "AC-1"))).toEqual(["invalid_value /fromFramework"]);
    expect(issues(() => mapControls("nist-csf-2.0", "nist-800-53", "GV.OC-01"))).toEqual(["invalid_value /toFramework"]);
    expect(issues(() => mapControls("nist-csf-2.0", "nist-csf-2.0", "GV.OC-01"))).toEqual(["invalid_value /toFramework"]);
    expect(issues(() => mapControls("soc2", "nis2", "CC6.9"))).toEqual(["invalid_value /id"]);
    expect(issues(() => mapControls("nist-csf-2.0", "iso27001-2022", "ID.AM-06"))).toEqual(["invalid_value /id"]);
    expect(issues(() => mapControls("iso27001-2022", "nist-csf-2.0", "5.1.1"))).toEqual(["invalid_value /id"]);
  });
});

describe("mapControls through ISO/IEC 27001:2022 as a hub", () => {
  it("derives SOC 2 → NIS2 pairs from the ISO/IEC 27001 requirements both map to, marked derived, with each step", () => {
    const derived = mapControls("soc2", "nis2", "CC6.8");
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((m) => m.derived && m.framework === "nis2" && m.via !== undefined && m.via.length > 0)).toBe(true);
    // CC6.8 (malicious software) reaches NIS2's protection against malicious software through A.8.7.
    const malware = derived.find((m) => m.id === "6.9.1")!;
    expect(malware.via!.map((step) => step.id)).toContain("A.8.7");
    expect(malware.mappingIds).toEqual(["soc2--iso27001-2022", "nis2--iso27001-2022"]);
    // Every pair is intersects-with on both sides: set theory fixes nothing.
    expect(new Set(derived.map((m) => m.relationship))).toEqual(new Set(["undetermined"]));
    // In NIS2's order.
    const order = new Map(getFramework("nis2")!.requirements.map((r, i) => [r.id, i]));
    const ranks = derived.map((m) => order.get(m.id)!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("derives a determined relationship where the legs fix one: a 2013 control carried forward into A.8.13 relates to NIS2 as A.8.13 does", () => {
    const derived = mapControls("iso27001-2013", "nis2", "A.12.3.1");
    const backup = derived.find((m) => m.id === "4.2.3")!;
    expect(backup.via).toEqual([{ id: "A.8.13", relationships: ["equal", "intersects-with"], mappingIds: ["iso27001-2013--iso27001-2022", "nis2--iso27001-2022"] }]);
    expect(backup.relationship).toBe("intersects-with");
    // DORA's backup policy is a subset of A.8.13; read backwards, the 2013 control carried into A.8.13 is a superset of it.
    expect(mapControls("iso27001-2013", "dora", "A.12.3.1").find((m) => m.id === "Art.12(1)(a)")?.relationship).toBe("superset-of");
  });

  it("gives each derived pair the strongest relationship its steps compose to (property)", () => {
    const ids = getFramework("soc2")!.requirements.filter((r) => r.kind === "criterion").map((r) => r.id);
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom("nis2", "gdpr", "dora", "nist-csf-2.0", "iso27001-2013"), (id, to) => {
        for (const mapped of mapControls("soc2", to, id)) {
          const composed = mapped.via!.map((step) => composeRelationships(...step.relationships));
          const strongest = ["equal", "subset-of", "superset-of", "intersects-with", "undetermined"].find((r) => composed.includes(r as never));
          expect(mapped.relationship).toBe(strongest);
          // The step is real: the hub requirement is mapped from the source and to the target.
          for (const step of mapped.via!) {
            expect(mapControls("soc2", "iso27001-2022", id).map((m) => m.id)).toContain(step.id);
            expect(mapControls("iso27001-2022", to, step.id).map((m) => m.id)).toContain(mapped.id);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("composeRelationships", () => {
  const all = MappingRelationshipSchema.options;
  /** A model of each relationship as a pair of sets over {0 … 3}, to check the table by brute force. */
  const sets = (n: number) => Array.from({ length: 2 ** n }, (_, mask) => new Set([...Array(n).keys()].filter((i) => mask & (1 << i))));
  const relate = (a: Set<number>, b: Set<number>): (typeof all)[number] | undefined => {
    if (a.size === 0 || b.size === 0) return undefined;
    const inter = [...a].filter((x) => b.has(x)).length;
    if (inter === 0) return "no-relationship";
    if (inter === a.size && inter === b.size) return "equal";
    if (inter === a.size) return "subset-of";
    if (inter === b.size) return "superset-of";
    return "intersects-with";
  };

  it("states a relationship only where every triple of sets agrees with it, and all such relationships (exhaustive over 4 elements)", () => {
    const universe = sets(4);
    const seen = new Map<string, Set<string>>();
    for (const x of universe) for (const y of universe) for (const z of universe) {
      const first = relate(x, y);
      const second = relate(y, z);
      const result = relate(x, z);
      if (!first || !second || !result) continue;
      const key = `${first} ${second}`;
      (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(result);
    }
    const violations: string[] = [];
    for (const first of all) for (const second of all) {
      const outcomes = seen.get(`${first} ${second}`) ?? new Set();
      const composed = composeRelationships(first, second);
      const expected = outcomes.size === 1 ? [...outcomes][0] : "undetermined";
      if (composed !== expected) violations.push(`${first} ∘ ${second}: ${composed}, set theory gives ${[...outcomes].join("|")}`);
    }
    expect(violations).toEqual([]);
  });

  it("rejects what is not a relationship, naming the argument", () => {
    expect(thrownIssues(() => composeRelationships("equal", "overlaps" as never))).toEqual([expect.stringMatching(/^\/second invalid_value: expected one of "equal"/)]);
    expect(thrownIssues(() => composeRelationships("__proto__" as never, "equal"))).toEqual([expect.stringMatching(/^\/first invalid_value/)]);
  });
});
