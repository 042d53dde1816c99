import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { importSarif, mergeIsmsFragment } from "../../src/import/index";
import { conformantIsms } from "../conformity/_fixtures/conformantIsms";
import { deepFreeze } from "../_lib/deepFreeze";
import { thrownIssues } from "../_lib/thrownIssues";

const text = readFileSync(new URL("../fixtures/import/secops/codeql.sarif", import.meta.url), "utf8");
const isms = deepFreeze(parseIsms(conformantIsms()));
const log = () => JSON.parse(text) as { runs: { results: Record<string, unknown>[]; tool: { driver: { rules: Record<string, unknown>[] } } }[] };

describe("importSarif", () => {
  it("imports the results of security rules as vulnerabilities: CWE, location, severity from security-severity, the scan's day", () => {
    const result = importSarif(text, { isms, assetIds: ["a-1"] });
    expect(result).toMatchObject({ ok: true, kind: "vulnerabilities", format: "sarif", rows: { read: 5, imported: 2, skipped: 3 } });
    const [sql, xss] = result.fragment.vulnerabilities!;
    expect(sql).toEqual({
      id: "sarif-js-sql-injection-1d8g74q8",
      name: "Database query built from user-controlled sources in src/api/search.ts:42",
      description: "This query string depends on a [user-provided value](1).",
      source: "scanner",
      severity: "high",
      cwe: "CWE-89",
      identifiedOn: "2026-11-02",
      assetIds: ["a-1"],
      extensions: {
        "sarif:tool": "CodeQL",
        "sarif:ruleId": "js/sql-injection",
        "sarif:level": "error",
        "sarif:location": "src/api/search.ts:42:23",
        "sarif:securitySeverity": 8.8,
        "sarif:cwes": ["CWE-89", "CWE-90", "CWE-943"],
      },
    });
    // The location from the run's artifacts; 6.1 is medium.
    expect(xss).toMatchObject({ name: "Reflected cross-site scripting in src/web/render.ts:17", severity: "medium", cwe: "CWE-79" });
    expect(result.problems.map((p) => `${p.row} ${p.message}`)).toEqual([
      "0 1 result of rules that are not about security (no security tag, CWE or security-severity) left out; import them with allResults",
      "4 suppressed (inSource: Test fixture, not a real credential); left out — if it stays open, record an exception for it instead",
      "5 reported as absent (fixed) and not open in the ISMS; left out",
    ]);
    const merged = parseIsms(mergeIsmsFragment(isms, result.fragment));
    expect(merged.vulnerabilities).toHaveLength(isms.vulnerabilities.length + 2);
  });

  it("gives the same ids to the same findings, keeps the first discovery day, reopens what comes back and closes what is gone", () => {
    const first = importSarif(text, { isms });
    const withFirst = parseIsms(mergeIsmsFragment(isms, first.fragment));
    const again = log();
    again.runs[0]!.results[0]!["baselineState"] = "absent";
    const later = JSON.stringify(again).replaceAll("2026-11-02T07:41:09Z", "2026-11-20T07:00:00Z").replaceAll("2026-11-02T07:32:51Z", "2026-11-20T06:50:00Z");
    const second = importSarif(later, { isms: withFirst });
    expect(second.fragment.vulnerabilities!.map((v) => [v.id, v["status"], v["remediatedOn"], v["identifiedOn"]])).toEqual([
      ["sarif-js-sql-injection-1d8g74q8", "mitigated", "2026-11-20", undefined],
      ["sarif-js-reflected-xss-1iwbid8f", undefined, undefined, undefined],
    ]);
    const closed = parseIsms(mergeIsmsFragment(withFirst, second.fragment));
    expect(closed.vulnerabilities.find((v) => v.id === "sarif-js-reflected-xss-1iwbid8f")?.identifiedOn).toBe("2026-11-02");
    const back = importSarif(text, { isms: closed });
    expect(back.problems.map((p) => p.message)).toContain("vulnerability sarif-js-sql-injection-1d8g74q8 was marked remediated on 2026-11-20, and the scan finds it again: reopened");
    const reopened = parseIsms(mergeIsmsFragment(closed, back.fragment)).vulnerabilities.find((v) => v.id === "sarif-js-sql-injection-1d8g74q8");
    expect(reopened).toMatchObject({ status: "open", identifiedOn: "2026-11-02" });
    expect(reopened?.remediatedOn).toBeUndefined();
  });

  it("reads the level when there is no security severity, takes every rule with allResults, and warns when the scan has no date", () => {
    const plain = log();
    delete (plain.runs[0] as Record<string, unknown>)["invocations"];
    for (const rule of plain.runs[0]!.tool.driver.rules) delete (rule["properties"] as Record<string, unknown>)["security-severity"];
    const result = importSarif(plain, { allResults: true, idPrefix: "cq" });
    expect(result.fragment.vulnerabilities!.map((v) => [v.id.slice(0, 24), v["severity"], v["identifiedOn"]])).toEqual([
      ["cq-js-sql-injection-1d8g", "high", undefined],
      ["cq-js-reflected-xss-1iwb", "high", undefined],
      ["cq-js-unused-local-varia", "low", undefined],
    ]);
    expect(result.problems[0]?.message).toBe("the log gives no date for the scan (invocations[].endTimeUtc): give identifiedOn, so that the remediation target applies");
    expect(importSarif(plain, { identifiedOn: "2026-11-05" }).fragment.vulnerabilities![0]!["identifiedOn"]).toBe("2026-11-05");
  });

  it("checks references against the ISMS, all or nothing", () => {
    const result = importSarif(text, { isms, assetIds: ["a-nowhere"] });
    expect(result.ok).toBe(false);
    expect(result.fragment).toEqual({});
    expect(result.problems.filter((p) => p.severity === "error").map((p) => `${p.row} ${p.field}: ${p.message}`)).toEqual([
      '1 runs[0].results[0] → assetIds[0]: no asset with id "a-nowhere"',
      '2 runs[0].results[1] → assetIds[0]: no asset with id "a-nowhere"',
    ]);
  });

  it("refuses what is not a SARIF 2.1.0 log, and bad options", () => {
    expect(thrownIssues(() => importSarif("{"))[0]).toMatch(/^\/input invalid_format: expected a SARIF log \(JSON\); found text that is not JSON: /);
    expect(thrownIssues(() => importSarif({ version: "2.0.0", runs: [] }))).toEqual(['/input/version invalid_value: expected a SARIF 2.1.0 log (version "2.1.0"); found version "2.0.0"']);
    expect(thrownIssues(() => importSarif({ version: "2.1.0" }))).toEqual(["/input/runs invalid_type: expected the log's runs (a list); found nothing"]);
    expect(thrownIssues(() => importSarif(text, { identifiedOn: "2026-02-30" }))).toEqual(['/options/identifiedOn invalid_format: expected a date YYYY-MM-DD that exists; found "2026-02-30"']);
    expect(thrownIssues(() => importSarif(text, { assetIds: "a-1" as never }))).toEqual(['/options/assetIds invalid_type: expected a list of ids; found "a-1"']);
    expect(thrownIssues(() => importSarif(new Uint8Array([0xff, 0xfe]))).length).toBe(1);
  });

  it("does not change a parsed log it is given", () => {
    const frozen = deepFreeze(log());
    expect(importSarif(frozen).ok).toBe(true);
  });
});
