import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { importRiskRegister, mergeIsmsFragment } from "../../src/import/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { thrownIssues } from "../_lib/thrownIssues";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url)));

describe("importRiskRegister", () => {
  it("imports a popular template's register (semicolon CSV, C/I/A ticks, numbered scales) with a dry-run report", () => {
    const result = importRiskRegister(fixture("risk-register-template.csv"));
    expect(result.headerRow).toBe(1);
    expect(result.columns.filter((c) => c.field === undefined).map((c) => `${c.column} ${c.header}: ${c.note}`)).toEqual([
      "L Risk Score: derived: likelihood × impact on the risk method; not imported",
    ]);
    expect(result.rows).toEqual({ read: 9, imported: 7, skipped: 2 });
    expect(result.problems.filter((p) => p.severity === "error").map((p) => `row ${p.row} ${p.column} (${p.header}): ${p.message}`)).toEqual([
      'row 7 J (Likelihood (1-5)): "Very likely?" is not on the likelihood scale of 5x5 (expected one of "rare", "unlikely", "possible", "likely", "almost-certain", or 1 to 5)',
      'row 9 N (Treatment Option): expected modify, retain, avoid or share (or mitigate, accept, transfer …); found "Monitor"',
    ]);
    // The template's own levels are checked against the matrix, and the matrix wins.
    expect(result.problems.find((p) => p.row === 2 && p.field === "inherentLevel")?.message).toBe('the sheet says "High", but possible × severe is "critical" on 5x5; the matrix\'s level is kept');
    expect(result.fragment.risks[0]).toEqual({
      id: "RR-01",
      title: "Ransomware encrypts the customer database and its backups",
      ownerId: "p-tom-okafor",
      assetIds: ["a-customer-database"],
      threatIds: ["t-ransomware"],
      vulnerabilityIds: ["v-unpatched-servers"],
      affectedProperties: ["confidentiality", "integrity", "availability"],
      inherent: { likelihood: "possible", impact: "severe" },
      residual: { likelihood: "unlikely", impact: "major" },
      treatment: { option: "modify", controlIds: ["8.7", "8.13", "8.8"], rationale: "Immutable backups; patch within 14 days" },
      status: "open",
      identifiedOn: "2025-11-03",
      lastAssessedOn: "2026-01-12",
    });
    expect(result.fragment.risks.map((r) => r.treatment?.option)).toEqual(["modify", "modify", "retain", "modify", "share", "modify", "avoid"]);
    const merged = mergeIsmsFragment({ schemaVersion: "1.0", organization: { name: "Brightwater Analytics Ltd" }, riskMethod: { preset: "5x5" } }, result.fragment);
    expect(parseIsms(merged).risks).toHaveLength(7);
  });

  it("reads ratings by id, label, position or both, on the method given", () => {
    // 4x4: likelihood unlikely, possible, likely, almost-certain; impact minor, moderate, major, severe.
    const csv = "Risk,Likelihood,Impact\nA,likely,3\nB,2 - Possible,Severe\nC,4,Almost certain\n";
    const result = importRiskRegister(csv, { method: "4x4" });
    expect(result.fragment.risks.map((r) => r.inherent)).toEqual([
      { likelihood: "likely", impact: "major" },
      { likelihood: "possible", impact: "severe" },
    ]);
    expect(result.problems.map((p) => `${p.row} ${p.header}: ${p.message}`)).toEqual([
      '4 Impact: "Almost certain" is not on the impact scale of 4x4 (expected one of "minor", "moderate", "major", "severe", or 1 to 4)',
    ]);
    expect(result.fragment.risks.map((r) => r.id)).toEqual(["R-001", "R-002"]);
  });

  it("finds owners, assets and threats of the ISMS by name, and uses its risk method", () => {
    const isms = deepFreeze(
      parseIsms({
        schemaVersion: "1.0",
        organization: { name: "Acme" },
        riskMethod: { preset: "3x3" },
        people: [{ id: "p-ada", name: "Ada Lovelace" }],
        assets: [{ id: "a-crm", name: "CRM", type: "software" }],
      }),
    );
    const result = importRiskRegister("Risk ID,Title,Owner,Asset,Likelihood,Impact\nR-9,Data leak,ada lovelace,CRM,Likely,minor\n", { isms });
    expect(result.problems).toEqual([]);
    expect(result.fragment.risks).toEqual([{ id: "R-9", title: "Data leak", ownerId: "p-ada", assetIds: ["a-crm"], inherent: { likelihood: "likely", impact: "minor" } }]);
    expect(result.fragment.people).toEqual([]);
  });

  it("reports 2013 control ids with their 2022 successors, and duplicate risk ids", () => {
    const result = importRiskRegister("Risk ID,Risk,Controls\nR-1,x,A.12.3.1\nR-1,y,A.8.13\n");
    expect(result.problems.map((p) => `${p.row} ${p.code}: ${p.message}`)).toEqual([
      '2 unknown_control: "A.12.3.1" is a 2013 control id; in ISO/IEC 27001:2022 it is "8.13"',
      "3 duplicate_id: risk R-1 is already in row 2; give each risk its own id",
    ]);
  });

  it("explains an unknown method and a sheet without titles", () => {
    expect(thrownIssues(() => importRiskRegister("Risk,Impact\nx,1\n", { method: "5×5" }))).toEqual(['/options/method invalid_value: unknown risk method preset "5×5" (did you mean "5x5"?)']);
    expect(thrownIssues(() => importRiskRegister("Likelihood,Impact\n1,1\n"))[0]).toMatch(/no column holds the risks' titles or descriptions/);
  });
});
