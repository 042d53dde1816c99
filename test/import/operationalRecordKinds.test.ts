import { describe, expect, it } from "vitest";
import { IsmsSchema } from "../../src/index";
import { operationalRecordKinds } from "../../src/import/index";

describe("operationalRecordKinds", () => {
  it("covers every operational collection of the document, each kind once", () => {
    const collections = new Set(operationalRecordKinds.filter((k) => k.parent === undefined).map((k) => k.collection));
    const operational = ["incidents", "vulnerabilities", "suppliers", "systems", "accounts", "accessEvents", "accessReviews", "logSources", "monitoringUseCases", "timeSources", "backupJobs", "restoreTests", "continuityExercises", "threatIntelSources", "threatIntelReports", "configurationBaselines", "cryptographicKeys", "endpointCoverage", "releases"];
    expect(operational.filter((c) => !collections.has(c))).toEqual([]);
    for (const c of operational) expect(Object.keys(IsmsSchema.shape)).toContain(c);
    expect(collections.has("businessImpactAnalysis/services")).toBe(true);
    expect(new Set(operationalRecordKinds.map((k) => k.kind)).size).toBe(operationalRecordKinds.length);
  });

  it("lists fields with their types, nested ones dotted, and a child kind's parent first", () => {
    const vulnerability = operationalRecordKinds.find((k) => k.kind === "vulnerabilities")!;
    expect(vulnerability.fields.filter((f) => f.name.startsWith("cvss."))).toEqual([
      { name: "cvss.version", type: "one of 3.1 | 4.0", required: false },
      { name: "cvss.vector", type: "text", required: false },
      { name: "cvss.score", type: "number", required: false },
    ]);
    expect(vulnerability.fields.find((f) => f.name === "identifiedOn")).toEqual({ name: "identifiedOn", type: "date", required: false });
    expect(operationalRecordKinds.find((k) => k.kind === "incidents")!.fields.find((f) => f.name === "notifications")?.type).toBe("JSON");
    expect(operationalRecordKinds.find((k) => k.kind === "incidentNotifications")!.fields.slice(0, 2)).toEqual([
      { name: "incidentId", type: "text", required: true },
      { name: "id", type: "text", required: true },
    ]);
    expect(Object.isFrozen(operationalRecordKinds[0]!.fields)).toBe(true);
  });
});
