/**
 * Immutability: every public function is called here on deep-frozen input (a frozen object throws in
 * strict mode when written to), and its input is unchanged afterwards. A new public function fails
 * the completeness test until it has a line below.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as catalogApi from "../../src/catalog/index";
import * as api from "../../src/index";
import * as mappings from "../../src/mappings/index";
import * as oscal from "../../src/export/oscal/index";
import * as reportApi from "../../src/export/report/index";
import * as importing from "../../src/import/index";
import * as source from "../../src/model/source/index";
import { deepFreeze } from "../_lib/deepFreeze";

const k = { ...api, ...catalogApi, ...mappings, ...oscal, ...reportApi, ...source, ...importing };
const asOf = "2026-11-28";
const text = readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8");
const isms = deepFreeze(api.parseIsms(JSON.parse(text)));
const soa = deepFreeze(api.buildStatementOfApplicability(isms));
const report = deepFreeze(api.checkConformity(isms, { asOf }));
const register = deepFreeze(api.assessRisks(isms, { asOf }));
const matrix = api.riskMatrixPresets["5x5"];
const scenario = deepFreeze({ frequency: { poisson: { rate: 0.5 } }, magnitude: { lognormal: { p05: 1_000, p95: 100_000 } } });
const oscalCatalog = deepFreeze(oscal.toOscalCatalog({ lastModified: "2026-11-28T00:00:00Z" }));
const catalog = deepFreeze({ id: "acme", name: "Acme", controls: [{ id: "ACME-1", title: "One" }] });
const coverage = deepFreeze(api.assessFrameworkCoverage(isms, mappings.getMappedFramework("gdpr"), { asOf, conformityReport: report }));

/** One call per public function, on frozen arguments. Each returns the arguments it passed. */
const calls: Record<string, () => unknown[]> = {
  parseIsms: () => [deepFreeze(JSON.parse(text)), (a: unknown) => api.parseIsms(a)],
  safeParseIsms: () => [deepFreeze(JSON.parse(text)), (a: unknown) => api.safeParseIsms(a)],
  // Text is immutable; the result must still own its data (checked below like every other result).
  parseIsmsJson: () => [text, (a: unknown) => api.parseIsmsJson(a as string)],
  safeParseIsmsJson: () => [text, (a: unknown) => api.safeParseIsmsJson(a as string)],
  getIsmsJsonSchema: () => [null, () => api.getIsmsJsonSchema()],
  isAnnexAControlId: () => ["5.1", (a: unknown) => api.isAnnexAControlId(a)],
  isAnnexA2013ControlId: () => ["A.5.1.1", (a: unknown) => api.isAnnexA2013ControlId(a)],
  isClauseId: () => ["4.1", (a: unknown) => api.isClauseId(a)],
  getControl: () => ["5.1", (a: any) => catalogApi.getControl(a)],
  findControls: () => [deepFreeze({ theme: "people" }), (a: any) => catalogApi.findControls(a)],
  getClause: () => ["6.1.3", (a: any) => catalogApi.getClause(a)],
  mapFrom2013: () => ["A.5.1.1", (a: any) => mappings.mapFrom2013(a)],
  mapTo2013: () => ["5.1", (a: any) => mappings.mapTo2013(a)],
  defineCatalog: () => [catalog, (a: any) => catalogApi.defineCatalog(a)],
  withControlText: () => [catalog, (a: any) => catalogApi.withControlText(a, { "ACME-1": "Licensed text." } as never)],
  assessRisks: () => [isms, (a: any) => api.assessRisks(a, { asOf })],
  combineImpact: () => [
    deepFreeze({ confidentiality: "major", integrity: "minor" }),
    (a: any) => api.combineImpact(matrix.impact, a),
  ],
  defineRiskMatrix: () => [deepFreeze(JSON.parse(JSON.stringify(matrix))), (a: any) => api.defineRiskMatrix(a)],
  fromNistSemiQuantitative: () => [42, (a: any) => api.fromNistSemiQuantitative(a)],
  getRiskMatrixPreset: () => ["5x5", (a: any) => api.getRiskMatrixPreset(a)],
  isRiskLevelAcceptable: () => [matrix, (a: any) => api.isRiskLevelAcceptable(a, "low")],
  deriveNistOverallLikelihood: () => ["high", (a: any) => api.deriveNistOverallLikelihood(a, "moderate")],
  resolveRiskMethod: () => [isms, (a: any) => api.resolveRiskMethod(a)],
  riskHeatmapToSvg: () => [register, (a: any) => api.riskHeatmapToSvg(a, a.method.matrix)],
  scoreRisk: () => [deepFreeze({ likelihood: "likely", impact: "major" }), (a: any) => api.scoreRisk(matrix, a)],
  simulateLoss: () => [scenario, (a: any) => api.simulateLoss(a, { trials: 1_000, seed: 1 })],
  simulatePortfolio: () => [deepFreeze([scenario, scenario]), (a: any) => api.simulatePortfolio(a, { trials: 1_000, seed: 1 })],
  toNistSemiQuantitative: () => ["high", (a: any) => api.toNistSemiQuantitative(a)],
  getCertificationStatus: () => [isms, (a: any) => api.getCertificationStatus(a, { asOf })],
  checkConformity: () => [isms, (a: any) => api.checkConformity(a, { asOf })],
  conformityReportToMarkdown: () => [report, (a: any) => api.conformityReportToMarkdown(a)],
  defineConformityRule: () => [
    deepFreeze({ id: "acme:custom", clause: "4.1", title: "Custom", description: "A custom rule", severity: "ofi", stage: 2, hint: "Fix it.", check: () => [] }),
    (a: any) => api.defineConformityRule(a),
  ],
  documentClauseIds: () => [isms.documents[0], (a: any) => api.documentClauseIds(a)],
  getRiskAcceptanceAuthority: () => [
    deepFreeze({ maxLevel: "low", authorities: [{ level: "high", topManagement: true, roleIds: ["r-1"] }] }),
    (a: any) => api.getRiskAcceptanceAuthority(api.riskMatrixPresets["5x5"], "high", a),
  ],
  getVulnerabilitySeverity: () => [deepFreeze({ cvss: { version: "3.1", score: 7.5 } }), (a: any) => api.getVulnerabilitySeverity(a)],
  getVulnerabilityDueDate: () => [deepFreeze({ severity: "high", identifiedOn: "2026-11-01" }), (a: any) => api.getVulnerabilityDueDate(a, api.resolveIsmsParameters(isms))],
  incidentDeadlines: () => [deepFreeze(api.IncidentSchema.parse({ id: "i", title: "Breach", severity: "high", status: "open", detectedAt: "2026-11-01T10:00:00+01:00", triage: { decidedAt: "2026-11-01T11:00:00+01:00", decidedById: "p", classification: "incident", regimes: ["gdpr-authority"] } })), (a: any) => api.incidentDeadlines(a, { asOf: "2026-11-05T00:00:00Z" })],
  prioritizeRemediation: () => [isms, (a: any) => api.prioritizeRemediation(a, { asOf })],
  remediationQueueToCsv: () => [deepFreeze(api.prioritizeRemediation(isms, { asOf })), (a: any) => api.remediationQueueToCsv(a)],
  resolveIsmsParameters: () => [deepFreeze({ parameters: { vulnerabilityRemediationDays: { high: 60 } } }), (a: any) => api.resolveIsmsParameters(a)],
  planCertificationCycle: () => [deepFreeze({ certifiedOn: "2025-03-10" }), (a: any) => api.planCertificationCycle(a)],
  buildStatementOfApplicability: () => [isms, (a: any) => api.buildStatementOfApplicability(a)],
  checkTreatmentOption: () => [isms.risks[0], (a: any) => api.checkTreatmentOption(a)],
  diffStatementsOfApplicability: () => [soa, (a: any) => api.diffStatementsOfApplicability(a, a)],
  soaFrom2013: () => [deepFreeze([{ id: "A.5.1.1", applicable: true }]), (a: any) => api.soaFrom2013(a)],
  soaToCsv: () => [soa, (a: any) => api.soaToCsv(a)],
  soaToMarkdown: () => [soa, (a: any) => api.soaToMarkdown(a)],
  soaToTable: () => [soa, (a: any) => api.soaToTable(a)],
  soaToXlsx: () => [soa, (a: any) => api.soaToXlsx(a)],
  suggestControls: () => [isms, (a: any) => api.suggestControls(a.risks[0], a)],
  summarizeTreatmentPlans: () => [isms, (a: any) => api.summarizeTreatmentPlans(a, { asOf })],
  assessFrameworkCoverage: () => [isms, (a: any) => api.assessFrameworkCoverage(a, mappings.getMappedFramework("nis2"), { asOf, conformityReport: report })],
  riskRegisterToCsv: () => [register, (a: any) => api.riskRegisterToCsv(a, { people: isms.people })],
  auditPackToHtml: () => [isms, (a: any) => reportApi.auditPackToHtml(a, { asOf, riskRegister: register, statementOfApplicability: soa, conformityReport: report })],
  prepareManagementReview: () => [isms, (a: any) => reportApi.prepareManagementReview(a, { asOf })],
  isStatementOfApplicability: () => [soa, (a: any) => api.isStatementOfApplicability(a)],
  getFramework: () => ["nist-csf-2.0", (a: any) => mappings.getFramework(a)],
  getFrameworkMapping: () => ["nist-csf-2.0", (a: any) => mappings.getFrameworkMapping(a, "iso27001-2022")],
  frameworkToOscalCatalog: () => [mappings.getFramework("nis2"), (a: any) => oscal.frameworkToOscalCatalog(a, { lastModified: asOf })],
  frameworkMappingToOscalMapping: () => [
    mappings.getFrameworkMapping("soc2", "iso27001-2022"),
    (a: any) => oscal.frameworkMappingToOscalMapping(a, { source: mappings.getFramework("soc2")!, target: mappings.getFramework("iso27001-2022")!, lastModified: asOf }),
  ],
  fromOscalCatalog: () => [oscalCatalog, (a: any) => oscal.fromOscalCatalog(a)],
  mapControls: () => ["A.5.1", (a: any) => mappings.mapControls("iso27001-2022", "nist-csf-2.0", a)],
  frameworkCoverageToCsv: () => [coverage, (a: any) => api.frameworkCoverageToCsv(a)],
  frameworkCoverageToMarkdown: () => [coverage, (a: any) => api.frameworkCoverageToMarkdown(a)],
  getMappedFramework: () => ["soc2", (a: any) => mappings.getMappedFramework(a)],
  composeRelationships: () => ["subset-of", (a: any) => mappings.composeRelationships(a, a)],
  toOscalAssessmentResults: () => [report, (a: any) => oscal.toOscalAssessmentResults(a)],
  toOscalCatalog: () => [deepFreeze({ lastModified: "2026-11-28T00:00:00Z" }), (a: any) => oscal.toOscalCatalog(a)],
  toOscalPoam: () => [isms, (a: any) => oscal.toOscalPoam(a, { asOf })],
  toOscalProfile: () => [soa, (a: any) => oscal.toOscalProfile(a, { lastModified: "2026-11-28T00:00:00Z" })],
  readIsmsSources: () => [deepFreeze({ "isms.json": text }), (a: any) => source.readIsmsSources(a)],
  safeParseIsmsSources: () => [deepFreeze({ "isms.yaml": 'schemaVersion: "1.0"\norganization: { name: A, x: 1 }\n' }), (a: any) => source.safeParseIsmsSources(a)],
  writeIsmsSources: () => [deepFreeze(JSON.parse(text)), (a: any) => source.writeIsmsSources(a, { comments: { "/risks": "Risks" } })],
  formatSourceLocation: () => [deepFreeze({ file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 }), (a: any) => source.formatSourceLocation(a)],
  locatePointer: () => ["/organization/name", (a: any) => source.locatePointer(source.readIsmsSources({ "a.json": text }).sourceMap, a)],
  sourceMapOfJson: () => [deepFreeze(["/organization/name", "/risks/0"]), (a: any) => source.sourceMapOfJson("a.json", text, a)],
  locateIssues: () => [
    deepFreeze([{ path: ["organization"], pointer: "/organization", code: "x", message: "m" }]),
    (a: any) => source.locateIssues(a, source.readIsmsSources({ "a.json": text }).sourceMap),
  ],
  importStatementOfApplicability: () => [isms, (a: any) => importing.importStatementOfApplicability(api.soaToCsv(soa), { isms: a })],
  importRiskRegister: () => [isms, (a: any) => importing.importRiskRegister("Risk,Owner,Likelihood,Impact\nTheft,Ada,likely,major\n", { isms: a })],
  importRecords: () => [isms, (a: any) => importing.importRecords("vulnerabilities", "Id,Name,Severity,Asset ids,Identified on\nv-new,RCE,critical,a-1,2026-11-01\n", { isms: a })],
  importSarif: () => [
    deepFreeze({ version: "2.1.0", runs: [{ tool: { driver: { name: "T", rules: [{ id: "r", properties: { tags: ["security"] } }] } }, results: [{ ruleId: "r", message: { text: "m" } }] }] }),
    (a: any) => importing.importSarif(a, { isms, identifiedOn: asOf }),
  ],
  importCycloneDx: () => [deepFreeze({ bomFormat: "CycloneDX", vulnerabilities: [{ id: "CVE-2024-3094", ratings: [{ severity: "critical" }] }] }), (a: any) => importing.importCycloneDx(a, { isms, identifiedOn: asOf })],
  mergeIsmsFragment: () => [deepFreeze(JSON.parse(text)), (a: any) => importing.mergeIsmsFragment(a, deepFreeze({ controls: [{ id: "5.1", applicable: false }] }))],
  readSpreadsheet: () => ["a,b\n1,2\n", (a: any) => importing.readSpreadsheet(a)],
};

const publicFunctions = Object.entries(k)
  .filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name))
  .map(([name]) => name)
  .sort();

describe("every public function", () => {
  it("is called on frozen input below", () => {
    expect(publicFunctions.filter((name) => !(name in calls))).toEqual([]);
  });

  it.each(Object.keys(calls).sort())("%s leaves its frozen input as it was", (name) => {
    const [input, call] = calls[name]!() as [unknown, (a: unknown) => unknown];
    const before = JSON.stringify(input);
    expect(() => call(input)).not.toThrow();
    expect(JSON.stringify(input)).toBe(before);
  });
});

/** Every object and array reachable from a value (functions left out). */
function reachable(value: unknown): Set<object> {
  const seen = new Set<object>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) continue;
    for (const child of Object.values(v)) stack.push(child);
  }
  return seen;
}

/** Paths in `output` to objects or arrays that are also in `input` and can be changed (not frozen). */
function sharedMutable(input: unknown, output: unknown): string[] {
  const inside = reachable(input);
  const found: string[] = [];
  const seen = new Set<object>();
  const walk = (v: unknown, path: string) => {
    if (v === null || typeof v !== "object" || seen.has(v) || ArrayBuffer.isView(v)) return;
    seen.add(v);
    if (inside.has(v) && !Object.isFrozen(v)) found.push(path === "" ? "(the result itself)" : path);
    for (const [key, child] of Object.entries(v)) walk(child, `${path}/${key}`);
  };
  walk(output, "");
  return found;
}

describe("every public function's result", () => {
  it.each(Object.keys(calls).sort())("%s owns its data: it shares nothing changeable with its input", (name) => {
    const [frozen, call] = calls[name]!() as [unknown, (a: unknown) => unknown];
    // The same input, not frozen (as a caller's own data usually is); functions cannot be copied.
    const input = [...reachable(frozen)].some((v) => Object.values(v).some((child) => typeof child === "function")) ? frozen : structuredClone(frozen);
    expect(sharedMutable(input, call(input))).toEqual([]);
  });
});
