import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessFrameworkCoverage, frameworkCoverageToCsv, parseIsms } from "../../src/index";
import { getMappedFramework } from "../../src/mappings/index";

const example = parseIsms(JSON.parse(readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8")));

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

describe("frameworkCoverageToCsv", () => {
  const coverage = assessFrameworkCoverage(example, getMappedFramework("soc2"), { asOf: "2026-11-28" });
  const rows = parseCsv(frameworkCoverageToCsv(coverage));

  it("writes a header and one record per requirement, with what is met and what is open", () => {
    expect(rows[0]).toEqual(["Framework", "Requirement", "Title", "Heading", "Status", "Severity", "ISO/IEC 27001 met", "ISO/IEC 27001 open", "Not addressed by ISO/IEC 27001", "Finding", "To resolve"]);
    expect(rows).toHaveLength(62);
    expect(rows.slice(1).map((r) => r[1])).toEqual(coverage.requirements.map((r) => r.id));
    const cc92 = rows.find((r) => r[1] === "CC9.2")!;
    expect(cc92.slice(0, 8)).toEqual([
      "soc2",
      "CC9.2",
      "Risks from vendors and business partners assessed and managed",
      "CC9.0",
      "partly",
      "minor",
      "A.6.6",
      "A.5.22 (implemented, minor finding A.5.22-supplier-monitoring@/suppliers/7/lastAssessedOn)",
    ]);
    const p11 = rows.find((r) => r[1] === "P1.1")!;
    expect([p11[4], p11[5], p11[8]!.slice(0, 24)]).toEqual(["not-covered", "minor", "A data subject's right o"]);
  });

  it("is formula-safe: a title that starts like a formula gets a leading quote", () => {
    const tampered = { ...coverage, requirements: [{ ...coverage.requirements[0]!, title: "=HYPERLINK(\"x\")" }] };
    expect(parseCsv(frameworkCoverageToCsv(tampered))[1]![2]).toBe("'=HYPERLINK(\"x\")");
  });
});
