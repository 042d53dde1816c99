import { describe, expect, it } from "vitest";
import { assessRisks, checkConformity, parseIsms, type ConformityReport } from "../../../src/index";
import { auditPackToHtml } from "../../../src/export/report/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { loadExample } from "../../treatment/_helpers/documents";
import { argumentErrorOf } from "../_helpers/argumentErrorOf";

const asOf = "2026-11-28";
const count = (text: string, part: string) => text.split(part).length - 1;

/** A document whose every text tries to break out of the page. */
function hostile() {
  const evil = (tag: string) => `</style></script><script>alert("${tag}")</script><img src=x onerror=alert(1)>&amp;'"`;
  return parseIsms({
    schemaVersion: "1.0",
    organization: { name: evil("org") },
    scope: { statement: evil("scope") },
    riskMethod: { preset: "3x3" },
    people: [{ id: "p-1", name: evil("person") }],
    documents: [{ id: "doc-1", title: evil("document"), type: "information-security-policy", status: "draft", clauseIds: ["5.2"] }],
    risks: [{ id: "r-1", title: evil("risk"), ownerId: "p-1", inherent: { likelihood: "likely", impact: "major" } }],
    controls: [{ id: "5.1", applicable: false, justification: evil("justification") }],
  });
}

describe("auditPackToHtml", () => {
  const saas = deepFreeze(loadExample("saas-company"));
  const page = auditPackToHtml(saas, { asOf });

  it("is one self-contained page: no external script, style, font, image or link", () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(count(page, "<script")).toBe(1);
    expect(page).toContain("<script>(function () {");
    expect(count(page, "<style")).toBe(1);
    expect(page).not.toMatch(/<link|<img|<iframe|<object|@import|url\(|\bsrc=/i);
    // The only addresses are the SVG namespace and links within the page.
    expect([...page.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]).filter((url) => url !== "http://www.w3.org/2000/svg")).toEqual([]);
    expect([...page.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith("#"))).toBe(true);
  });

  it("has every section, listed in its contents", () => {
    const sections = [...page.matchAll(/<section id="([^"]+)" class="pack-section/g)].map((m) => m[1]);
    expect(sections).toEqual(["summary", "findings", "heat-maps", "risk-register", "statement-of-applicability", "management-review", "clauses"]);
    for (const id of sections) expect(page).toContain(`<li><a href="#${id}">`);
  });

  it("names the entities of every finding, with the pointer and the fix", () => {
    const report = checkConformity(saas, { asOf });
    for (const finding of report.findings) expect(page).toContain(`data-severity="${finding.severity}"`);
    expect(count(page, 'class="finding"')).toBe(report.findings.length);
    expect(page).toContain('<li>document &quot;Access Control Policy&quot; (doc-acp) <code class="ptr">/documents/10</code></li>');
    expect(page).toContain("To resolve:</span> Review the policy, record <code>lastReviewedOn</code>");
  });

  it("shows the risk register with owners by name, against the document's acceptance criteria", () => {
    expect(page).toContain("<td>Ruben Janssen (p-cto)</td>");
    expect(page).toContain("Acceptable up to <strong>Low</strong> (the document's criteria)");
    const medium = parseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      riskMethod: { preset: "5x5", acceptance: { maxLevel: "medium" } },
      risks: [{ id: "r-1", title: "Ransomware", inherent: { likelihood: "likely", impact: "major" } }],
    });
    const other = auditPackToHtml(medium, { asOf });
    expect(other).toContain("Acceptable up to <strong>Medium</strong>");
    // The heat maps' legends say the same, not the 5×5 preset's "Low".
    expect(count(other, ">Acceptable up to Medium</tspan>")).toBe(2);
  });

  it("shows the next audit of the cycle first, with its blockers by requirement, then stage 1 and stage 2", () => {
    const report = checkConformity(saas, { asOf });
    const out = auditPackToHtml(saas, { asOf, conformityReport: report });
    expect(out).toContain(`<strong>Next: second surveillance audit, due by ${report.readiness.next.due}</strong>`);
    expect(out.indexOf("<strong>Next: ")).toBeLessThan(out.indexOf("<strong>Stage 1 audit (the documented ISMS)</strong>"));
    const blocked = {
      ...report,
      readiness: {
        ...report.readiness,
        next: { ...report.readiness.next, ready: false, blockers: [{ requirement: "9.3.1", reason: "no management review since 2025-09-10", findingIds: ["a", "b"] }] },
      },
    } as ConformityReport;
    const withBlocker = auditPackToHtml(saas, { asOf, conformityReport: blocked });
    expect(withBlocker).toContain("<li><strong>9.3.1</strong>: no management review since 2025-09-10 (2 findings)</li>");
    // Stage entries beyond stage 1 and 2 that a later version adds are shown too.
    const extended = { ...report, readiness: { ...report.readiness, stage3: { ready: false, blockers: ["x"], concerns: [], summary: "Not ready for stage 3." } } } as ConformityReport;
    expect(auditPackToHtml(saas, { asOf, conformityReport: extended })).toContain("<strong>Stage3</strong>");
  });

  it("escapes every text from the document", () => {
    const out = auditPackToHtml(hostile(), { asOf });
    expect(count(out, "<script")).toBe(1);
    expect(count(out, "</script>")).toBe(1);
    expect(count(out, "</style>")).toBe(1);
    expect(out).not.toContain("<img");
    expect(out).toContain("<h1>&lt;/style&gt;&lt;/script&gt;&lt;script&gt;alert(&quot;org&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&amp;amp;&#39;&quot;</h1>");
    for (const tag of ["scope", "person", "document", "risk", "justification"]) expect(out).toContain(`alert(&quot;${tag}&quot;)`);
  });

  it("gives the same page for the same input, and reuses a register, SoA or report given", () => {
    expect(auditPackToHtml(saas, { asOf })).toBe(page);
    const register = assessRisks(saas, { asOf });
    expect(auditPackToHtml(saas, { asOf, riskRegister: register, conformityReport: checkConformity(saas, { asOf, riskRegister: register }) })).toBe(page);
  });

  it("draws up a pack for a document without a risk method or any data", () => {
    const empty = auditPackToHtml(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf, title: "Gap analysis" });
    expect(empty).toContain('<p class="eyebrow">Gap analysis</p>');
    expect(empty).toContain("The document has no risk method, so there is no heat map.");
    expect(empty).toContain("No management review has been held before");
  });

  it("refuses bad arguments", () => {
    expect(() => auditPackToHtml(saas, { asOf: "yesterday" })).toThrow(
      argumentErrorOf("auditPackToHtml", "/options/asOf", "invalid_format", 'expected a calendar date YYYY-MM-DD that exists; found "yesterday"'),
    );
    expect(() => auditPackToHtml(saas, { asOf, title: 7 as never })).toThrow(argumentErrorOf("auditPackToHtml", "/options/title", "invalid_type", "expected a string; found 7"));
    expect(() => auditPackToHtml(saas, { asOf, riskRegister: assessRisks(saas, { asOf: "2026-11-01" }) })).toThrow(
      argumentErrorOf("auditPackToHtml", "/options/riskRegister", "invalid_value", 'expected the risk register of this document for asOf 2026-11-28; found "2026-11-01"'),
    );
    expect(() => auditPackToHtml(saas, { asOf, conformityReport: checkConformity(saas, { asOf: "2026-11-01" }) })).toThrow(
      argumentErrorOf("auditPackToHtml", "/options/conformityReport", "invalid_value", 'expected the conformity report of this document for asOf 2026-11-28; found "2026-11-01"'),
    );
    expect(() => auditPackToHtml(saas, { asOf, soaColumns: ["nope" as never] })).toThrow('unknown column "nope"');
    expect(() => auditPackToHtml(saas, { asOf, since: "2027-01-01" })).toThrow("expected a day on or before asOf 2026-11-28");
  });
});
