/**
 * docs/conformity.md lists every rule, generated from the registry: this test renders the table from
 * `conformityRules` and checks that the document holds exactly it. Run with UPDATE_DOCS=1 to rewrite it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { conformityRules, type ConformityRule } from "../../src/index";
import { clauses } from "../../src/catalog/index";

const file = new URL("../../docs/conformity.md", import.meta.url);
const BEGIN = "<!-- rules:begin -->";
const END = "<!-- rules:end -->";

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

describe("docs/conformity.md", () => {
  it("lists every rule of the registry, as generated from it", () => {
    const text = readFileSync(file, "utf8");
    const begin = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    expect(begin, `${BEGIN} marker`).toBeGreaterThanOrEqual(0);
    expect(end, `${END} marker`).toBeGreaterThan(begin);
    const expected = `${BEGIN}\n${renderRulesTable(conformityRules)}\n${END}`;
    const actual = text.slice(begin, end + END.length);
    if (process.env.UPDATE_DOCS === "1" && actual !== expected) {
      writeFileSync(file, text.slice(0, begin) + expected + text.slice(end + END.length));
      return;
    }
    expect(actual, "docs/conformity.md is out of date: run UPDATE_DOCS=1 npx vitest run test/conformity/docs.test.ts").toBe(expected);
  });

  it("mentions every rule id exactly once in the table", () => {
    const text = readFileSync(file, "utf8");
    for (const rule of conformityRules) expect(text.split(`| \`${rule.id}\` |`).length - 1, rule.id).toBe(1);
  });
});
