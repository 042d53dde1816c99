/**
 * The framework and mapping data test (STYLE.md §6): every framework and every mapping data set of
 * `catalog/frameworks/` and `catalog/mappings/` is validated against its zod schema, then the checks
 * a schema cannot make are run — every id of every pair exists on both sides, no pair twice, every
 * requirement of the source framework mapped or recorded as not addressed. Every violation is
 * collected, so one run shows them all.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { annexA, annexA2013, clauses } from "../../src/catalog/index";
import {
  frameworkMappings,
  frameworks,
  FrameworkMappingSchema,
  FrameworkSchema,
  getFramework,
  getFrameworkMapping,
  mapFrom2013,
  mapTo2013,
} from "../../src/mappings/index";

const root = new URL("../../catalog/", import.meta.url);
const readJson = (dir: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith(".json"))
    .map((file) => ({ file: `${dir}${file}`, data: JSON.parse(readFileSync(new URL(`${dir}${file}`, root), "utf8")) as unknown }));

function schemaViolations(file: string, schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${file} ${issue.path.join(".")}: ${issue.message}`);
}

/** The "leaf" requirements a mapping is expected to cover: those no other requirement names as its parent. */
function leaves(id: string): string[] {
  const framework = getFramework(id)!;
  const parents = new Set(framework.requirements.map((r) => r.parentId));
  return framework.requirements.filter((r) => !parents.has(r.id)).map((r) => r.id);
}

describe("catalog/frameworks and catalog/mappings", () => {
  it("validate against FrameworkSchema and FrameworkMappingSchema, and every file is registered", () => {
    const violations = [
      ...frameworks.flatMap((f) => schemaViolations(f.id, FrameworkSchema, f)),
      ...readJson("frameworks/").flatMap(({ file, data }) => schemaViolations(file, FrameworkSchema, data)),
      ...readJson("mappings/").flatMap(({ file, data }) => schemaViolations(file, FrameworkMappingSchema, data)),
    ];
    expect(violations).toEqual([]);
    // One JSON file per data set, each listed once in the registry (the file is named by the mapping's id).
    expect(readJson("mappings/").map(({ file }) => file.replace(/^mappings\/|\.json$/g, "")).sort()).toEqual(frameworkMappings.map((m) => m.id).sort());
    expect(readJson("frameworks/").map(({ data }) => (data as { id: string }).id).every((id) => getFramework(id) !== undefined)).toBe(true);
    expect(new Set(frameworks.map((f) => f.id)).size).toBe(frameworks.length);
    expect(new Set(frameworkMappings.map((m) => m.id)).size).toBe(frameworkMappings.length);
  });

  it("name only requirements that exist on both sides, each pair once, and cover every leaf requirement of the source or say why not", () => {
    const violations: string[] = [];
    for (const mapping of frameworkMappings) {
      const source = getFramework(mapping.source);
      const target = getFramework(mapping.target);
      if (source === undefined) violations.push(`${mapping.id}: no framework ${mapping.source}`);
      if (target === undefined) violations.push(`${mapping.id}: no framework ${mapping.target}`);
      if (source === undefined || target === undefined) continue;
      const sourceIds = new Set(source.requirements.map((r) => r.id));
      const targetIds = new Set(target.requirements.map((r) => r.id));
      const seen = new Set<string>();
      mapping.pairs.forEach((pair, i) => {
        if (!sourceIds.has(pair.source)) violations.push(`${mapping.id} pairs[${i}].source: no requirement ${pair.source} in ${source.id}`);
        if (!targetIds.has(pair.target)) violations.push(`${mapping.id} pairs[${i}].target: no requirement ${pair.target} in ${target.id}`);
        const key = `${pair.source} → ${pair.target}`;
        if (seen.has(key)) violations.push(`${mapping.id} pairs[${i}]: duplicate pair ${key}`);
        seen.add(key);
      });
      const notAddressed = new Map((mapping.notAddressed ?? []).map((n) => [n.source, n.reason]));
      for (const id of notAddressed.keys()) {
        if (!sourceIds.has(id)) violations.push(`${mapping.id} notAddressed: no requirement ${id} in ${source.id}`);
        if (mapping.pairs.some((p) => p.source === id)) violations.push(`${mapping.id} notAddressed: ${id} is also mapped`);
      }
      const mapped = new Set(mapping.pairs.map((p) => p.source));
      for (const id of leaves(source.id)) {
        if (!mapped.has(id) && !notAddressed.has(id)) violations.push(`${mapping.id}: ${id} is neither mapped nor recorded as not addressed`);
      }
    }
    expect(violations).toEqual([]);
  });
});

describe("iso27001-2022 and iso27001-2013, built from the catalog", () => {
  it("hold the 41 clauses, the four Annex A themes and the 93 controls; the 14 domains and 114 controls of 2013", () => {
    const iso = getFramework("iso27001-2022")!.requirements;
    expect(iso.filter((r) => r.kind === "clause").map((r) => r.id)).toEqual(clauses.map((c) => c.id));
    expect(iso.filter((r) => r.kind === "theme").map((r) => r.id)).toEqual(["A.5", "A.6", "A.7", "A.8"]);
    expect(iso.filter((r) => r.kind === "control").map((r) => r.id)).toEqual(annexA.controls.map((c) => `A.${c.id}`));
    expect(iso.find((r) => r.id === "A.7.4")).toEqual({ id: "A.7.4", kind: "control", parentId: "A.7", title: "Physical security monitoring" });
    const iso2013 = getFramework("iso27001-2013")!.requirements;
    expect(iso2013.filter((r) => r.kind === "domain")).toHaveLength(14);
    expect(iso2013.filter((r) => r.kind === "control").map((r) => r.id)).toEqual(annexA2013.controls.map((c) => c.id));
  });
});

describe("iso27001-2013 → iso27001-2022 (ISO/IEC 27002:2022 Annex B)", () => {
  const mapping = getFrameworkMapping("iso27001-2013", "iso27001-2022")!;

  it("maps each of the 114 controls, 115 pairs in all; the 11 new 2022 controls have no 2013 source", () => {
    expect(new Set(mapping.pairs.map((p) => p.source)).size).toBe(114);
    expect(mapping.pairs).toHaveLength(115);
    const reached = new Set(mapping.pairs.map((p) => p.target.slice(2)));
    expect(annexA.controls.filter((c) => !reached.has(c.id)).map((c) => c.id)).toEqual(annexA.controls.filter((c) => c.isNew).map((c) => c.id));
  });

  it("derives each relationship from the table's shape: one to one is equal, merged is subset-of, the rest intersects-with", () => {
    const violations: string[] = [];
    for (const pair of mapping.pairs) {
      const fanOut = mapFrom2013(pair.source as never)!.length;
      const fanIn = mapTo2013(pair.target.slice(2) as never)!.length;
      const expected = fanOut === 1 && fanIn === 1 ? "equal" : fanOut === 1 ? "subset-of" : fanIn === 1 ? "superset-of" : "intersects-with";
      if (pair.relationship !== expected) violations.push(`${pair.source} → ${pair.target}: ${pair.relationship}, expected ${expected}`);
    }
    expect(violations).toEqual([]);
    expect(mapping.pairs.filter((p) => p.relationship === "intersects-with").map((p) => `${p.source} → ${p.target}`)).toEqual([
      "A.18.2.3 → A.5.36",
      "A.18.2.3 → A.8.8",
    ]);
  });
});

describe("nist-csf-2.0 and nist-csf-2.0 → iso27001-2022", () => {
  const csf = getFramework("nist-csf-2.0")!.requirements;
  const mapping = getFrameworkMapping("nist-csf-2.0", "iso27001-2022")!;
  /** Subcategories per Category in CSF 2.0 (NIST CSWP 29). */
  const PER_CATEGORY: Record<string, number> = {
    "GV.OC": 5, "GV.RM": 7, "GV.RR": 4, "GV.PO": 2, "GV.OV": 3, "GV.SC": 10,
    "ID.AM": 7, "ID.RA": 10, "ID.IM": 4,
    "PR.AA": 6, "PR.AT": 2, "PR.DS": 4, "PR.PS": 6, "PR.IR": 4,
    "DE.CM": 5, "DE.AE": 6,
    "RS.MA": 5, "RS.AN": 4, "RS.CO": 2, "RS.MI": 2,
    "RC.RP": 6, "RC.CO": 2,
  };

  it("has the 6 Functions, 22 Categories and 106 Subcategories of CSF 2.0 in order, each under its parent", () => {
    expect(csf.filter((r) => r.kind === "function").map((r) => r.title)).toEqual(["Govern", "Identify", "Protect", "Detect", "Respond", "Recover"]);
    expect(csf.filter((r) => r.kind === "category").map((r) => r.id)).toEqual(Object.keys(PER_CATEGORY));
    const violations: string[] = [];
    for (const r of csf) {
      if (r.kind === "category" && r.parentId !== r.id.slice(0, 2)) violations.push(`${r.id} under ${r.parentId}`);
      if (r.kind === "subcategory" && r.parentId !== r.id.split("-")[0]) violations.push(`${r.id} under ${r.parentId}`);
    }
    for (const [category, count] of Object.entries(PER_CATEGORY)) {
      const found = csf.filter((r) => r.parentId === category).length;
      if (found !== count) violations.push(`${category}: ${found} subcategories, expected ${count}`);
    }
    expect(violations).toEqual([]);
    expect(csf.filter((r) => r.kind === "subcategory")).toHaveLength(106);
  });

  it("pins a few of NIST's titles", () => {
    const title = (id: string) => csf.find((r) => r.id === id)?.title;
    expect(title("GV.OC-01")).toBe("The organizational mission is understood and informs cybersecurity risk management");
    expect(title("PR.DS-11")).toBe("Backups of data are created, protected, maintained, and tested");
    expect(title("RC.CO-04")).toBe("Public updates on incident recovery are shared using approved methods and messaging");
  });

  it("records NIST's informative references as published (pinned facts), in CSF order, clauses before controls", () => {
    const refs = (id: string) => mapping.pairs.filter((p) => p.source === id).map((p) => `${p.target}${p.items ? `(${p.items.join(",")})` : ""}`);
    expect(refs("GV.OC-01")).toEqual(["4.1", "6.1", "8.1", "8.2", "8.3"]);
    expect(refs("GV.OC-03")).toEqual(["4.2(a,b)", "A.5.20", "A.5.31"]);
    expect(refs("PR.AA-06")).toEqual(["A.7.1", "A.7.2", "A.7.3", "A.7.4", "A.7.12"]);
    expect(refs("PR.DS-11")).toEqual(["A.8.13"]);
    expect(mapping.pairs).toHaveLength(388);
    expect(new Set(mapping.pairs.map((p) => p.source)).size).toBe(106);
    expect(mapping.pairs.every((p) => p.relationship === "intersects-with")).toBe(true);
    const order = new Map(csf.map((r, i) => [r.id, i]));
    const rank = (p: (typeof mapping.pairs)[number]) => order.get(p.source)! * 2 + (p.target.startsWith("A.") ? 1 : 0);
    const ranks = mapping.pairs.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("notes the two references isms-kit had to read (NIST's '6.11' and '6.13')", () => {
    expect(mapping.pairs.filter((p) => p.note !== undefined).map((p) => `${p.source} ${p.target}`)).toEqual(["GV.RM-07 6.1.1", "ID.RA-06 6.1.3"]);
  });
});
