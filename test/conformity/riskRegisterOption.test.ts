import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assessRisks, checkConformity, parseIsms } from "../../src/index";

describe("checkConformity with a register drawn up already", () => {
  const isms = parseIsms(JSON.parse(readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8")));

  it("gives the same report as when it assesses the risks itself", () => {
    const riskRegister = assessRisks(isms, { asOf: "2026-11-28" });
    expect(JSON.stringify(checkConformity(isms, { asOf: "2026-11-28", riskRegister }))).toBe(
      JSON.stringify(checkConformity(isms, { asOf: "2026-11-28" })),
    );
  });

  it("refuses a register drawn up for another day", () => {
    const riskRegister = assessRisks(isms, { asOf: "2026-11-28" });
    expect(() => checkConformity(isms, { asOf: "2026-11-29", riskRegister })).toThrow(/drawn up for 2026-11-28, not for asOf 2026-11-29/);
  });
});
