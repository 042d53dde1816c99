/**
 * docs/conformity.md holds three tables generated from the code — the rules (from `conformityRules`),
 * the requirement-item coverage (from `requirementItems`) and the organisation parameters (from
 * `IsmsParametersSchema` and `defaultIsmsParameters`) — and this test checks that the document holds
 * exactly them. Run with UPDATE_DOCS=1 to rewrite them.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conformityRules, defaultIsmsParameters, IsmsParametersSchema, requirementItems, type ConformityRule } from "../../src/index";
import { clauses } from "../../src/catalog/index";

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

  it("mentions every rule id exactly once in the rules table", () => {
    const full = readFileSync(file, "utf8");
    const text = full.slice(full.indexOf("<!-- rules:begin -->"), full.indexOf("<!-- rules:end -->"));
    for (const rule of conformityRules) expect(text.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
  });
});
