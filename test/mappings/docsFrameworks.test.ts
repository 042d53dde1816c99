/** docs/frameworks.md stays true: the look-ups, figures and tables it shows are what the library gives. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessFrameworkCoverage, checkConformity, parseIsms } from "../../src/index";
import { frameworkMappings, frameworks, getFramework, getFrameworkMapping, getMappedFramework, mapControls } from "../../src/mappings/index";

const page = readFileSync(new URL("../../docs/frameworks.md", import.meta.url), "utf8");
const example = parseIsms(JSON.parse(readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8")));

/** The cells of the table row that starts with `first`. */
function row(first: string): string[] {
  const line = page.split("\n").find((l) => l.startsWith(`| ${first} |`));
  expect(line, first).toBeDefined();
  return line!.split("|").slice(2, -1).map((cell) => cell.trim());
}

describe("docs/frameworks.md", () => {
  it("shows the look-ups it claims", () => {
    expect(getFramework("iso27001-2022")?.requirements.find((r) => r.id === "A.8.13")).toEqual({ id: "A.8.13", kind: "control", parentId: "A.8", title: "Information backup" });
    expect(mapControls("iso27001-2022", "nist-csf-2.0", "A.8.13").map((m) => m.id)).toEqual(["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]);
    expect(mapControls("nist-csf-2.0", "iso27001-2022", "GV.OC-01").map((m) => m.id)).toEqual(["4.1", "6.1", "8.1", "8.2", "8.3"]);
    expect(mapControls("iso27001-2022", "iso27001-2013", "A.5.18").map((m) => `${m.id} ${m.relationship}`)).toEqual(["A.9.2.2 superset-of", "A.9.2.5 superset-of", "A.9.2.6 superset-of"]);
    expect(mapControls("soc2", "nis2", "CC6.8").find((m) => m.id === "6.9.1")).toMatchObject({
      title: "Systems protected against malicious and unauthorised software",
      relationship: "undetermined",
      derived: true,
      mappingIds: ["soc2--iso27001-2022", "nis2--iso27001-2022"],
      via: [{ id: "A.8.7", relationships: ["intersects-with", "intersects-with"] }],
    });
    expect(mapControls("iso27001-2013", "dora", "A.12.3.1").find((m) => m.id === "Art.12(1)(a)")?.relationship).toBe("superset-of");
    expect(getFramework("nis2")!.requirements.filter((r) => r.reportingDuty).map((r) => `${r.id} ${r.reportingDuty?.within ?? ""}`)).toEqual([
      "Art.23(1) ", "Art.23(2) ", "Art.23(4)(a) PT24H", "Art.23(4)(b) PT72H", "Art.23(4)(c) ", "Art.23(4)(d) P1M", "Art.23(4)(e) P1M",
    ]);
    for (const shown of ['"A.9.2.2 superset-of"', '["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]', '["4.1", "6.1", "8.1", "8.2", "8.3"]', '"Art.23(4)(a) PT24H"', "// { covered: 6, partly: 343, notCovered: 8, notAddressed: 0, total: 357 }"]) {
      expect(page).toContain(shown);
    }
  });

  it("gives each framework's figures as the data has them", () => {
    for (const framework of frameworks) {
      const parents = new Set(framework.requirements.map((r) => r.parentId));
      const leaves = framework.requirements.filter((r) => !parents.has(r.id)).length;
      const mapping = frameworkMappings.find((m) => m.source === framework.id);
      const cells = row(`\`${framework.id}\``);
      expect(cells[1], framework.id).toBe(String(leaves));
      expect(cells[2], framework.id).toBe(mapping === undefined ? "—" : String(mapping.pairs.length));
      expect(cells[3], framework.id).toBe(mapping === undefined ? "—" : String(mapping.notAddressed?.length ?? 0));
      if (mapping === undefined) continue;
      const counts = new Map<string, number>();
      for (const p of mapping.pairs) counts.set(p.relationship, (counts.get(p.relationship) ?? 0) + 1);
      const described = counts.size === 1 ? `all ${[...counts.keys()][0]}` : [...counts].map(([r, n]) => `${n} ${r}`);
      if (typeof described === "string") expect(cells[4]).toBe(described);
      else expect(new Set(cells[4]!.split(", "))).toEqual(new Set(described));
    }
    const nist = getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!.pairs;
    expect([nist.length, nist.filter((p) => !p.target.startsWith("A.")).length, nist.filter((p) => p.target.startsWith("A.")).length]).toEqual([388, 87, 301]);
    expect(page).toContain("(388 pairs, 87 to\nmandatory clauses and 301 to Annex A controls)");
  });

  it("states the SaaS example's coverage as assessFrameworkCoverage works it out", () => {
    const report = checkConformity(example, { asOf: "2026-11-28" });
    const names: Record<string, string> = { nis2: "NIS2", gdpr: "GDPR", dora: "DORA", soc2: "SOC 2", "nist-csf-2.0": "NIST CSF 2.0" };
    for (const [id, name] of Object.entries(names)) {
      const c = assessFrameworkCoverage(example, getMappedFramework(id), { asOf: "2026-11-28", conformityReport: report });
      expect(row(name), id).toEqual([c.counts.covered, c.counts.partly, c.counts.notCovered, c.findingCounts.major, c.findingCounts.minor, c.findingCounts.ofi].map(String));
    }
  });
});
