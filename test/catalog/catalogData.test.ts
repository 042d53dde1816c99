/**
 * The catalog data test (STYLE.md §6): every record of `catalog/*.json` is validated against its zod
 * schema, then the checks a schema cannot express are run. Every violation is collected, so one run
 * shows them all. The 2013 → 2022 correspondence is a mapping data set of its own
 * (`catalog/mappings/`, checked in test/mappings/mappingData.test.ts); here only what the catalog
 * files need from it is checked: every 2013 control is mapped, to controls the 2022 file has, and
 * `isNew` agrees with it.
 */
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import annexA2013Json from "../../catalog/annex-a-2013.json" with { type: "json" };
import annexA2022Json from "../../catalog/annex-a-2022.json" with { type: "json" };
import clausesJson from "../../catalog/clauses-2022.json" with { type: "json" };
import {
  AnnexA2013CatalogSchema,
  AnnexA2013ControlSchema,
  AnnexA2013DomainSchema,
  AnnexACatalogSchema,
  AnnexAControlSchema,
  annexA2013ControlIds,
  annexAControlIds,
  ClauseAmendmentSchema,
  ClauseCatalogSchema,
  clauseIds,
  ClauseSchema,
  controlAttributeKinds,
  ControlAttributesSchema,
  ManagementReviewInputSchema,
} from "../../src/catalog/index";
import { mapFrom2013 } from "../../src/mappings/index";

const NEW_IN_2022 = ["5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28"];
const THEME_BY_PREFIX: Record<string, string> = { "5": "organizational", "6": "people", "7": "physical", "8": "technological" };
const THEME_COUNTS = { organizational: 37, people: 8, physical: 14, technological: 34 };

type Json = Record<string, unknown>;

/** Validates `value` with `schema`; each issue becomes `file path: message`. */
function schemaViolations(file: string, path: string, schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${file} ${[path, ...issue.path.map(String)].filter(Boolean).join(".")}: ${issue.message}`);
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

/** A 2013 or 2022 id as numbers, for ordering: "A.12.6.1" → [12, 6, 1]. */
function idNumbers(id: string): number[] {
  return id.replace(/^A\./, "").split(".").map(Number);
}

function compareIds(a: string, b: string): number {
  const x = idNumbers(a);
  const y = idNumbers(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The checks that need sentences of our own: 1–2 sentences, no normative wording of the standards. */
function summaryViolations(where: string, summary: unknown): string[] {
  if (typeof summary !== "string") return [];
  const out: string[] = [];
  const sentences = summary.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== "");
  if (sentences.length < 1 || sentences.length > 2) out.push(`${where}: summary has ${sentences.length} sentences, expected 1 or 2`);
  if (!/[.!?]$/.test(summary)) out.push(`${where}: summary does not end with a full stop`);
  if (summary.length > 320) out.push(`${where}: summary is ${summary.length} characters, expected at most 320`);
  if (/\b(shall|should)\b/i.test(summary)) out.push(`${where}: summary uses the standards' normative wording (shall/should)`);
  return out;
}

function annexA2022Violations(data: Json = annexA2022Json): string[] {
  const file = "annex-a-2022.json";
  const controls = (Array.isArray(data["controls"]) ? data["controls"] : []) as Json[];
  const out: string[] = [];

  // 1. Schema, record by record, then the catalog envelope.
  controls.forEach((control, index) => out.push(...schemaViolations(file, `controls[${index}]`, AnnexAControlSchema, control)));
  const { controls: _controls, ...envelope } = data;
  out.push(...schemaViolations(file, "", AnnexACatalogSchema.omit({ controls: true }), envelope));

  // 2. 93 unique ids, in the standard's order, the same list as src/catalog/annexAControlIds.ts.
  const ids = controls.map((control) => String(control["id"]));
  if (ids.length !== 93) out.push(`${file}: ${ids.length} controls, expected 93`);
  for (const id of duplicates(ids)) out.push(`${file}: duplicate control id ${id}`);
  if (JSON.stringify(ids) !== JSON.stringify(annexAControlIds)) out.push(`${file}: ids differ from annexAControlIds (order or content)`);
  const sorted = [...ids].sort(compareIds);
  if (JSON.stringify(ids) !== JSON.stringify(sorted)) out.push(`${file}: controls are not in numeric id order`);

  // 3. Themes: derived from the id, and 37/8/14/34.
  const counts: Record<string, number> = {};
  for (const control of controls) {
    const id = String(control["id"]);
    const theme = String(control["theme"]);
    counts[theme] = (counts[theme] ?? 0) + 1;
    const expected = THEME_BY_PREFIX[id.split(".")[0] ?? ""];
    if (theme !== expected) out.push(`${file} ${id}: theme ${theme}, expected ${expected ?? "(no theme for this prefix)"}`);
  }
  for (const [theme, count] of Object.entries(THEME_COUNTS)) {
    if (counts[theme] !== count) out.push(`${file}: ${counts[theme] ?? 0} ${theme} controls, expected ${count}`);
  }

  // 4. Attributes: every kind has at least one value, no value twice, values in the standard's order.
  const shape = ControlAttributesSchema.shape;
  for (const control of controls) {
    const id = String(control["id"]);
    const attributes = (control["attributes"] ?? {}) as Record<string, unknown>;
    for (const kind of controlAttributeKinds) {
      const values = Array.isArray(attributes[kind]) ? (attributes[kind] as string[]) : [];
      if (values.length === 0) out.push(`${file} ${id}: no ${kind} value`);
      for (const value of duplicates(values)) out.push(`${file} ${id}: ${kind} lists ${value} twice`);
      const order: readonly string[] = shape[kind].unwrap().element.options;
      const canonical = [...values].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      if (JSON.stringify(values) !== JSON.stringify(canonical)) out.push(`${file} ${id}: ${kind} not in the standard's order`);
    }
  }

  // 5. Exactly the 11 new controls are flagged (that new means "no 2013 predecessor" is checked
  //    against the mapping in correspondenceViolations).
  const flagged = controls.filter((control) => control["isNew"] === true).map((control) => String(control["id"]));
  if (JSON.stringify(flagged) !== JSON.stringify(NEW_IN_2022)) out.push(`${file}: new controls ${flagged.join(", ")}, expected ${NEW_IN_2022.join(", ")}`);

  // 6. Titles unique; summaries are ours.
  for (const title of duplicates(controls.map((control) => String(control["title"])))) out.push(`${file}: duplicate title ${title}`);
  for (const control of controls) out.push(...summaryViolations(`${file} ${String(control["id"])}`, control["summary"]));
  return out;
}

function annexA2013Violations(data: Json = annexA2013Json): string[] {
  const file = "annex-a-2013.json";
  const controls = (Array.isArray(data["controls"]) ? data["controls"] : []) as Json[];
  const domains = (Array.isArray(data["domains"]) ? data["domains"] : []) as Json[];
  const out: string[] = [];

  controls.forEach((control, index) => out.push(...schemaViolations(file, `controls[${index}]`, AnnexA2013ControlSchema, control)));
  domains.forEach((domain, index) => out.push(...schemaViolations(file, `domains[${index}]`, AnnexA2013DomainSchema, domain)));
  const { controls: _controls, domains: _domains, ...envelope } = data;
  out.push(...schemaViolations(file, "", AnnexA2013CatalogSchema.omit({ controls: true, domains: true }), envelope));

  // 114 unique ids in 2013 order, the same list as src/catalog/annexA2013ControlIds.ts.
  const ids = controls.map((control) => String(control["id"]));
  if (ids.length !== 114) out.push(`${file}: ${ids.length} controls, expected 114`);
  for (const id of duplicates(ids)) out.push(`${file}: duplicate control id ${id}`);
  if (JSON.stringify(ids) !== JSON.stringify(annexA2013ControlIds)) out.push(`${file}: ids differ from annexA2013ControlIds`);
  if (JSON.stringify(ids) !== JSON.stringify([...ids].sort(compareIds))) out.push(`${file}: controls are not in 2013 order`);

  // 14 domains A.5 … A.18; every control sits in the domain its id names.
  const domainIds = domains.map((domain) => String(domain["id"]));
  const expectedDomains = Array.from({ length: 14 }, (_, i) => `A.${i + 5}`);
  if (JSON.stringify(domainIds) !== JSON.stringify(expectedDomains)) out.push(`${file}: domains ${domainIds.join(", ")}, expected A.5 … A.18`);
  for (const control of controls) {
    const id = String(control["id"]);
    const domain = String(control["domain"]);
    if (!id.startsWith(`${domain}.`)) out.push(`${file} ${id}: domain ${domain} does not match the id`);
    if (!domainIds.includes(domain)) out.push(`${file} ${id}: unknown domain ${domain}`);
  }
  return out;
}

/**
 * What the catalog files need from the 2013 → 2022 mapping (`mapFrom2013`): every control of the 2013
 * file is mapped, only to controls of the 2022 file, and a 2022 control is flagged `isNew` exactly
 * when no 2013 control maps to it.
 */
function correspondenceViolations(a2022: Json = annexA2022Json, a2013: Json = annexA2013Json): string[] {
  const out: string[] = [];
  const controls2022 = (a2022["controls"] as Json[]).map((c) => ({ id: String(c["id"]), isNew: c["isNew"] }));
  const ids2022 = new Set(controls2022.map((c) => c.id));
  const sources = new Map<string, string[]>();
  for (const control of a2013["controls"] as Json[]) {
    const id = String(control["id"]);
    const targets: readonly string[] = mapFrom2013(id as never) ?? [];
    if (targets.length === 0) out.push(`annex-a-2013.json ${id}: maps to no 2022 control`);
    for (const target of targets) {
      if (!ids2022.has(target)) out.push(`annex-a-2013.json ${id}: maps to ${target}, which annex-a-2022.json does not have`);
      sources.set(target, [...(sources.get(target) ?? []), id]);
    }
  }
  for (const { id, isNew } of controls2022) {
    const from = sources.get(id) ?? [];
    if (isNew === true && from.length > 0) out.push(`annex-a-2022.json ${id}: isNew is true but ${from.join(", ")} map${from.length === 1 ? "s" : ""} to it`);
    if (isNew !== true && from.length === 0) out.push(`annex-a-2022.json ${id}: isNew is ${String(isNew)} but no 2013 control maps to it`);
  }
  return out;
}

function clauseViolations(data: Json = clausesJson): string[] {
  const file = "clauses-2022.json";
  const clauses = (Array.isArray(data["clauses"]) ? data["clauses"] : []) as Json[];
  const inputs = (Array.isArray(data["managementReviewInputs"]) ? data["managementReviewInputs"] : []) as Json[];
  const out: string[] = [];

  clauses.forEach((clause, index) => out.push(...schemaViolations(file, `clauses[${index}]`, ClauseSchema, clause)));
  inputs.forEach((input, index) => out.push(...schemaViolations(file, `managementReviewInputs[${index}]`, ManagementReviewInputSchema, input)));
  out.push(...schemaViolations(file, "amendment2024", ClauseAmendmentSchema, data["amendment2024"]));
  out.push(...schemaViolations(file, "", ClauseCatalogSchema.pick({ standard: true }), { standard: data["standard"] }));
  for (const key of Object.keys(data)) {
    if (!["standard", "clauses", "managementReviewInputs", "amendment2024"].includes(key)) out.push(`${file}: unexpected key ${key}`);
  }

  // The ids of src/catalog/clauseIds.ts, in document order.
  const ids = clauses.map((clause) => String(clause["id"]));
  if (JSON.stringify(ids) !== JSON.stringify(clauseIds)) out.push(`${file}: ids differ from clauseIds (order or content)`);
  for (const id of duplicates(ids)) out.push(`${file}: duplicate clause id ${id}`);

  // Hierarchy: the parent is the id without its last part, and comes earlier; only leaves are assessable.
  clauses.forEach((clause, index) => {
    const id = String(clause["id"]);
    const expectedParent = id.includes(".") ? id.slice(0, id.lastIndexOf(".")) : null;
    if (clause["parent"] !== expectedParent) out.push(`${file} ${id}: parent ${String(clause["parent"])}, expected ${String(expectedParent)}`);
    if (expectedParent !== null && !ids.slice(0, index).includes(expectedParent)) out.push(`${file} ${id}: parent ${expectedParent} does not come before it`);
    const hasChildren = clauses.some((other) => other["parent"] === id);
    if (clause["assessable"] === hasChildren) out.push(`${file} ${id}: assessable is ${String(clause["assessable"])} but it ${hasChildren ? "has" : "has no"} subclauses`);
    out.push(...summaryViolations(`${file} ${id}`, clause["summary"]));
  });

  // 9.3.2 inputs a–g; only d has the sub-items 1–4.
  const items = inputs.map((input) => String(input["item"]));
  if (items.join("") !== "abcdefg") out.push(`${file}: management review inputs ${items.join(", ")}, expected a … g`);
  for (const input of inputs) {
    const sub = ((input["subItems"] ?? []) as Json[]).map((s) => String(s["item"]));
    const expected = input["item"] === "d" ? ["1", "2", "3", "4"] : [];
    if (JSON.stringify(sub) !== JSON.stringify(expected)) out.push(`${file} 9.3.2 ${String(input["item"])}): sub-items ${sub.join(", ") || "none"}, expected ${expected.join(", ") || "none"}`);
  }

  // Amendment 1:2024 touches 4.1 (a requirement) and 4.2 (a note), both existing clauses.
  const amendment = (data["amendment2024"] ?? {}) as Json;
  const changes = ((amendment["changes"] ?? []) as Json[]).map((c) => `${String(c["clause"])} ${String(c["kind"])}`);
  if (JSON.stringify(changes) !== JSON.stringify(["4.1 requirement", "4.2 note"])) out.push(`${file}: amendment2024 changes ${changes.join(", ")}, expected 4.1 requirement, 4.2 note`);
  for (const change of (amendment["changes"] ?? []) as Json[]) out.push(...summaryViolations(`${file} amendment2024 ${String(change["clause"])}`, change["summary"]));
  return out;
}

describe("catalog data", () => {
  it("annex-a-2022.json: valid records, 93 unique ids in order, 37/8/14/34, attributes, 11 new controls", () => {
    expect(annexA2022Violations()).toEqual([]);
  });

  it("annex-a-2013.json: valid records, 114 unique ids in order, 14 domains", () => {
    expect(annexA2013Violations()).toEqual([]);
  });

  it("2013 → 2022: every 2013 control is mapped to controls of annex-a-2022.json; isNew marks exactly those no 2013 control maps to", () => {
    expect(correspondenceViolations()).toEqual([]);
  });

  it("clauses-2022.json: valid records, ids of clauseIds, hierarchy, assessable leaves, 9.3.2 inputs, Amendment 1:2024", () => {
    expect(clauseViolations()).toEqual([]);
  });

  it("the checks are not vacuous: broken copies of the data produce the expected violations", () => {
    const a2022 = structuredClone(annexA2022Json) as unknown as { controls: Json[] };
    const c51 = a2022.controls[0] as Json;
    c51["theme"] = "people";
    (c51["attributes"] as Json)["securityDomains"] = ["resilience", "governance_and_ecosystem"];
    c51["from2013"] = ["A.5.1.1"]; // the correspondence is no longer part of the catalog
    (a2022.controls[6] as Json)["isNew"] = false; // 5.7
    a2022.controls.push(structuredClone(a2022.controls[1] as Json));
    expect(annexA2022Violations(a2022)).toEqual(
      expect.arrayContaining([
        'annex-a-2022.json controls[0]: Unrecognized key: "from2013"',
        "annex-a-2022.json: 94 controls, expected 93",
        "annex-a-2022.json: duplicate control id 5.2",
        "annex-a-2022.json 5.1: theme people, expected organizational",
        "annex-a-2022.json: 9 people controls, expected 8",
        "annex-a-2022.json 5.1: securityDomains not in the standard's order",
        "annex-a-2022.json: new controls 5.23, 5.30, 7.4, 8.9, 8.10, 8.11, 8.12, 8.16, 8.23, 8.28, expected 5.7, 5.23, 5.30, 7.4, 8.9, 8.10, 8.11, 8.12, 8.16, 8.23, 8.28",
      ]),
    );

    const a2013 = structuredClone(annexA2013Json) as unknown as { controls: Json[] };
    (a2013.controls[0] as Json)["to2022"] = ["5.1"];
    a2013.controls.push({ id: "A.5.1.3", title: "Not in the 2013 standard", domain: "A.5" });
    expect(annexA2013Violations(a2013)).toEqual(
      expect.arrayContaining([
        'annex-a-2013.json controls[0]: Unrecognized key: "to2022"',
        'annex-a-2013.json controls[114].id: expected an ISO/IEC 27001:2013 Annex A control id ("A.5.1.1" … "A.18.2.3")',
        "annex-a-2013.json: 115 controls, expected 114",
      ]),
    );
    const without51 = { ...annexA2022Json, controls: annexA2022Json.controls.filter((c) => c.id !== "5.1") };
    (a2022.controls[1] as Json)["isNew"] = true; // 5.2, which A.6.1.1 maps to
    expect(correspondenceViolations(without51, a2013)).toEqual([
      "annex-a-2013.json A.5.1.1: maps to 5.1, which annex-a-2022.json does not have",
      "annex-a-2013.json A.5.1.2: maps to 5.1, which annex-a-2022.json does not have",
      "annex-a-2013.json A.5.1.3: maps to no 2022 control",
    ]);
    expect(correspondenceViolations(a2022, annexA2013Json)).toEqual([
      "annex-a-2022.json 5.2: isNew is true but A.6.1.1 maps to it",
      "annex-a-2022.json 5.7: isNew is false but no 2013 control maps to it",
    ]);

    const clauses = structuredClone(clausesJson) as unknown as { clauses: Json[] };
    (clauses.clauses[1] as Json)["summary"] = "The organization shall determine external and internal issues";
    (clauses.clauses[10] as Json)["assessable"] = true; // 6.1 has subclauses
    expect(clauseViolations(clauses)).toEqual([
      "clauses-2022.json 4.1: summary does not end with a full stop",
      "clauses-2022.json 4.1: summary uses the standards' normative wording (shall/should)",
      "clauses-2022.json 6.1: assessable is true but it has subclauses",
    ]);
  });
});
