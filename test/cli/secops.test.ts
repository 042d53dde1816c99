/**
 * The SecOps commands run in-process on real files: `priorities`, and `import` of operational
 * records from CSV, JSON lines, SARIF and CycloneDX into a folder ISMS.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIsms } from "isms-kit";
import { readIsmsSources } from "isms-kit/source";
import { conformantIsms } from "../conformity/_fixtures/conformantIsms";
import { root } from "./_helpers/builtCli";
import { runInProcess } from "./_helpers/runInProcess";

let work = "";
const cli = (args: readonly string[]) => runInProcess(args, { cwd: work, today: "2026-11-28" });
const folder = () => {
  return parseIsms(readIsmsSources({ "isms.json": readFileSync(join(work, "target/isms.json"), "utf8") }).input);
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "isms-kit-secops-"));
  writeFileSync(join(work, "saas.json"), readFileSync(join(root, "examples/saas-company.isms.json"), "utf8"));
  mkdirSync(join(work, "target"));
  writeFileSync(join(work, "target/isms.json"), JSON.stringify(conformantIsms(), null, 2));
  cpSync(join(root, "test/fixtures/import/secops"), join(work, "scans"), { recursive: true });
  const breached = {
    ...conformantIsms(),
    incidents: [
      {
        id: "inc-7",
        title: "Customer data exposed",
        severity: "high",
        status: "resolved",
        personalDataBreach: true,
        detectedAt: "2026-03-28T09:40:00+01:00",
        awareAt: "2026-03-28T10:00:00+01:00",
        triage: { decidedAt: "2026-03-28T11:30:00+01:00", decidedById: "p-soc", classification: "incident", regimes: ["gdpr-authority", "nis2-early-warning", "nis2-notification"] },
        notifications: [{ id: "inc-7-n1", regime: "gdpr-authority", recipient: "Data protection authority", sentAt: "2026-03-31T11:30:00+02:00" }],
      },
    ],
  };
  writeFileSync(join(work, "breach.json"), JSON.stringify(breached));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("isms-kit priorities", () => {
  it("prints the queue with the reasons of each item, and a summary", async () => {
    const run = await cli(["priorities", "saas.json", "--limit", "3"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^#\s+Kind\s+Id\s+Title\s+Risk\s+Deadline\s+Age\s+Owner/);
    expect(lines[1]).toMatch(/^1\s+vulnerability\s+v-05\s+.*medium risk-10\s+198 days overdue\s+318 d/);
    expect(run.stdout).toContain("Why each is where it is:\n  1. v-05: risk risk-10 ");
    expect(lines.at(-2)).toMatch(/^3 items \(1 past its deadline\), 3 linked to a rated risk, as of 2026-11-28, risks rated on 5x5; 10 more not shown$/);
  });

  it("filters by kind, writes JSON and CSV, and gates CI on a breach", async () => {
    const json = await cli(["priorities", "saas.json", "--kind", "treatment-action", "--format", "json"]);
    const queue = JSON.parse(json.stdout) as { items: { kind: string; rank: number }[] };
    expect(new Set(queue.items.map((i) => i.kind))).toEqual(new Set(["treatment-action"]));
    const csv = await cli(["priorities", "saas.json", "--format", "csv", "--limit", "1"]);
    expect(csv.stdout.split("\r\n")[0]).toBe("Rank,Kind,Id,Title,Belongs to,Owner,Severity,Risk,Risk level,Rating,Other risks,Due on,Deadline from,Past due,Days overdue,Days left,Opened on,Age (days),Why");
    expect(csv.stdout.split("\r\n")[1]).toMatch(/^1,vulnerability,v-05,/);
    expect((await cli(["priorities", "saas.json", "--fail-on-breach"])).code).toBe(1);
    expect((await cli(["priorities", "saas.json", "--fail-on-breach", "--kind", "treatment-action"])).code).toBe(0);
    expect((await cli(["priorities", "saas.json", "--limit", "0"])).stderr).toBe('isms-kit: priorities: --limit must be a whole number from 1; found "0"\n');
  });
});

describe("isms-kit import of operational records", () => {
  it("reports every bad cell of an identity provider's export in a dry run, and writes nothing", async () => {
    const run = await cli(["import", "accounts", "scans/idp-accounts.csv", "--into", "target", "--dry-run"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^scans\/idp-accounts\.csv, sheet "CSV", header on row 2: 4 rows read, nothing imported\n/);
    expect(run.stdout).toContain("Errors (nothing is imported until every one is fixed) (4):\n");
    expect(run.stdout).toContain('  row 6, D (Display name): no person with id "Contractor Smith"\n');
    expect(run.stdout).toMatch(/\n {2}I {2}Account enabled +ignored: /);
  });

  it("merges log reviews from JSON lines into their log sources, and needs --into for them", async () => {
    expect((await cli(["import", "log-reviews", "scans/log-reviews.jsonl"])).stderr).toBe("isms-kit: import: log-reviews are kept in their log source: give the ISMS they go into with --into\n");
    const run = await cli(["import", "log-reviews", "scans/log-reviews.jsonl", "--into", "target"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^scans\/log-reviews\.jsonl, JSON lines: 3 lines read, 2 imported, 1 left out\n/);
    expect(run.stderr).toContain("  line 3, reviews: the log source log-app has this log review already; not added again\n");
    expect(run.stdout).toBe("merged into target: wrote target/isms.json\n");
    expect(folder().logSources.find((l) => l.id === "log-app")?.reviews.map((r) => r.performedOn)).toEqual(["2026-11-17", "2026-11-24", "2026-11-27"]);
  });

  it("imports a SARIF log and a CycloneDX BOM as vulnerabilities, found by their content", async () => {
    const sarif = await cli(["import", "vulnerabilities", "scans/codeql.sarif", "--asset", "a-1", "--into", "target"]);
    expect(sarif.code).toBe(0);
    expect(sarif.stderr).toMatch(/^scans\/codeql\.sarif, SARIF: 5 results read, 2 imported, 3 left out\n/);
    expect(sarif.stderr).toContain("\n  runs: 1 result of rules that are not about security");
    writeFileSync(join(work, "scans/bom.json"), readFileSync(join(work, "scans/trivy.cdx.json")));
    const bom = await cli(["import", "vulnerabilities", "scans/bom.json", "--discovered-on", "2026-11-04", "--format", "json"]);
    expect(bom.code).toBe(0);
    const fragment = JSON.parse(bom.stdout) as { vulnerabilities: { id: string; identifiedOn: string }[] };
    expect(fragment.vulnerabilities.map((v) => [v.id, v.identifiedOn])).toEqual([
      ["cdx-cve-2022-23529-1v517t", "2026-11-04"],
      ["cdx-cve-2024-5535-24ld5n", "2026-11-04"],
      ["cdx-cve-2022-25883-1uxzld", "2026-11-04"],
    ]);
    const vulnerabilities = folder().vulnerabilities.map((v) => v.id);
    expect(vulnerabilities).toContain("sarif-js-sql-injection-1d8g74q8");
    expect((await cli(["import", "accounts", "scans/codeql.sarif"])).stderr).toBe("isms-kit: import: a SARIF log holds vulnerabilities: 'isms-kit import vulnerabilities scans/codeql.sarif'\n");
    expect((await cli(["import", "soa", "scans/log-reviews.jsonl"])).stderr).toBe("isms-kit: import: soa is read from a spreadsheet (CSV or .xlsx); found jsonl\n");
  });
});

describe("isms-kit deadlines", () => {
  it("prints every notification deadline with its status, and gates on an overdue one", async () => {
    const run = await cli(["deadlines", "breach.json", "--as-of", "2026-04-01T09:00:00+02:00", "--time-zone", "Europe/Berlin"]);
    expect(run.code).toBe(0);
    const rows = run.stdout.split("\n");
    expect(rows[0]).toMatch(/^Incident\s+Regime\s+Due\s+Status\s+Sent\s+Late by\s+Source/);
    expect(rows[1]).toMatch(/^inc-7\s+gdpr-authority\s+2026-03-31T11:00:00\+02:00\s+late\s+2026-03-31T11:30:00\+02:00\s+30 min\s+GDPR Art\.33\(1\)/);
    expect(rows[2]).toMatch(/^inc-7\s+nis2-early-warning\s+2026-03-29T11:00:00\+02:00\s+overdue\s+70 h\s+NIS2 Art\.23\(4\)\(a\)/);
    expect(rows[4]).toMatch(/^inc-7\s+nis2-final-report\s+after nis2-notification\s+waiting/);
    expect(rows.at(-2)).toBe("4 notifications of 1 incident, as of 2026-04-01T09:00:00+02:00: 1 late, 2 overdue, 1 waiting");
    expect((await cli(["deadlines", "breach.json", "--fail-on-overdue"])).code).toBe(1);
    const json = JSON.parse((await cli(["deadlines", "breach.json", "--incident", "inc-7", "--format", "json"])).stdout) as { asOf: string; incidents: { deadlines: { regime: string }[] }[] };
    expect(json.asOf).toBe("2026-11-28");
    expect(json.incidents[0]!.deadlines.map((d) => d.regime)).toEqual(["gdpr-authority", "nis2-early-warning", "nis2-notification", "nis2-final-report"]);
    expect((await cli(["deadlines", "breach.json", "--incident", "inc-8"])).stderr).toBe('isms-kit: deadlines: no incident with id "inc-8"\n');
    expect((await cli(["deadlines", "breach.json", "--as-of", "2026-04-01T09:00"])).code).toBe(2);
  });
});
