import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { buildStatementOfApplicability } from "../../src/treatment/buildStatementOfApplicability";
import { defaultSoaColumns, type SoaColumn } from "../../src/export/SoaColumn";
import { soaToTable } from "../../src/export/soaToTable";
import { deepFreeze } from "../_lib/deepFreeze";
import { smallIsms } from "../fixtures/smallIsms";
import { loadExample } from "../treatment/_helpers/documents";
import { argumentErrorOf, knownColumns } from "./_helpers/argumentErrorOf";

const allColumns: SoaColumn[] = [
  "controlId",
  "title",
  "theme",
  "source",
  "applicable",
  "reasons",
  "derivedReasons",
  "justification",
  "implementationStatus",
  "owner",
  "riskIds",
  "requirementIds",
  "documentIds",
  "evidenceIds",
  "relatedControlIds",
  "implementedOn",
  "plannedImplementationDate",
  "lastReviewedOn",
  "problems",
];

describe("soaToTable", () => {
  const soa = deepFreeze(buildStatementOfApplicability(parseIsms(smallIsms())));

  it("has the default columns, a header and one row per SoA row", () => {
    const table = soaToTable(soa);
    expect(table.header).toEqual([
      "Control",
      "Title",
      "Theme",
      "Applicable",
      "Reasons for inclusion",
      "Justification",
      "Implementation status",
      "Owner",
      "Risks treated",
      "Requirements",
      "Evidence",
      "Planned implementation",
      "Implemented on",
      "Last reviewed",
    ]);
    expect(table.header.length).toBe(defaultSoaColumns.length);
    expect(table.rows.length).toBe(soa.rows.length);
    expect(table.rows.every((row) => row.length === table.header.length)).toBe(true);
  });

  it("writes every column as readable text", () => {
    const table = soaToTable(soa, { columns: allColumns });
    const cells = (id: string) => Object.fromEntries(allColumns.map((c, i) => [c, table.rows[soa.rows.findIndex((r) => r.controlId === id)]![i]]));
    expect(cells("8.5")).toEqual({
      controlId: "8.5",
      title: "Secure authentication",
      theme: "Technological",
      source: "Annex A",
      applicable: "Yes",
      reasons: "Risk treatment",
      derivedReasons: "",
      justification: "",
      implementationStatus: "Implemented",
      owner: "It Person",
      riskIds: "risk-1",
      requirementIds: "",
      documentIds: "",
      evidenceIds: "ev-1",
      relatedControlIds: "",
      implementedOn: "",
      plannedImplementationDate: "",
      lastReviewedOn: "",
      problems: "",
    });
    expect(cells("7.1")).toMatchObject({ applicable: "No", justification: "No premises of our own", theme: "Physical" });
    expect(cells("ctl-own")).toMatchObject({ source: "Own", theme: "", relatedControlIds: "5.20", reasons: "Risk treatment", derivedReasons: "Risk treatment" });
    expect(cells("5.20")).toMatchObject({ applicable: "Not decided", reasons: "Contractual", requirementIds: "req-1" });
    expect(cells("5.20")["problems"]).toBe('5.20: no decision is recorded (add a control record with applicable true or false); selected by requirement "req-1"');
  });

  it("shows the owner's id when the owner is not one of the people", () => {
    const row = { ...soa.rows[0]!, ownerId: "ext-auditor", ownerName: undefined };
    expect(soaToTable({ ...soa, rows: [row] }, { columns: ["owner"] }).rows).toEqual([["ext-auditor"]]);
  });

  it("renders the SaaS example with partially implemented controls", () => {
    const saas = buildStatementOfApplicability(loadExample("saas-company"));
    const statuses = new Set(soaToTable(saas, { columns: ["implementationStatus"] }).rows.map((r) => r[0]));
    expect(statuses).toEqual(new Set(["Implemented", "Partially implemented", ""]));
  });

  it("rejects bad arguments with clear errors", () => {
    expect(() => soaToTable({} as never)).toThrow(
      argumentErrorOf("soaToTable", "/soa", "invalid_type", "expected a Statement of Applicability from buildStatementOfApplicability; found an object"),
    );
    expect(() => soaToTable({} as never)).toThrow(
      "Invalid arguments to soaToTable: 1 problem\n  soa: expected a Statement of Applicability from buildStatementOfApplicability; found an object",
    );
    expect(() => soaToTable(soa, { columns: ["nope" as SoaColumn] })).toThrow(
      argumentErrorOf("soaToTable", "/options/columns", "invalid_value", `unknown column "nope" (expected one of ${knownColumns})`),
    );
    expect(() => soaToTable(soa, { columns: [] })).toThrow(
      argumentErrorOf("soaToTable", "/options/columns", "invalid_type", "expected a non-empty list of column names; found an array of 0"),
    );
    expect(() => soaToTable(soa, { columns: "controlId" as never })).toThrow(
      argumentErrorOf("soaToTable", "/options/columns", "invalid_type", 'expected a non-empty list of column names; found "controlId"'),
    );
  });
});
