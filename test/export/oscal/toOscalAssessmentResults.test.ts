import { describe, expect, it } from "vitest";
import { checkConformity, parseIsms, type ConformityReport, type Isms } from "../../../src/index";
import { ISMS_KIT_OSCAL_NS, OscalError, toOscalAssessmentResults } from "../../../src/export/oscal/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { describeWithOscal, EXAMPLES, exampleJson, isUuidV5, oscalSchemaErrors, readOscalJson, TODAY, uuidsOf } from "./_oscal";

const example = (name: (typeof EXAMPLES)[number]): Isms => parseIsms(exampleJson(name));
const kit = (item: { props?: { name: string; ns?: string; value: string }[] } | undefined, name: string) =>
  item?.props?.filter((p) => p.name === name && p.ns === ISMS_KIT_OSCAL_NS).map((p) => p.value);

describe("toOscalAssessmentResults", () => {
  const isms = example("saas-company");
  const report: ConformityReport = checkConformity(isms, { asOf: TODAY });
  const document = toOscalAssessmentResults(report, { isms });
  const [result] = document["assessment-results"].results;

  it("writes one result for the day of the report, reviewing every control of the report", () => {
    expect(document["assessment-results"].results).toHaveLength(1);
    expect(result).toMatchObject({ start: `${TODAY}T00:00:00Z`, end: `${TODAY}T23:59:59Z` });
    expect(document["assessment-results"].metadata["last-modified"]).toBe(`${TODAY}T00:00:00Z`);
    const selections = result?.["reviewed-controls"]["control-selections"][0];
    expect(selections && "include-controls" in selections ? selections["include-controls"].length : 0).toBe(report.controls.length);
  });

  it("makes an observation of every conformity finding, with its rule, severity and hint", () => {
    const findingObservations = (result?.observations ?? []).filter((o) => kit(o, "finding-id") !== undefined && kit(o, "finding-id")!.length > 0);
    expect(findingObservations.map((o) => kit(o, "finding-id")?.[0])).toEqual(report.findings.map((f) => f.id));
    const first = report.findings[0]!;
    expect(findingObservations[0]).toMatchObject({ description: first.message, remarks: first.hint, types: ["finding"], methods: ["EXAMINE"] });
    expect(kit(findingObservations[0], "severity")).toEqual([first.severity]);
  });

  it("judges each assessable clause: not-satisfied exactly when a major or minor finding is raised against it", () => {
    const severity = new Map(report.findings.map((f) => [f.id, f.severity]));
    const clauses = report.clauses.filter((c) => c.assessable && c.status !== "not-assessable");
    const findings = (result?.findings ?? []).filter((f) => f.target["target-id"].startsWith("clause-"));
    expect(findings.map((f) => f.target["target-id"])).toEqual(clauses.map((c) => `clause-${c.clause}`));
    clauses.forEach((clause, i) => {
      const blocking = clause.status === "nonconformant" || clause.findingIds.some((id) => severity.get(id) !== "ofi");
      expect(findings[i]?.target.status.state).toBe(blocking ? "not-satisfied" : "satisfied");
    });
    expect(findings.some((f) => f.target.status.state === "not-satisfied")).toBe(true);
  });

  it("judges each applicable control (or one with findings) against its statement, with its implementation status", () => {
    const controls = report.controls.filter((c) => c.applicable === true || c.findingIds.length > 0);
    const findings = (result?.findings ?? []).filter((f) => f.target["target-id"].endsWith("_smt"));
    expect(findings.map((f) => kit(f, "control-id")?.[0])).toEqual(controls.map((c) => c.controlId));
    const backup = findings.find((f) => f.target["target-id"] === "A.8.13_smt");
    expect(backup?.target["implementation-status"]).toEqual({ state: "implemented" });
    expect(findings.find((f) => f.target["target-id"] === "NW-C2_smt")).toBeDefined();
  });

  it("adds the evidence records as observations linked to the findings of their controls", () => {
    const evidence = (result?.observations ?? []).filter((o) => (kit(o, "evidence-id") ?? []).length > 0);
    expect(evidence).toHaveLength(isms.evidence.length);
    const record = isms.evidence.find((e) => e.controlIds.length > 0)!;
    const observation = evidence.find((o) => kit(o, "evidence-id")?.[0] === record.id)!;
    expect(observation.collected).toBe(`${record.collectedOn}T00:00:00Z`);
    const control = result?.findings?.find((f) => kit(f, "control-id")?.[0] === record.controlIds[0]);
    if (control !== undefined) expect(control["related-observations"]).toContainEqual({ "observation-uuid": observation.uuid });
    const without = toOscalAssessmentResults(report)["assessment-results"].results[0]?.observations ?? [];
    expect(without).toHaveLength(report.findings.length);
  });

  it("points import-ap to a back-matter resource describing the rules, or to the plan given", () => {
    const ar = document["assessment-results"];
    expect(ar["import-ap"].href).toBe(`#${ar["back-matter"]?.resources[0]?.uuid}`);
    expect(kit(ar["back-matter"]?.resources[0], "rule-id")).toEqual(report.rules.map((r) => r.ruleId));
    expect(toOscalAssessmentResults(report, { assessmentPlanHref: "ap.json" })["assessment-results"]["import-ap"]).toEqual({ href: "ap.json" });
  });

  it("is deterministic, with distinct version 5 UUIDs", () => {
    const a = JSON.stringify(toOscalAssessmentResults(checkConformity(example("saas-company"), { asOf: TODAY }), { isms: example("saas-company") }));
    expect(JSON.stringify(toOscalAssessmentResults(checkConformity(example("saas-company"), { asOf: TODAY }), { isms: example("saas-company") }))).toBe(a);
    const uuids = uuidsOf(JSON.parse(a));
    expect(uuids.every(isUuidV5)).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
  });

  it("takes lastModified from the options and rejects an invalid one", () => {
    expect(toOscalAssessmentResults(report, { lastModified: "2026-11-29T10:00:00Z" })["assessment-results"].metadata["last-modified"]).toBe("2026-11-29T10:00:00Z");
    expect(() => toOscalAssessmentResults(report, { lastModified: "tomorrow" })).toThrow(OscalError);
  });

  it("does not mutate its input", () => {
    const frozenReport = deepFreeze(structuredClone(report));
    const frozenIsms = deepFreeze(structuredClone(isms));
    expect(() => toOscalAssessmentResults(frozenReport, deepFreeze({ isms: frozenIsms }))).not.toThrow();
  });
});

describeWithOscal("toOscalAssessmentResults output against the official OSCAL 1.2.1 assessment-results schema", () => {
  it.each(EXAMPLES)("validates for examples/%s.isms.json, with and without the evidence", (name) => {
    const isms = example(name);
    const report = checkConformity(isms, { asOf: TODAY });
    expect(oscalSchemaErrors("assessment-results", toOscalAssessmentResults(report))).toEqual([]);
    expect(oscalSchemaErrors("assessment-results", toOscalAssessmentResults(report, { isms }))).toEqual([]);
  });

  it("validates for an almost empty ISMS", () => {
    const report = checkConformity(parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-06-30" });
    expect(oscalSchemaErrors("assessment-results", toOscalAssessmentResults(report))).toEqual([]);
  });

  it("the validator accepts NIST's own assessment results example (so it checks what it should)", () => {
    expect(oscalSchemaErrors("assessment-results", readOscalJson("examples/ifa_assessment-results-example.json"))).toEqual([]);
  });
});
