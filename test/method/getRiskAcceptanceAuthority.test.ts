import { describe, expect, it } from "vitest";
import { getRiskAcceptanceAuthority, parseIsms, riskMatrixPresets, safeParseIsms, type RiskAcceptanceCriteria } from "../../src/index";
import { thrownIssues } from "../_lib/thrownIssues";

const matrix = riskMatrixPresets["5x5"];
const criteria: RiskAcceptanceCriteria = {
  maxLevel: "low",
  validityMonths: 12,
  authorities: [
    { level: "low", riskOwner: true, maxValidityMonths: 24 },
    { level: "medium", riskOwner: true, topManagement: true },
    { level: "high", roleIds: ["r-ciso"], maxValidityMonths: 6 },
  ],
};

describe("getRiskAcceptanceAuthority", () => {
  it("lets the risk owner accept a level within the criteria for their validity", () => {
    expect(getRiskAcceptanceAuthority(matrix, "low")).toEqual({ level: "low", retainable: true, withinCriteria: true, riskOwner: true, topManagement: false, roleIds: [], maxValidityMonths: undefined });
    expect(getRiskAcceptanceAuthority(matrix, "low", { maxLevel: "medium", validityMonths: 9 }).maxValidityMonths).toBe(9);
  });

  it("lets a level's authority override who accepts and for how long", () => {
    expect(getRiskAcceptanceAuthority(matrix, "low", criteria)).toMatchObject({ riskOwner: true, maxValidityMonths: 24 });
    expect(getRiskAcceptanceAuthority(matrix, "medium", criteria)).toMatchObject({ retainable: true, withinCriteria: false, riskOwner: true, topManagement: true, maxValidityMonths: 12 });
    expect(getRiskAcceptanceAuthority(matrix, "high", criteria)).toMatchObject({ retainable: true, riskOwner: false, topManagement: false, roleIds: ["r-ciso"], maxValidityMonths: 6 });
  });

  it("lets nobody retain a level above the criteria that no authority names", () => {
    expect(getRiskAcceptanceAuthority(matrix, "critical", criteria)).toEqual({
      level: "critical",
      retainable: false,
      withinCriteria: false,
      riskOwner: false,
      topManagement: false,
      roleIds: [],
      maxValidityMonths: 12,
    });
  });

  it("refuses unknown levels and missing criteria", () => {
    expect(thrownIssues(() => getRiskAcceptanceAuthority(matrix, "severe", criteria), "RiskMethodError")).toEqual([
      '/level unknown_level: "severe" is not a level id (expected one of "low", "medium", "high", "critical")',
    ]);
    expect(thrownIssues(() => getRiskAcceptanceAuthority(matrix, "low", { maxLevel: "low", authorities: [{ level: "extreme", topManagement: true }] }), "RiskMethodError")).toEqual([
      '/acceptance/authorities/0/level unknown_level: "extreme" is not a level id (expected one of "low", "medium", "high", "critical")',
    ]);
    expect(thrownIssues(() => getRiskAcceptanceAuthority({ ...matrix, acceptance: undefined }, "low"), "RiskMethodError")).toEqual([
      "/acceptance missing_acceptance: the matrix has no acceptance criteria; pass them as the third argument",
    ]);
  });

  it("is checked by parseIsms: known levels, one authority per level, roles that exist", () => {
    const result = safeParseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      roles: [{ id: "r-ciso", name: "CISO" }],
      riskMethod: {
        preset: "5x5",
        acceptance: { maxLevel: "low", authorities: [{ level: "extreme", topManagement: true }, { level: "high", roleIds: ["r-x"] }, { level: "high", riskOwner: true }, { level: "medium" }] },
      },
    });
    expect(result.success ? [] : result.error.issues.map((i) => `${i.pointer} ${i.message}`)).toEqual([
      '/riskMethod/acceptance/authorities/3 expected someone who may accept: riskOwner, topManagement or roleIds',
      '/riskMethod/acceptance/authorities/1/roleIds/0 no role with id "r-x"',
      '/riskMethod/acceptance/authorities/0/level "extreme" is not a level of risk matrix "5x5" (expected one of "low", "medium", "high", "critical")',
      '/riskMethod/acceptance/authorities/2/level level "high" already has an authority (authorities[1])',
    ]);
    expect(() => parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, riskMethod: { preset: "5x5", acceptance: criteria }, roles: [{ id: "r-ciso", name: "CISO" }] })).not.toThrow();
  });
});
