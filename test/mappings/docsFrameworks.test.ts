/** docs/frameworks.md stays true: the look-ups and figures it shows are what the library gives. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessFrameworkCoverage, parseIsms } from "../../src/index";
import { getFramework, getFrameworkMapping, getMappedFramework, mapControls } from "../../src/mappings/index";

const page = readFileSync(new URL("../../docs/frameworks.md", import.meta.url), "utf8");
const example = parseIsms(JSON.parse(readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8")));

describe("docs/frameworks.md", () => {
  it("shows the look-ups it claims", () => {
    expect(getFramework("iso27001-2022")?.requirements.find((r) => r.id === "A.8.13")).toEqual({ id: "A.8.13", kind: "control", parentId: "A.8", title: "Information backup" });
    expect(mapControls("iso27001-2022", "nist-csf-2.0", "A.8.13").map((m) => m.id)).toEqual(["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]);
    expect(mapControls("nist-csf-2.0", "iso27001-2022", "GV.OC-01").map((m) => m.id)).toEqual(["4.1", "6.1", "8.1", "8.2", "8.3"]);
    expect(mapControls("iso27001-2022", "iso27001-2013", "A.5.18").map((m) => `${m.id} ${m.relationship}`)).toEqual([
      "A.9.2.2 superset-of",
      "A.9.2.5 superset-of",
      "A.9.2.6 superset-of",
    ]);
    for (const shown of ['"A.9.2.2 superset-of"', '["PR.DS-01", "PR.DS-11", "RC.RP-03", "RC.RP-06"]', '["4.1", "6.1", "8.1", "8.2", "8.3"]']) expect(page).toContain(shown);
  });

  it("gives the figures it states", () => {
    const nist = getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!.pairs;
    expect([nist.length, nist.filter((p) => !p.target.startsWith("A.")).length, nist.filter((p) => p.target.startsWith("A.")).length]).toEqual([388, 87, 301]);
    const transition = getFrameworkMapping("iso27001-2013", "iso27001-2022")!.pairs;
    expect(["equal", "subset-of", "intersects-with"].map((r) => transition.filter((p) => p.relationship === r).length)).toEqual([58, 55, 2]);
    const coverage = assessFrameworkCoverage(example, getMappedFramework("nist-csf-2.0"), { asOf: "2026-11-28" });
    expect([coverage.counts.covered, coverage.counts.partly, coverage.counts.total]).toEqual([0, 106, 106]);
    expect(page).toContain("388 pairs, 87 to mandatory\n  clauses and 301 to Annex A controls");

  });
});
