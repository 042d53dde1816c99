import { describe, expect, it } from "vitest";
import { assessRisks, riskRegisterToCsv } from "../../src/index";
import { loadExample } from "../treatment/_helpers/documents";
import { argumentErrorOf } from "./_helpers/argumentErrorOf";
import { parseCsv } from "./_helpers/parseCsv";

describe("riskRegisterToCsv", () => {
  const isms = loadExample("saas-company");
  const register = assessRisks(isms, { asOf: "2026-11-28" });

  it("names the owner and the person who accepted with their ids when given the people; the columns stay the same", () => {
    const [header, ...rows] = parseCsv(riskRegisterToCsv(register, { people: isms.people }));
    const [plainHeader, ...plainRows] = parseCsv(riskRegisterToCsv(register));
    expect(header).toEqual(plainHeader);
    const owner = header!.indexOf("Owner");
    const acceptedBy = header!.indexOf("Accepted by");
    expect(rows[0]![owner]).toBe("Ruben Janssen (p-cto)");
    expect(plainRows[0]![owner]).toBe("p-cto");
    const accepted = rows.find((row) => row[acceptedBy] !== "")!;
    expect(accepted[acceptedBy]).toMatch(/^[^()]+ \(p-[\w-]+\)$/);
    // Every other column is unchanged.
    rows.forEach((row, r) => row.forEach((cell, c) => c !== owner && c !== acceptedBy && expect(cell).toBe(plainRows[r]![c])));
  });

  it("keeps the id of someone not among the people", () => {
    const [header, first] = parseCsv(riskRegisterToCsv(register, { people: [] }));
    expect(first![header!.indexOf("Owner")]).toBe("p-cto");
  });

  it("refuses people that are not a list of { id, name }", () => {
    expect(() => riskRegisterToCsv(register, { people: [{ id: "p-1" }] as never })).toThrow(
      argumentErrorOf("riskRegisterToCsv", "/options/people", "invalid_type", "expected the document's people, a list of { id, name }; found an array of 1"),
    );
  });
});
