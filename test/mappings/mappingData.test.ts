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

/** The ids of the leaves under `parent` (or the whole framework), in order. */
function leavesUnder(frameworkId: string, parent?: string): string[] {
  const framework = getFramework(frameworkId)!;
  const parentOf = new Map(framework.requirements.map((r) => [r.id, r.parentId]));
  const isUnder = (id: string) => {
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) if (at === parent) return true;
    return parent === undefined;
  };
  return leaves(frameworkId).filter(isUnder);
}

describe("reporting duties", () => {
  it("start their clock at an event the incident records can hold, or at another requirement of the same framework", () => {
    const events = ["awareness", "classification", "request", "handling", "root-cause-analysis"];
    const violations: string[] = [];
    for (const framework of frameworks) {
      const ids = new Set(framework.requirements.map((r) => r.id));
      for (const r of framework.requirements) {
        const after = r.reportingDuty?.after;
        if (after !== undefined && !events.includes(after) && !ids.has(after)) violations.push(`${framework.id} ${r.id}: after ${after}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("give NIS2's, GDPR's and DORA's notification deadlines as the acts state them", () => {
    const duties = frameworks.flatMap((f) => f.requirements.filter((r) => r.reportingDuty).map((r) => `${f.id} ${r.id} ${r.reportingDuty!.event} → ${r.reportingDuty!.recipient} ${r.reportingDuty!.within ?? "-"} after ${r.reportingDuty!.after ?? "-"}`));
    expect(duties).toEqual([
      "nis2 Art.23(1) significant-incident → CSIRT or competent authority - after -",
      "nis2 Art.23(2) significant-cyber-threat → recipients of the services - after -",
      "nis2 Art.23(4)(a) significant-incident → CSIRT or competent authority PT24H after awareness",
      "nis2 Art.23(4)(b) significant-incident → CSIRT or competent authority PT72H after awareness",
      "nis2 Art.23(4)(c) significant-incident → CSIRT or competent authority - after request",
      "nis2 Art.23(4)(d) significant-incident → CSIRT or competent authority P1M after Art.23(4)(b)",
      "nis2 Art.23(4)(e) significant-incident → CSIRT or competent authority P1M after handling",
      "gdpr Art.33(1) personal-data-breach → supervisory authority PT72H after awareness",
      "gdpr Art.33(2) personal-data-breach → controller - after awareness",
      "gdpr Art.34(1) personal-data-breach → data subjects - after awareness",
      "dora Art.19(1) major-ict-incident → competent authority - after -",
      "dora Art.19(3) major-ict-incident → clients - after -",
      "dora Art.19(4)(a) major-ict-incident → competent authority - after classification",
      "dora Art.19(4)(b) major-ict-incident → competent authority - after Art.19(4)(a)",
      "dora Art.19(4)(c) major-ict-incident → competent authority - after root-cause-analysis",
    ]);
  });
});

describe("nis2 and nis2 → iso27001-2022", () => {
  const nis2 = getFramework("nis2")!.requirements;
  const mapping = getFrameworkMapping("nis2", "iso27001-2022")!;
  const title = (id: string) => nis2.find((r) => r.id === id)?.title;

  it("holds Articles 20, 21 and 23 of the Directive and the 13 sections of the Annex of Implementing Regulation (EU) 2024/2690, with their official headings", () => {
    expect(nis2.filter((r) => r.parentId === undefined).map((r) => r.id)).toEqual(["Art.20", "Art.21", "Art.23", "Annex"]);
    expect(leavesUnder("nis2", "Art.21(2)")).toEqual("abcdefghij".split("").map((p) => `Art.21(2)(${p})`));
    expect(leavesUnder("nis2", "Art.23")).toEqual(["Art.23(1)", "Art.23(2)", "Art.23(4)(a)", "Art.23(4)(b)", "Art.23(4)(c)", "Art.23(4)(d)", "Art.23(4)(e)"]);
    expect(nis2.filter((r) => r.kind === "section").map((r) => `${r.id} ${r.title}`)).toEqual([
      "1 Policy on the security of network and information systems",
      "2 Risk management policy",
      "3 Incident handling",
      "4 Business continuity and crisis management",
      "5 Supply chain security",
      "6 Security in network and information systems acquisition, development and maintenance",
      "7 Policies and procedures to assess the effectiveness of cybersecurity risk-management measures",
      "8 Basic cyber hygiene practices and security training",
      "9 Cryptography",
      "10 Human resources security",
      "11 Access control",
      "12 Asset management",
      "13 Environmental and physical security",
    ]);
    // The headings of the Annex's points, as the second transcription lists them (catalog/SOURCES.md).
    const headed = ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "4.1", "4.2", "4.3", "5.1", "5.2", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8", "6.9", "6.10", "8.1", "8.2", "10.1", "10.2", "10.3", "10.4", "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "12.1", "12.2", "12.3", "12.4", "12.5", "13.1", "13.2", "13.3"];
    expect(headed.map(title)).toEqual([
      "Policy on the security of network and information systems", "Roles, responsibilities and authorities", "Risk management framework", "Compliance monitoring",
      "Independent review of information and network security", "Incident handling policy", "Monitoring and logging", "Event reporting", "Event assessment and classification",
      "Incident response", "Post-incident reviews", "Business continuity and disaster recovery plan", "Backup and redundancy management", "Crisis management",
      "Supply chain security policy", "Directory of suppliers and service providers", "Security in acquisition of ICT services or ICT products", "Secure development life cycle",
      "Configuration management", "Change management, repairs and maintenance", "Security testing", "Security patch management", "Network security", "Network segmentation",
      "Protection against malicious and unauthorised software", "Vulnerability handling and disclosure", "Awareness raising and basic cyber hygiene practices", "Security training",
      "Human resources security", "Verification of background", "Termination or change of employment procedures", "Disciplinary process", "Access control policy",
      "Management of access rights", "Privileged accounts and system administration accounts", "Administration systems", "Identification", "Authentication",
      "Multi-factor authentication", "Asset classification", "Handling of assets", "Removable media policy", "Asset inventory",
      "Deposit, return or deletion of assets upon termination of employment", "Supporting utilities", "Protection against physical and environmental threats",
      "Perimeter and physical access control",
    ]);
    expect(leavesUnder("nis2", "3.2.3")).toEqual("abcdefghijkl".split("").map((l) => `3.2.3(${l})`));
    expect(leavesUnder("nis2", "9.2(c)")).toHaveLength(12);
    expect([nis2.length, leaves("nis2").length, leavesUnder("nis2", "Annex").length]).toEqual([465, 357, 335]);
  });

  it("keeps ENISA's references as published and says where isms-kit read or added one", () => {
    const own = mapping.pairs.filter((p) => p.note !== undefined);
    const enisa = mapping.pairs.filter((p) => p.note === undefined);
    expect(enisa).toHaveLength(923);
    expect(enisa.every((p) => p.relationship === "intersects-with" && !p.source.startsWith("Art."))).toBe(true);
    expect(mapping.pairs.filter((p) => p.source.startsWith("Art.")).every((p) => p.note !== undefined)).toBe(true);
    expect(own.filter((p) => p.relationship !== "intersects-with").map((p) => `${p.source} ${p.relationship} ${p.target}(${p.items})`)).toEqual(
      "abcdef".split("").map((l) => `7.2(${l}) equal 9.1(${l})`),
    );
    const refs = (id: string) => mapping.pairs.filter((p) => p.source === id).map((p) => p.target);
    // Pinned facts of ENISA's table.
    expect(refs("11.7.1")).toEqual(["A.8.5"]);
    expect(refs("4.2.3")).toEqual(["A.8.13", "A.8.14"]);
    expect(refs("6.9.1")).toEqual(["A.5.32", "A.8.7"]);
    expect(refs("12.5.1")).toEqual(["A.5.11", "A.5.18"]);
  });

  it("maps each point of Article 21(2) to the ISO/IEC 27001 requirements ENISA gives for the Annex sections that implement it", () => {
    const sections: Record<string, string[]> = { a: ["1", "2"], b: ["3"], c: ["4", "13.1"], d: ["5"], e: ["6", "13.2"], f: ["7"], g: ["8"], h: ["9"], i: ["10", "11", "12", "13.3"], j: ["11.7"] };
    const violations: string[] = [];
    for (const [point, secs] of Object.entries(sections)) {
      const expected = new Set(secs.flatMap((s) => [s, ...leavesUnder("nis2", s)]).flatMap((id) => mapping.pairs.filter((p) => p.source === id).map((p) => p.target)));
      const got = new Set(mapping.pairs.filter((p) => p.source === `Art.21(2)(${point})`).map((p) => p.target));
      for (const t of expected) if (!got.has(t)) violations.push(`(${point}) lacks ${t}`);
      for (const t of got) if (!expected.has(t) && point !== "j") violations.push(`(${point}) has ${t}`);
    }
    expect(violations).toEqual([]);
  });
});

describe("gdpr, dora, soc2 and their mappings", () => {
  it("GDPR: the 40 paragraphs and points of Articles 5(1)(f), 24, 25, 28, 30, 32, 33, 34 and 35; two recorded as not addressed", () => {
    const gdpr = getFramework("gdpr")!.requirements;
    expect(gdpr.filter((r) => r.kind === "article").map((r) => r.id)).toEqual(["Art.5", "Art.24", "Art.25", "Art.28", "Art.30", "Art.32", "Art.33", "Art.34", "Art.35"]);
    expect(leavesUnder("gdpr", "Art.32")).toEqual(["Art.32(1)(a)", "Art.32(1)(b)", "Art.32(1)(c)", "Art.32(1)(d)", "Art.32(2)", "Art.32(4)"]);
    expect(leaves("gdpr")).toHaveLength(40);
    const mapping = getFrameworkMapping("gdpr", "iso27001-2022")!;
    expect(mapping.notAddressed!.map((n) => n.source)).toEqual(["Art.35(2)", "Art.35(9)"]);
    expect(mapping.pairs.every((p) => p.relationship === "intersects-with")).toBe(true);
    expect(mapping.pairs.filter((p) => p.source === "Art.32(1)(a)").map((p) => p.target)).toEqual(["A.8.11", "A.8.24"]);
  });

  it("DORA: the obligations of financial entities in Articles 5 to 23, without the tasks of the ESAs and authorities; five subset-of pairs", () => {
    const dora = getFramework("dora")!.requirements;
    expect(dora.filter((r) => r.kind === "article").map((r) => r.id)).toEqual(["Art.5", "Art.6", "Art.7", "Art.8", "Art.9", "Art.10", "Art.11", "Art.12", "Art.13", "Art.14", "Art.16", "Art.17", "Art.18", "Art.19", "Art.23"]);
    expect(dora.find((r) => r.id === "Art.12")?.title).toBe("Backup policies and procedures, restoration and recovery procedures and methods");
    expect(leaves("dora")).toHaveLength(112);
    const mapping = getFrameworkMapping("dora", "iso27001-2022")!;
    expect(mapping.pairs.filter((p) => p.relationship !== "intersects-with").map((p) => `${p.source} ${p.relationship} ${p.target}`)).toEqual([
      "Art.8(6) subset-of A.5.9",
      "Art.9(4)(a) subset-of A.5.1",
      "Art.9(4)(f) subset-of A.8.8",
      "Art.12(1)(a) subset-of A.8.13",
      "Art.12(4) subset-of A.8.14",
    ]);
    expect(mapping.notAddressed!.map((n) => n.source)).toEqual(["Art.10(4)", "Art.11(9)", "Art.11(10)"]);
  });

  it("SOC 2: the 61 Trust Services Criteria under their official category headings, mapped or recorded as not addressed", () => {
    const soc2 = getFramework("soc2")!.requirements;
    const criteria = soc2.filter((r) => r.kind === "criterion");
    expect(criteria).toHaveLength(61);
    const perCategory = Object.fromEntries(soc2.filter((r) => r.kind === "category").map((c) => [c.id, criteria.filter((r) => r.parentId === c.id).length]));
    expect(perCategory).toEqual({
      "CC1.0": 5, "CC2.0": 3, "CC3.0": 4, "CC4.0": 2, "CC5.0": 3, "CC6.0": 8, "CC7.0": 5, "CC8.0": 1, "CC9.0": 2,
      "A1.0": 3, "C1.0": 2, "PI1.0": 5, "P1.0": 1, "P2.0": 1, "P3.0": 2, "P4.0": 3, "P5.0": 2, "P6.0": 7, "P7.0": 1, "P8.0": 1,
    });
    expect(criteria.every((r) => r.id.startsWith(r.parentId!.replace(/\.0$/, ".")) || r.id.startsWith(r.parentId!.replace(/1\.0$/, "")))).toBe(true);
    const mapping = getFrameworkMapping("soc2", "iso27001-2022")!;
    expect(mapping.pairs.every((p) => p.relationship === "intersects-with")).toBe(true);
    expect(mapping.pairs.filter((p) => p.source === "CC6.8").map((p) => p.target)).toEqual(["A.8.7", "A.8.9", "A.8.16", "A.8.18"]);
    expect(mapping.pairs.filter((p) => p.source === "CC6.5").every((p) => p.note?.includes("C6.5"))).toBe(true);
  });
});
