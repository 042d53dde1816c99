import { describe, expect, it } from "vitest";
import { checkConformity, conformityReportToMarkdown, defineConformityRule, parseIsms, type ConformityReport } from "../../src/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { ASOF, conformantIsms } from "../conformity/_fixtures/conformantIsms";
import { EXAMPLES_TODAY, readExample } from "../conformity/_fixtures/examples";
import { hostileIsms } from "../fixtures/hostileIsms";
import { foreignMarkup } from "./_helpers/renderMarkdown";

const startup = () => checkConformity(parseIsms(readExample("startup.isms.json")), { asOf: EXAMPLES_TODAY });

describe("conformityReportToMarkdown", () => {
  it("opens with the organisation, the date, the counts and the readiness for each stage", () => {
    const markdown = conformityReportToMarkdown(startup());
    const lines = markdown.split("\n");
    expect(lines[0]).toBe("# ISO/IEC 27001:2022 conformity report — Brightpath Labs");
    expect(lines[2]).toMatch(/^As of 2026-11-28\. \d+ major, \d+ minor, \d+ opportunities for improvement\.$/);
    expect(markdown).toContain("| Stage 1 (documented ISMS) | **no** | Not ready for stage 1:");
    expect(markdown).toContain("| Next: stage 1 | **no** | Not ready for the stage 1 audit (planned on 2027-01-26):");
    expect(markdown).toContain("Blocking the next audit (stage 1):\n\n- **4.3** — minor findings of 3 different rules against 4.3:");
    expect(markdown).toContain("`5.2-policy-established@/documents/0`");
    expect(markdown).toContain("  - Graded major, not minor: minor findings of 4 different rules against 6.2");
  });

  it("names the data each finding concerns when given the document, with the pointer beside it", () => {
    const isms = parseIsms(readExample("startup.isms.json"));
    const markdown = conformityReportToMarkdown(checkConformity(isms, { asOf: EXAMPLES_TODAY }), { isms });
    expect(markdown).toContain("  - Data: all management reviews (`/managementReviews`), management review bp-mr-1 (`/managementReviews/0`)");
    expect(markdown).not.toContain("  - Data: `/");
  });

  it("has a row for every clause, findings by severity with their data and hints, the controls and the rules not assessable", () => {
    const report = startup();
    const markdown = conformityReportToMarkdown(report);
    expect(markdown).toContain("| 9.3.1 | General | nonconformant | 1 |");
    expect(markdown).toContain("| 9 | **Performance evaluation** | nonconformant |");
    expect(markdown).toContain(`## Major nonconformities (${report.counts.major})`);
    expect(markdown).toContain(`## Minor nonconformities (${report.counts.minor})`);
    expect(markdown).toContain(`## Opportunities for improvement (${report.counts.ofi})`);
    expect(markdown).toContain("- **9.3.1** — no management review has been held (the first is planned on 2027-01-12) (`9.3.1-management-review-held@/managementReviews`, stage 1)");
    expect(markdown).toContain("  - Data: `/managementReviews`, `/managementReviews/0`");
    expect(markdown).toContain("  - To resolve: Hold a management review");
    expect(markdown).toContain("| undecided | 68 |");
    expect(markdown).toContain("Without an applicability decision: A.5.2, A.5.3, A.5.4,");
    expect(markdown).not.toContain("| A.5.7 | Threat intelligence |");
    expect(markdown).toContain("| A.8.7 | Protection against malware | not-implemented |");
    expect(markdown).toContain("| `10.2-corrective-actions-on-time` | no nonconformity has been recorded |");
    for (const finding of report.findings) expect(markdown).toContain(`\`${finding.id}\``);
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("says so when there is nothing to report", () => {
    const markdown = conformityReportToMarkdown(checkConformity(parseIsms(conformantIsms()), { asOf: ASOF }));
    expect(markdown).toContain("As of 2026-11-28. No findings.");
    expect(markdown).toContain("## Major nonconformities (0)\n\nNone.");
    expect(markdown).toContain("| implemented | 91 |");
    expect(markdown).toContain("| A.8.24 | Use of cryptography | planned | 1 / 0 | — |");
    expect(markdown).not.toContain("Blocking the next audit");
    expect(markdown).toContain("| Next: surveillance audit 2 | yes | Ready for surveillance audit 2 (due by 2027-11-27)");
  });

  it("keeps table cells on one line and escapes pipes", () => {
    const rule = defineConformityRule({
      id: "acme:pipes",
      clause: "7.4",
      title: "Pipes",
      description: "Reports text with a pipe.",
      severity: "ofi",
      stage: 2,
      hint: "None.",
      check: () => ({ notAssessable: "a | b\nc" }),
    });
    const markdown = conformityReportToMarkdown(checkConformity(parseIsms(conformantIsms()), { asOf: ASOF, rules: [rule] }));
    expect(markdown).toContain("| `acme:pipes` | a \\| b c |");
  });

  it("is deterministic and does not change the report", () => {
    const report = deepFreeze(startup()) as ConformityReport;
    const before = JSON.stringify(report);
    expect(conformityReportToMarkdown(report)).toBe(conformityReportToMarkdown(startup()));
    expect(JSON.stringify(report)).toBe(before);
  });
});

describe("conformityReportToMarkdown on hostile text", () => {
  it("renders every text from the document as text: no HTML, link, image, emphasis, new block or broken table", () => {
    const isms = parseIsms(hostileIsms());
    const markdown = conformityReportToMarkdown(checkConformity(isms, { asOf: ASOF }));
    expect(foreignMarkup(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(markdown).not.toMatch(/^# forged heading|^> quote|^- item$/m);
    expect(markdown.split("\n")[0]).toBe("# ISO/IEC 27001:2022 conformity report — Acme &lt;img src=x onerror=alert(1)&gt;");
  });

  it("names the data of the findings from the document as text too", () => {
    const isms = parseIsms(hostileIsms());
    const markdown = conformityReportToMarkdown(checkConformity(isms, { asOf: ASOF }), { isms });
    expect(markdown).toMatch(/- Data: .*\(`\//);
    expect(foreignMarkup(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
    expect(markdown).not.toMatch(/^# forged heading|^> quote|^- item$/m);
  });

  it("escapes the messages rules write, whatever they hold", () => {
    const rule = defineConformityRule({
      id: "acme:hostile",
      clause: "7.4",
      title: "Pipes",
      description: "Reports hostile text.",
      severity: "ofi",
      stage: 2,
      hint: "None.",
      check: () => [{ message: "<b>bold</b> [a](javascript:x)\n# h", refs: ["/people/0"] }],
    });
    const markdown = conformityReportToMarkdown(checkConformity(parseIsms(conformantIsms()), { asOf: ASOF, rules: [rule] }));
    expect(foreignMarkup(markdown)).toEqual([]);
    expect(markdown).toContain("&lt;b&gt;bold&lt;/b&gt; \\[a\\](javascript:x) # h");
  });
});
