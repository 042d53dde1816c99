/** `isms-kit coverage` as a user drives it, in this process: exit codes, the four formats, and the mistakes it refuses. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolvedSaasExample } from "../conformity/_fixtures/examples";
import { root } from "./_helpers/builtCli";
import { runInProcess } from "./_helpers/runInProcess";

let work = "";
const cli = (args: readonly string[], options: { isTTY?: boolean; columns?: number } = {}) => runInProcess(args, { cwd: work, ...options });

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "isms-kit-coverage-"));
  const example = readFileSync(join(root, "examples/saas-company.isms.json"), "utf8");
  writeFileSync(join(work, "saas.json"), example);
  // The example with its ISO/IEC 27001 minor nonconformities resolved: only decisions and framework-specific checks are left.
  const doc = resolvedSaasExample() as Record<string, any>;
  writeFileSync(join(work, "conformant.json"), JSON.stringify(doc));
  // … and data leakage prevention rolled out in full (it was partially implemented).
  doc.controls[70].implementationStatus = "implemented";
  writeFileSync(join(work, "complete.json"), JSON.stringify(doc));
  writeFileSync(join(work, "broken.json"), "{");
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("isms-kit coverage", () => {
  it("prints NIS2's coverage for a terminal: counts, headings, what to fix in the ISMS, and exits 1 on gaps", async () => {
    const run = await cli(["coverage", "saas.json", "--framework", "nis2", "--as-of", "2026-11-28"]);
    expect([run.code, run.stderr]).toEqual([1, ""]);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "NIS2 coverage of Northwind Cloud through ISO/IEC 27001:2022, as of 2026-11-28",
      "357 requirements: 6 covered · 343 partly · 8 not covered",
      "Findings: 0 major · 121 minor · 230 to check beyond ISO/IEC 27001",
    ]);
    expect(run.stdout).toMatch(/^ {2}13 +Environmental and physical security +0 +11 +8 +19$/m);
    expect(run.stdout).toContain("Fix in the ISMS first: 13 ISO/IEC 27001 requirements are open");
    expect(run.stdout).toMatch(/^ {2}A\.8\.30 +excluded in the Statement of Applicability: .* 22: Art\.21\(2\)\(d\), Art\.21\(3\), 5\.1\.1/m);
    expect(run.stdout).toContain("Not covered (8)");
    expect(run.stdout).toMatch(/^ {2}13\.1\.1 +"Systems protected from failures of supporting utilities" is not covered by the ISMS: A\.7\.11/m);
    expect(run.stdout).toMatch(/230 requirements have every ISO\/IEC 27001 requirement they map to met but ask for more/);
  });

  it("lists what ISO/IEC 27001 does not address, to be shown outside the ISMS", async () => {
    const run = await cli(["coverage", "conformant.json", "--framework", "gdpr", "--as-of", "2026-11-28"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Not addressed by ISO/IEC 27001 (2): show these outside the ISMS, and keep the evidence with it");
    expect(run.stdout).toMatch(/^ {2}Art\.35\(2\) +"The advice of the data protection officer sought/m);
    expect(run.stdout).not.toContain("Fix in the ISMS first");
  });

  it("exits 0 when nothing is open: only requirements to check beyond ISO/IEC 27001", async () => {
    const run = await cli(["coverage", "complete.json", "--framework", "csf2", "--as-of", "2026-11-28", "--format", "json"]);
    expect(run.code).toBe(0);
    const coverage = JSON.parse(run.stdout);
    expect([coverage.framework.id, coverage.findingCounts.major + coverage.findingCounts.minor, coverage.counts.total]).toEqual(["nist-csf-2.0", 0, 106]);
  });

  it("writes Markdown, CSV and JSON", async () => {
    const md = await cli(["coverage", "saas.json", "--framework", "soc2", "--as-of", "2026-11-28", "--format", "md"]);
    expect(md.stdout.split("\n")[0]).toBe("# SOC 2 coverage — Northwind Cloud");
    const csv = await cli(["coverage", "saas.json", "--framework", "dora", "--as-of", "2026-11-28", "-f", "csv"]);
    expect(csv.stdout.split("\r\n")[0]).toBe("Framework,Requirement,Title,Heading,Status,Severity,ISO/IEC 27001 met,ISO/IEC 27001 open,Not addressed by ISO/IEC 27001,Finding,To resolve");
    expect(csv.stdout.split("\r\n").filter(Boolean)).toHaveLength(113);
    const json = JSON.parse((await cli(["coverage", "saas.json", "--framework", "gdpr", "--as-of", "2026-11-28", "--format", "json"])).stdout);
    expect(json.counts).toEqual({ covered: 0, partly: 38, notCovered: 2, notAddressed: 2, total: 40 });
    expect([md.code, csv.code]).toEqual([1, 1]);
  });

  it("judges on today when --as-of is left out", async () => {
    const run = await runInProcess(["coverage", "saas.json", "--framework", "gdpr", "--format", "json"], { cwd: work, today: "2030-06-30" });
    expect(JSON.parse(run.stdout).asOf).toBe("2030-06-30");
  });

  it("refuses a missing or unknown framework, a bad day and a broken file with one line and exit 2", async () => {
    for (const [args, pattern] of [
      [["coverage", "saas.json"], /--framework is required: one of nis2, gdpr, dora, soc2, csf2/],
      [["coverage", "saas.json", "--framework", "pci"], /--framework must be one of "nis2", "gdpr", "dora", "soc2", "csf2"/],
      [["coverage", "saas.json", "--framework", "nis2", "--as-of", "2026-02-30"], /--as-of must be a calendar day/],
      [["coverage", "broken.json", "--framework", "nis2"], /broken\.json:1:2: not valid JSON: the text ends too early after \{/],
    ] as const) {
      const run = await cli(args);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(/^isms-kit: .*\n$/);
      expect(run.stderr).toMatch(pattern);
    }
  });

  it("has --help with its options, exit codes and examples", async () => {
    const run = await cli(["coverage", "--help"]);
    expect(run.code).toBe(0);
    for (const text of ["--framework <nis2|gdpr|dora|soc2|csf2>", "--format", "--as-of", "gaps: at least one major or minor finding", "isms-kit coverage examples/saas-company.isms.json --framework nis2"]) {
      expect(run.stdout).toContain(text);
    }
  });
});
