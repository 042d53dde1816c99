import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annexAControlIds, buildStatementOfApplicability, parseIsms, soaToCsv, soaToXlsx, type IsmsInput } from "../../src/index";
import { importStatementOfApplicability, mergeIsmsFragment } from "../../src/import/index";
import { deepFreeze } from "../_lib/deepFreeze";
import { thrownIssues } from "../_lib/thrownIssues";

const root = new URL("../../", import.meta.url);
const saas = () => JSON.parse(readFileSync(new URL("examples/saas-company.isms.json", root), "utf8")) as IsmsInput;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`test/fixtures/import/${name}`, root)));

describe("importStatementOfApplicability", () => {
  it("imports the SoA isms-kit writes back unchanged: CSV and XLSX round trips", () => {
    const isms = parseIsms(saas());
    const soa = buildStatementOfApplicability(isms);
    for (const [name, file] of [["csv", soaToCsv(soa)], ["xlsx", soaToXlsx(soa)]] as const) {
      const result = importStatementOfApplicability(file, { isms });
      expect(result.problems, name).toEqual([]);
      expect(result.rows).toEqual({ read: soa.rows.length, imported: soa.rows.length, skipped: 0 });
      // The fields the sheet holds cleared, then filled from the sheet: the same SoA, row for row, byte for byte.
      const cleared = saas().controls!.map(({ applicable: _a, reasons: _r, justification: _j, implementationStatus: _s, ownerId: _o, requirementIds: _q, evidenceIds: _e, plannedImplementationDate: _p, implementedOn: _i, lastReviewedOn: _l, ...rest }) => ({ ...rest, applicable: null }));
      const withoutDecisions = { ...saas(), controls: cleared };
      expect(buildStatementOfApplicability(parseIsms(withoutDecisions)).rows).not.toEqual(soa.rows);
      const rebuilt = buildStatementOfApplicability(parseIsms(mergeIsmsFragment(withoutDecisions, { controls: result.fragment.controls })));
      // A sheet does not tell declared reasons from derived ones: both come back declared.
      const withoutDerived = (rows: typeof soa.rows) => rows.map(({ derivedReasons: _, ...row }) => row);
      expect(withoutDerived(rebuilt.rows), name).toEqual(withoutDerived(soa.rows));
      expect(soaToCsv(rebuilt), name).toBe(soaToCsv(soa));
      expect(soaToXlsx(rebuilt), name).toEqual(soaToXlsx(soa));
    }
  });

  it("imports a popular template's workbook (cover sheet, title rows, section headings, tick columns) with a dry-run report", () => {
    const result = importStatementOfApplicability(fixture("soa-template.xlsx"));
    expect(result.sheet).toBe("SoA");
    expect(result.headerRow).toBe(4);
    expect(result.columns.map((c) => `${c.column} ${c.field ?? "-"}`)).toEqual([
      "A controlId", "B title", "C applicable", "D legalReason", "E contractualReason", "F businessOrBestPracticeReason",
      "G riskTreatmentReason", "H justification", "I implementationStatus", "J owner", "K plannedImplementationDate", "L lastReviewedOn",
    ]);
    expect(result.rows).toEqual({ read: 94, imported: 91, skipped: 3 });
    expect(result.problems.filter((p) => p.severity === "error").map((p) => `row ${p.row} ${p.column}: ${p.message}`)).toEqual([
      'row 16 C: expected yes, no, or empty for not decided; found "Partly"',
      'row 40 K: expected a date YYYY-MM-DD that exists; found "30/06/26"',
      'row 102 A: "A.9.4.1" is a 2013 control id; in ISO/IEC 27001:2022 it is "8.3" (see soaFrom2013 to move a 2013 SoA)',
    ]);
    expect(result.fragment.people.map((p) => p.name)).toEqual(["Priya Nair", "Tom Okafor", "Lena Fischer"]);
    const first = result.fragment.controls[0]!;
    expect(first).toMatchObject({ id: "5.1", applicable: true, reasons: ["legal", "contractual", "business", "best-practice"], implementationStatus: "implemented", ownerId: "p-priya-nair", lastReviewedOn: "2026-01-10" });
    const excluded = result.fragment.controls.find((c) => c.id === "7.5")!;
    expect(excluded).toMatchObject({ applicable: false, justification: "No activity of this kind in scope: offices are serviced by the landlord.", implementationStatus: undefined, ownerId: undefined });
    // Merged into a young ISMS, the imported rows make a valid document.
    const merged = mergeIsmsFragment({ schemaVersion: "1.0", organization: { name: "Brightwater Analytics Ltd" }, controls: annexAControlIds.map((id) => ({ id, applicable: null })) }, result.fragment);
    expect(() => parseIsms(merged)).not.toThrow();
  });

  it("reads ids as templates write them, the title in the same cell, and controls of the organisation's own", () => {
    const csv = "Control,Applicable?,Title\nA.5.1 Policies for information security,Yes,\nA 05.02,No,\n5.3 - Segregation of duties,,\nORG-1,yes,Clean desk walk-through\nORG-2,yes,\n";
    const result = importStatementOfApplicability(csv);
    expect(result.fragment.controls.map((c) => [c.id, c.applicable])).toEqual([["5.1", true], ["5.2", false], ["5.3", null], ["ORG-1", true]]);
    expect(result.fragment.controls[3]?.custom).toEqual({ relatedAnnexAIds: [], title: "Clean desk walk-through" });
    expect(result.problems.map((p) => `${p.row} ${p.code}`)).toEqual(["6 missing_value"]);
  });

  it("takes the columns it is given, and explains an unknown field or header", () => {
    const csv = "Ref,Decision,Justification\nA.5.1,Yes,Policy\n";
    const result = importStatementOfApplicability(csv, { columns: { controlId: "Ref", applicable: "B", justification: "justification" } });
    expect(result.fragment.controls).toEqual([{ id: "5.1", applicable: true, justification: "Policy" }]);
    expect(result.columns.map((c) => c.how)).toEqual(["given", "given", "given"]);
    expect(thrownIssues(() => importStatementOfApplicability(csv, { columns: { justfication: "C" } as never }))[0]).toMatch(/unknown field "justfication" \(did you mean "justification"\?\)/);
    expect(thrownIssues(() => importStatementOfApplicability(csv, { columns: { controlId: "Reff" } }))[0]).toMatch(/no column with the header "Reff" \(did you mean "Ref"\?\)/);
  });

  it("says so when no header is recognised, or the sheet does not exist", () => {
    expect(thrownIssues(() => importStatementOfApplicability("a,b\n1,2\n"), "SpreadsheetError")[0]).toMatch(/^ no_header: no row in the first 30/);
    expect(thrownIssues(() => importStatementOfApplicability(fixture("soa-template.xlsx"), { sheet: "SOA" }), "SpreadsheetError")).toEqual([
      '/options/sheet unknown_sheet: no sheet "SOA" (did you mean "SoA"?) (sheets: "Cover", "SoA")',
    ]);
  });

  it("does not change the ISMS it is given", () => {
    const isms = deepFreeze(parseIsms(saas()));
    expect(() => importStatementOfApplicability(soaToCsv(buildStatementOfApplicability(isms)), { isms })).not.toThrow();
  });
});
