import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessFrameworkCoverage, checkConformity, frameworkCoverageToMarkdown, parseIsms } from "../../src/index";
import { getMappedFramework } from "../../src/mappings/index";
import { hostileIsms } from "../fixtures/hostileIsms";
import { foreignMarkup } from "./_helpers/renderMarkdown";

const example = parseIsms(JSON.parse(readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8")));
const report = checkConformity(example, { asOf: "2026-11-28" });
const coverage = (id: string) => assessFrameworkCoverage(example, getMappedFramework(id), { asOf: "2026-11-28", conformityReport: report });

describe("frameworkCoverageToMarkdown", () => {
  it("opens with the framework, the organisation, the counts and the findings", () => {
    const lines = frameworkCoverageToMarkdown(coverage("gdpr")).split("\n");
    expect(lines[0]).toBe("# GDPR coverage — Northwind Cloud");
    expect(lines[2]).toMatch(/^GDPR: Regulation \(EU\) 2016\/679, .* \(2016\/679\), read through ISO\/IEC 27001:2022 \(mapping `gdpr--iso27001-2022`\) as of 2026-11-28\.$/);
    expect(lines[4]).toBe("**40 requirements: 0 covered, 38 partly covered, 2 not covered** (2 of them not addressed by ISO/IEC 27001).");
    expect(lines[5]).toBe("Findings: 0 major, 9 minor, 31 to check beyond ISO/IEC 27001.");
  });

  it("shows the headings, what to fix first, the findings to act on with their hints, and every requirement", () => {
    const result = coverage("nis2");
    const markdown = frameworkCoverageToMarkdown(result);
    expect(markdown).toContain("| **Annex** | Implementing Regulation (EU) 2024/2690, Annex: technical and methodological requirements of the measures of Article 21(2) | 6 | 321 | 8 | 335 |");
    expect(markdown).toContain("| 13 | Environmental and physical security | 0 | 11 | 8 | 19 |");
    expect(markdown).toMatch(/\| A\.7\.11 \| Supporting utilities \| excluded in the Statement of Applicability: "Not applicable: .*" \| 9: Art\.21\(2\)\(c\), 13\.1\.1, /);
    expect(markdown).toContain("## Not covered (0)\n\nNone.");
    expect(markdown).toContain(`## Open in the ISMS, or outside ISO/IEC 27001 (${result.findingCounts.minor})`);
    expect(markdown).toContain("- **13.1.1** — NIS2 13.1.1 \"Systems protected from failures of supporting utilities\" is not covered by the ISMS: A.7.11 Supporting utilities");
    expect(markdown).toContain("  - To resolve: Confirm that the reason for the exclusion also holds for NIS2 13.1.1");
    expect(markdown).toContain(`## Beyond ISO/IEC 27001 (${result.findingCounts.ofi})`);
    expect(markdown).toContain("| 7.2(a) | What is to be monitored and measured | covered | clause 9.1 | — |");
    expect(markdown).toContain("| 3.2.3(l) | Logs include environmental events | partly | A.5.28, A.8.15, A.8.16 (implemented), A.8.17 | minor |");
    expect(markdown.match(/^\| (Art\.|\d)[^|]* \| [^|]* \| (covered|partly|not-covered) \|/gm)).toHaveLength(result.counts.total);
    expect(markdown.endsWith("\n")).toBe(true);
  });

  it("escapes the pipes of titles and is the same for the same coverage", () => {
    const result = coverage("soc2");
    const piped = { ...result, requirements: [{ ...result.requirements[0]!, title: "a | b" }] };
    expect(frameworkCoverageToMarkdown(piped)).toContain("| CC1.1 | a \\| b |");
    expect(frameworkCoverageToMarkdown(result)).toBe(frameworkCoverageToMarkdown(coverage("soc2")));
  });
});

describe("frameworkCoverageToMarkdown on hostile text", () => {
  it("renders the document's text as text: no HTML, link, image, emphasis or control character", () => {
    const coverage = assessFrameworkCoverage(parseIsms(hostileIsms()), getMappedFramework("nis2"), { asOf: "2026-11-28" });
    const markdown = frameworkCoverageToMarkdown(coverage);
    expect(foreignMarkup(markdown)).toEqual([]);
    expect(markdown).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(markdown.split("\n")[0]).toBe("# NIS2 coverage — Acme &lt;img src=x onerror=alert(1)&gt;");
  });
});
