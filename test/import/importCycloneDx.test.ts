import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { importCycloneDx, mergeIsmsFragment } from "../../src/import/index";
import { conformantIsms } from "../conformity/_fixtures/conformantIsms";
import { deepFreeze } from "../_lib/deepFreeze";
import { thrownIssues } from "../_lib/thrownIssues";

const bytes = new Uint8Array(readFileSync(new URL("../fixtures/import/secops/trivy.cdx.json", import.meta.url)));
const isms = deepFreeze(parseIsms(conformantIsms()));

describe("importCycloneDx", () => {
  it("imports a dependency scanner's BOM: CVE, CVSS 3.1 with its prefix, severity alone when no CVSS, components in the name, the BOM's day", () => {
    const result = importCycloneDx(bytes, { isms, assetIds: ["a-1"], riskIds: ["risk-1"] });
    expect(result).toMatchObject({ ok: true, format: "cyclonedx", sheet: "CycloneDX", rows: { read: 4, imported: 3, skipped: 1 } });
    const [jwt, openssl, semver] = result.fragment.vulnerabilities!;
    expect(jwt).toEqual({
      id: "cdx-cve-2022-23529-1v517t",
      name: "CVE-2022-23529 in jsonwebtoken@8.5.1",
      description: "jsonwebtoken: unrestricted key type could lead to legacy keys usage",
      source: "scanner",
      cve: "CVE-2022-23529",
      cwe: "CWE-20",
      cvss: { version: "3.1", vector: "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", score: 7.6 },
      identifiedOn: "2026-11-03",
      assetIds: ["a-1"],
      riskIds: ["risk-1"],
      notes: "Recommendation: Upgrade jsonwebtoken to version 9.0.0",
      extensions: { "cyclonedx:id": "CVE-2022-23529", "cyclonedx:source": "ghsa", "cyclonedx:affects": ["jsonwebtoken@8.5.1"] },
    });
    expect(openssl).toMatchObject({ name: "CVE-2024-5535 in openssl@3.0.11-1~deb12u1", severity: "low" });
    expect(openssl?.["cvss"]).toBeUndefined();
    expect(semver).toMatchObject({ status: "mitigated", remediatedOn: "2026-11-03" });
    expect(result.problems.map((p) => `${p.row} ${p.field}: ${p.message}`)).toEqual(["3 vulnerabilities[2]: CVE-2021-23337 analysed as not affected (code not reachable); left out"]);
    expect(parseIsms(mergeIsmsFragment(isms, result.fragment)).vulnerabilities).toHaveLength(isms.vulnerabilities.length + 3);
  });

  it("marks an open vulnerability remediated when a later BOM says resolved, and keeps its discovery day", () => {
    const first = importCycloneDx(bytes, { isms });
    const doc = parseIsms(mergeIsmsFragment(isms, first.fragment));
    const bom = JSON.parse(new TextDecoder().decode(bytes));
    bom.metadata.timestamp = "2026-11-20T06:00:00Z";
    bom.vulnerabilities[0].analysis = { state: "resolved" };
    const second = importCycloneDx(bom, { isms: doc });
    expect(second.fragment.vulnerabilities!.map((v) => [v.id, v["status"], v["remediatedOn"], v["identifiedOn"]])).toEqual([
      ["cdx-cve-2022-23529-1v517t", "mitigated", "2026-11-20", undefined],
      ["cdx-cve-2024-5535-24ld5n", undefined, undefined, undefined],
    ]);
  });

  it("refuses what is not a CycloneDX BOM", () => {
    expect(thrownIssues(() => importCycloneDx({ bomFormat: "SPDX" }))).toEqual(['/input/bomFormat invalid_value: expected a CycloneDX BOM (bomFormat "CycloneDX"); found "SPDX"']);
    expect(thrownIssues(() => importCycloneDx({ bomFormat: "CycloneDX", vulnerabilities: {} }))).toEqual(["/input/vulnerabilities invalid_type: expected the BOM's vulnerabilities (a list); found an object"]);
    expect(importCycloneDx({ bomFormat: "CycloneDX" })).toMatchObject({ ok: true, fragment: { vulnerabilities: [] }, rows: { read: 0, imported: 0, skipped: 0 } });
  });
});
