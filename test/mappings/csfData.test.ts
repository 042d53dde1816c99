/**
 * The CSF 2.0 and mapping data test (STYLE.md §6): `catalog/csf-2.0.json` and
 * `catalog/mappings/csf2-iso27001-2022.json` are validated against their zod schemas, then the
 * checks a schema cannot express are run — counts, order, unique ids, every reference resolves on
 * both sides. Every violation is collected, so one run shows them all.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import csfJson from "../../catalog/csf-2.0.json" with { type: "json" };
import mappingJson from "../../catalog/mappings/csf2-iso27001-2022.json" with { type: "json" };
import { annexAControlIds, clauseIds } from "../../src/catalog/index";
import { csf2, csf2ToIso27001, CsfCoreSchema, CsfIsoMappingSchema } from "../../src/export/oscal/index";

function schemaViolations(file: string, schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${file} ${issue.path.join(".")}: ${issue.message}`);
}

const FUNCTIONS = ["GV", "ID", "PR", "DE", "RS", "RC"];
/** Subcategories per Category in CSF 2.0 (NIST CSWP 29). */
const PER_CATEGORY: Record<string, number> = {
  "GV.OC": 5, "GV.RM": 7, "GV.RR": 4, "GV.PO": 2, "GV.OV": 3, "GV.SC": 10,
  "ID.AM": 7, "ID.RA": 10, "ID.IM": 4,
  "PR.AA": 6, "PR.AT": 2, "PR.DS": 4, "PR.PS": 6, "PR.IR": 4,
  "DE.CM": 5, "DE.AE": 6,
  "RS.MA": 5, "RS.AN": 4, "RS.CO": 2, "RS.MI": 2,
  "RC.RP": 6, "RC.CO": 2,
};

describe("catalog/csf-2.0.json", () => {
  it("validates against CsfCoreSchema", () => {
    expect(schemaViolations("csf-2.0.json", CsfCoreSchema, csfJson)).toEqual([]);
  });

  it("has the 6 Functions, 22 Categories and 106 Subcategories of CSF 2.0, each referring to its parent, in order", () => {
    const violations: string[] = [];
    if (JSON.stringify(csf2.functions.map((f) => f.id)) !== JSON.stringify(FUNCTIONS)) violations.push("functions: not GV, ID, PR, DE, RS, RC");
    if (JSON.stringify(csf2.categories.map((c) => c.id)) !== JSON.stringify(Object.keys(PER_CATEGORY))) violations.push("categories: not the 22 of CSF 2.0 in order");
    const seen = new Set<string>();
    csf2.categories.forEach((category, i) => {
      if (category.functionId !== category.id.slice(0, 2)) violations.push(`categories[${i}]: ${category.id} names function ${category.functionId}`);
    });
    csf2.subcategories.forEach((subcategory, i) => {
      if (seen.has(subcategory.id)) violations.push(`subcategories[${i}]: duplicate id ${subcategory.id}`);
      seen.add(subcategory.id);
      if (subcategory.categoryId !== subcategory.id.split("-")[0]) violations.push(`subcategories[${i}]: ${subcategory.id} names category ${subcategory.categoryId}`);
      const previous = csf2.subcategories[i - 1];
      if (previous !== undefined && previous.categoryId === subcategory.categoryId && previous.id >= subcategory.id) violations.push(`subcategories[${i}]: ${subcategory.id} is out of order`);
    });
    for (const [category, count] of Object.entries(PER_CATEGORY)) {
      const found = csf2.subcategories.filter((s) => s.categoryId === category).length;
      if (found !== count) violations.push(`${category}: ${found} subcategories, expected ${count}`);
    }
    expect(violations).toEqual([]);
    expect(csf2.subcategories).toHaveLength(106);
  });

  it("pins a few of NIST's titles", () => {
    const title = (id: string) => csf2.subcategories.find((s) => s.id === id)?.title;
    expect(title("GV.OC-01")).toBe("The organizational mission is understood and informs cybersecurity risk management");
    expect(title("PR.DS-11")).toBe("Backups of data are created, protected, maintained, and tested");
    expect(title("RC.CO-04")).toBe("Public updates on incident recovery are shared using approved methods and messaging");
    expect(csf2.functions.map((f) => f.title)).toEqual(["Govern", "Identify", "Protect", "Detect", "Respond", "Recover"]);
  });
});

describe("catalog/mappings/csf2-iso27001-2022.json", () => {
  it("validates against CsfIsoMappingSchema", () => {
    expect(schemaViolations("csf2-iso27001-2022.json", CsfIsoMappingSchema, mappingJson)).toEqual([]);
  });

  it("names only ids that exist: CSF 2.0 Subcategories, Annex A 2022 controls and ISO/IEC 27001:2022 clauses", () => {
    const subcategories = new Set(csf2.subcategories.map((s) => s.id));
    const controls = new Set<string>(annexAControlIds);
    const clauses = new Set<string>(clauseIds);
    const violations: string[] = [];
    const pairs = new Set<string>();
    csf2ToIso27001.mappings.forEach((m, i) => {
      if (!subcategories.has(m.csf)) violations.push(`mappings[${i}].csf: no CSF 2.0 Subcategory ${m.csf}`);
      if (m.kind === "control" && !controls.has(m.iso)) violations.push(`mappings[${i}].iso: no Annex A control ${m.iso}`);
      if (m.kind === "clause" && !clauses.has(m.iso)) violations.push(`mappings[${i}].iso: no clause ${m.iso}`);
      if (m.items !== undefined && m.kind !== "clause") violations.push(`mappings[${i}].items: only clauses have items`);
      const key = `${m.csf} ${m.kind} ${m.iso}`;
      if (pairs.has(key)) violations.push(`mappings[${i}]: duplicate pair ${key}`);
      pairs.add(key);
    });
    expect(violations).toEqual([]);
  });

  it("lists the mappings in CSF order, clauses before controls, and every Subcategory at least once", () => {
    const order = new Map(csf2.subcategories.map((s, i) => [s.id, i]));
    const rank = (m: (typeof csf2ToIso27001.mappings)[number]) => order.get(m.csf)! * 2 + (m.kind === "clause" ? 0 : 1);
    const ranks = csf2ToIso27001.mappings.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(csf2ToIso27001.mappings.map((m) => m.csf)).size).toBe(106);
  });

  it("records NIST's informative references as published (pinned facts)", () => {
    const refs = (csf: string) => csf2ToIso27001.mappings.filter((m) => m.csf === csf).map((m) => `${m.kind === "clause" ? "clause " : ""}${m.iso}${m.items ? `(${m.items.join(",")})` : ""}`);
    expect(refs("GV.OC-01")).toEqual(["clause 4.1", "clause 6.1", "clause 8.1", "clause 8.2", "clause 8.3"]);
    expect(refs("GV.OC-03")).toEqual(["clause 4.2(a,b)", "5.20", "5.31"]);
    expect(refs("PR.AA-06")).toEqual(["7.1", "7.2", "7.3", "7.4", "7.12"]);
    expect(refs("PR.DS-11")).toEqual(["8.13"]);
    expect(refs("RC.RP-01")).toEqual(["5.26", "5.29"]);
    expect(csf2ToIso27001.mappings).toHaveLength(388);
    expect(csf2ToIso27001.mappings.every((m) => m.relationship === "intersect")).toBe(true);
  });

  it("notes the two references isms-kit had to read (NIST's '6.11' and '6.13')", () => {
    expect(csf2ToIso27001.mappings.filter((m) => m.note !== undefined).map((m) => `${m.csf} ${m.iso}`)).toEqual(["GV.RM-07 6.1.1", "ID.RA-06 6.1.3"]);
  });
});
