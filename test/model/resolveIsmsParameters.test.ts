import { describe, expect, it } from "vitest";
import { defaultIsmsParameters, IsmsParametersSchema, parseIsms, resolveIsmsParameters, safeParseIsms } from "../../src/index";
import { thrownIssues } from "../_lib/thrownIssues";

describe("resolveIsmsParameters", () => {
  it("gives every parameter its default when the document sets none", () => {
    const all = resolveIsmsParameters(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }));
    expect(Object.values(all).every((p) => p.source === "default")).toBe(true);
    expect(all.managementReviewIntervalMonths).toEqual({ id: "managementReviewIntervalMonths", value: 12, unit: "months", source: "default" });
    expect(all["evidenceMaxAgeMonths.certificate"]).toEqual({ id: "evidenceMaxAgeMonths.certificate", value: 36, unit: "months", source: "default" });
    expect(all["incidentResponseHours.critical"]).toMatchObject({ value: 4, unit: "hours" });
  });

  it("takes the organisation's values, key by key, and says so", () => {
    const all = resolveIsmsParameters({ parameters: { plannedActivityGraceDays: 0, incidentClosureDays: { low: 7 } } });
    expect(all.plannedActivityGraceDays).toEqual({ id: "plannedActivityGraceDays", value: 0, unit: "days", source: "organization" });
    expect(all["incidentClosureDays.low"]).toMatchObject({ value: 7, source: "organization" });
    expect(all["incidentClosureDays.high"]).toMatchObject({ value: 30, source: "default" });
  });

  it("lists one parameter per default, in the schema's order, frozen", () => {
    const all = resolveIsmsParameters({});
    const leaves = Object.entries(defaultIsmsParameters).flatMap(([k, v]) => (typeof v === "number" ? [k] : Object.keys(v).map((s) => `${k}.${s}`)));
    expect(Object.keys(all)).toEqual(leaves);
    expect(Object.keys(IsmsParametersSchema.shape)).toEqual(Object.keys(defaultIsmsParameters));
    expect(Object.isFrozen(all) && Object.isFrozen(all.awarenessIntervalMonths)).toBe(true);
    expect(Object.isFrozen(defaultIsmsParameters.vulnerabilityRemediationDays)).toBe(true);
  });

  it("names each parameter by its unit, and states its default in its description", () => {
    const shape = IsmsParametersSchema.shape as Record<string, { description?: string }>;
    for (const [key, value] of Object.entries(defaultIsmsParameters)) {
      expect(key, key).toMatch(/(Months|Days|Hours)$/);
      const stated = typeof value === "number" ? `Default ${value}` : `Defaults: ${Object.entries(value).map(([k, v]) => `${k} ${v}`).join(", ")}`;
      expect(shape[key]?.description, key).toContain(stated);
    }
  });

  it("bounds every number: parseIsms rejects one out of range", () => {
    const result = safeParseIsms({
      schemaVersion: "1.0",
      organization: { name: "Acme" },
      parameters: { managementReviewIntervalMonths: 121, plannedActivityGraceDays: -1, vulnerabilityRemediationDays: { high: 3651 }, incidentResponseHours: { low: 8761 }, awarenessIntervalMonths: 1.5 },
    });
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.error.issues.map((i) => i.pointer).sort()).toEqual([
      "/parameters/awarenessIntervalMonths",
      "/parameters/incidentResponseHours/low",
      "/parameters/managementReviewIntervalMonths",
      "/parameters/plannedActivityGraceDays",
      "/parameters/vulnerabilityRemediationDays/high",
    ]);
  });

  it("refuses what is not a document", () => {
    expect(thrownIssues(() => resolveIsmsParameters(null as never))).toEqual(["/isms invalid_type: expected an ISMS document (from parseIsms); found null"]);
  });
});
