/**
 * docs/conformity.md holds three tables generated from the code — the rules (from `conformityRules`),
 * the requirement-item coverage (from `requirementItems`) and the organisation parameters (from
 * `IsmsParametersSchema` and `defaultIsmsParameters`) — and this test checks that the document holds
 * exactly them. Run with UPDATE_DOCS=1 to rewrite them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conformityRules, defaultIsmsParameters, IsmsParametersSchema, IsmsSchema, requirementItems, type ConformityRule } from "../../src/index";
import { annexA, clauses } from "../../src/catalog/index";

const file = new URL("../../docs/conformity.md", import.meta.url);

const cell = (text: string) => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
const where = (rule: ConformityRule) => (rule.clause !== undefined ? rule.clause : `A.${rule.controlId}`);

/** The rules table, grouped under the clause headings of the standard, then Annex A. */
function renderRulesTable(rules: readonly ConformityRule[]): string {
  const title = new Map<string, string>(clauses.map((c) => [c.id, c.title]));
  const sectionOf = (rule: ConformityRule | undefined) => (rule === undefined ? "" : rule.clause !== undefined ? rule.clause.split(".")[0]! : "A");
  const out: string[] = [`${rules.length} rules.`, ""];
  let section = "";
  rules.forEach((rule, i) => {
    const top = sectionOf(rule);
    if (top !== section) {
      section = top;
      out.push(top === "A" ? "### Annex A controls" : `### ${top} ${title.get(top) ?? ""}`, "");
      out.push("| Rule | Clause | Severity | Stage | What it checks |", "| --- | --- | --- | --- | --- |");
    }
    out.push(`| \`${rule.id}\` | ${where(rule)} | ${rule.severity} | ${rule.stage} | **${cell(rule.title)}.** ${cell(rule.description)} |`);
    if (sectionOf(rules[i + 1]) !== section) out.push("");
  });
  return out.join("\n");
}

/** The coverage table: every requirement item with its rules or why the data cannot show it. */
function renderCoverageTable(): string {
  const checked = requirementItems.filter((i) => i.ruleIds.length > 0).length;
  const out = [
    `**${checked} of ${requirementItems.length} requirement items of clauses 4 to 10 are checked** from the data; the other ${requirementItems.length - checked} say why the data cannot show them.`,
    "",
    "| Item | Requirement (our words) | Checked by |",
    "| --- | --- | --- |",
  ];
  for (const i of requirementItems) {
    out.push(`| ${i.id} | ${cell(i.label)} | ${i.ruleIds.length > 0 ? i.ruleIds.map((id) => `\`${id}\``).join(", ") : `*Not checkable from data:* ${cell(i.notCheckable!)}`} |`);
  }
  return out.join("\n");
}

/** The parameters a rule's description names (`parameters.restoreTestIntervalMonths`), in order, once each. */
export function parametersNamed(rule: ConformityRule): string[] {
  return [...new Set([...rule.description.matchAll(/parameters\.([A-Za-z]+)/g)].map((m) => m[1]!))];
}

/** The controls table: each Annex A control with checks of its own, its rules, the records they read and the parameters they judge by. */
function renderControlsTable(rules: readonly ConformityRule[]): string {
  const byControl = new Map<string, ConformityRule[]>();
  for (const rule of rules) if (rule.controlId !== undefined) byControl.set(rule.controlId, [...(byControl.get(rule.controlId) ?? []), rule]);
  const out = [
    `**${byControl.size} of ${annexA.controls.length} Annex A controls have checks of their own**, ${[...byControl.values()].flat().length} rules in all; the other controls are judged by the clause rules (implemented, evidenced, owned, on time).`,
    "",
    "| Control | Title | Rules | Records read | Parameters |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const control of annexA.controls) {
    const own = byControl.get(control.id);
    if (own === undefined) continue;
    const reads = [...new Set(own.flatMap((r) => r.reads ?? []))];
    const parameters = [...new Set(own.flatMap(parametersNamed))];
    out.push(`| A.${control.id} | ${cell(control.title)} | ${own.map((r) => `\`${r.id}\``).join(", ")} | ${reads.map((r) => `\`${r}\``).join(", ")} | ${parameters.length > 0 ? parameters.map((p) => `\`${p}\``).join(", ") : "—"} |`);
  }
  return out.join("\n");
}

/** The parameters table: every field, its default and what it is for. */
function renderParametersTable(): string {
  const out = ["| Parameter | Default | What it sets |", "| --- | --- | --- |"];
  const shape = IsmsParametersSchema.shape as Record<string, { description?: string }>;
  for (const [key, fallback] of Object.entries(defaultIsmsParameters) as [string, number | Record<string, number>][]) {
    const shown = typeof fallback === "number" ? String(fallback) : Object.entries(fallback).map(([k, v]) => `${k} ${v}`).join(", ");
    out.push(`| \`${key}\` | ${shown} | ${cell(shape[key]?.description ?? "")} |`);
  }
  return out.join("\n");
}

const sections: [string, () => string][] = [
  ["rules", () => renderRulesTable(conformityRules)],
  ["controls", () => renderControlsTable(conformityRules)],
  ["coverage", renderCoverageTable],
  ["parameters", renderParametersTable],
];

describe("docs/conformity.md", () => {
  it.each(sections)("holds the %s table, as generated from the code", (name, render) => {
    const BEGIN = `<!-- ${name}:begin -->`;
    const END = `<!-- ${name}:end -->`;
    const text = readFileSync(file, "utf8");
    const begin = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(begin, `${BEGIN} marker`).toBeGreaterThanOrEqual(0);
    expect(end, `${END} marker`).toBeGreaterThan(begin);
    const expected = `${BEGIN}\n${render()}\n${END}`;
    const actual = text.slice(begin, end + END.length);
    if (process.env.UPDATE_DOCS === "1" && actual !== expected) {
      writeFileSync(file, text.slice(0, begin) + expected + text.slice(end + END.length));
      return;
    }
    expect(actual, "docs/conformity.md is out of date: run UPDATE_DOCS=1 npx vitest run test/conformity/docs.test.ts").toBe(expected);
  });

  it("lists at least 45 Annex A controls with checks of their own, each rule saying what it reads", () => {
    const controls = new Set(conformityRules.flatMap((r) => (r.controlId === undefined ? [] : [r.controlId])));
    expect(controls.size).toBeGreaterThanOrEqual(45);
    const known = new Set(Object.keys(IsmsSchema.shape));
    for (const rule of conformityRules.filter((r) => r.controlId !== undefined)) {
      expect(rule.reads?.length ?? 0, `${rule.id} says what it reads`).toBeGreaterThan(0);
      expect(rule.reads!.filter((field) => !known.has(field)), rule.id).toEqual([]);
    }
    const parameters = new Set(Object.keys(IsmsParametersSchema.shape));
    expect(conformityRules.flatMap((r) => parametersNamed(r).filter((p) => !parameters.has(p)).map((p) => `${r.id}: ${p}`))).toEqual([]);
  });

  it("mentions every rule id exactly once in the rules table", () => {
    const full = readFileSync(file, "utf8");
    const text = full.slice(full.indexOf("<!-- rules:begin -->"), full.indexOf("<!-- rules:end -->"));
    for (const rule of conformityRules) expect(text.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
  });
});
