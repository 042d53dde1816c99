/**
 * Typed errors everywhere: every public function, called with arguments it cannot use, either
 * returns or throws an IsmsKitError (ArgumentError, RiskMethodError, OscalError …) with its issues,
 * never a TypeError or a RangeError. Each function is called with bad values in the place of each
 * argument; with an options object whose every field it reads (found by watching a good call) holds a
 * bad value; and with a data argument (a document, a register, a report) whose top-level fields hold
 * values of the wrong type. (What lies deeper in a data argument is the business of the function that
 * made it: parseIsms, assessRisks, checkConformity …, whose outputs the fuzz tests drive.)
 */
import { describe, expect, it } from "vitest";
import * as catalogApi from "../../src/catalog/index";
import * as api from "../../src/index";
import * as mappings from "../../src/mappings/index";
import * as oscal from "../../src/export/oscal/index";
import * as reportApi from "../../src/export/report/index";
import * as importing from "../../src/import/index";
import * as source from "../../src/model/source/index";

const k: Record<string, unknown> = { ...api, ...catalogApi, ...mappings, ...oscal, ...reportApi, ...importing, ...source };
const asOf = "2026-11-28";
const isms = api.parseIsms({
  schemaVersion: "1.0",
  organization: { name: "Acme" },
  people: [{ id: "p-1", name: "Ada" }],
  riskMethod: { preset: "3x3", acceptance: { maxLevel: "low" } },
  risks: [{ id: "r-1", title: "Theft", ownerId: "p-1", inherent: { likelihood: "likely", impact: "major" }, treatment: { option: "modify", controlIds: ["5.1"] } }],
  controls: [{ id: "5.1", applicable: true, reasons: ["risk-treatment"], implementationStatus: "implemented" }],
});
const soa = api.buildStatementOfApplicability(isms, { date: asOf });
const report = api.checkConformity(isms, { asOf });
const register = api.assessRisks(isms, { asOf });
const matrix = api.riskMatrixPresets["3x3"];
const secOps = api.parseIsms({
  schemaVersion: "1.0",
  organization: { name: "Acme" },
  people: [{ id: "p-1", name: "Ada" }],
  riskMethod: { preset: "3x3", acceptance: { maxLevel: "low" } },
  risks: [{ id: "r-1", title: "Theft", ownerId: "p-1", inherent: { likelihood: "likely", impact: "major" } }],
  vulnerabilities: [{ id: "v-1", name: "RCE", severity: "critical", identifiedOn: "2026-11-01", riskIds: ["r-1"] }],
  incidents: [
    {
      id: "inc-1", title: "Data exposed", severity: "high", status: "contained", detectedAt: "2026-11-20T09:40:00+01:00", personalDataBreach: true,
      triage: { decidedAt: "2026-11-20T11:00:00+01:00", decidedById: "p-1", classification: "incident", regimes: ["gdpr-authority"] },
    },
  ],
});
const queue = api.prioritizeRemediation(secOps, { asOf });
const sarif = { version: "2.1.0", runs: [{ tool: { driver: { name: "T", rules: [{ id: "r", properties: { tags: ["security"] } }] } }, results: [{ ruleId: "r", message: { text: "m" } }] }] };
const bom = { bomFormat: "CycloneDX", specVersion: "1.5", vulnerabilities: [{ id: "CVE-2024-3094", ratings: [{ severity: "critical" }] }] };
const scenario = { frequency: { poisson: { rate: 0.5 } }, magnitude: { lognormal: { p05: 1_000, p95: 100_000 } } };

/** A good call of each public function: its arguments. */
const goodArguments: Record<string, readonly unknown[]> = {
  parseIsms: [isms],
  safeParseIsms: [isms],
  parseIsmsJson: [JSON.stringify(isms)],
  safeParseIsmsJson: [JSON.stringify(isms)],
  getIsmsJsonSchema: [],
  isAnnexAControlId: ["5.1"],
  isAnnexA2013ControlId: ["A.5.1.1"],
  isClauseId: ["4.1"],
  getControl: ["5.1"],
  findControls: [{ theme: "people" }],
  getClause: ["6.1.3"],
  mapFrom2013: ["A.5.1.1"],
  mapTo2013: ["5.1"],
  defineCatalog: [{ id: "acme", name: "Acme", controls: [{ id: "ACME-1", title: "One" }] }],
  withControlText: [catalogApi.defineCatalog({ id: "acme", name: "Acme", controls: [{ id: "ACME-1", title: "One" }] }), { "ACME-1": "Text." }],
  assessRisks: [isms, { asOf }],
  combineImpact: [matrix.impact, { confidentiality: "major" }],
  defineRiskMatrix: [JSON.parse(JSON.stringify(matrix))],
  fromNistSemiQuantitative: [42],
  getRiskMatrixPreset: ["5x5"],
  isRiskLevelAcceptable: [matrix, "low"],
  deriveNistOverallLikelihood: ["high", "moderate"],
  resolveRiskMethod: [isms, {}],
  riskHeatmapToSvg: [register, matrix, { rating: "inherent" }],
  scoreRisk: [matrix, { likelihood: "likely", impact: "major" }],
  simulateLoss: [scenario, { trials: 100, seed: 1 }],
  simulatePortfolio: [[scenario], { trials: 100, seed: 1 }],
  toNistSemiQuantitative: ["high"],
  getCertificationStatus: [isms, { asOf }],
  checkConformity: [isms, { asOf }],
  conformityReportToMarkdown: [report, { isms }],
  defineConformityRule: [{ id: "acme:custom", clause: "4.1", title: "Custom", description: "A custom rule", severity: "ofi", stage: 2, hint: "Fix it.", check: () => [] }],
  planCertificationCycle: [{ certifiedOn: "2025-03-10" }],
  buildStatementOfApplicability: [isms, { date: asOf }],
  checkTreatmentOption: [isms.risks[0], { asOf }],
  diffStatementsOfApplicability: [soa, soa],
  soaFrom2013: [[{ id: "A.5.1.1", applicable: true }]],
  soaToCsv: [soa, {}],
  soaToMarkdown: [soa, {}],
  soaToTable: [soa, {}],
  soaToXlsx: [soa, {}],
  suggestControls: [isms.risks[0], isms],
  summarizeTreatmentPlans: [isms, { asOf }],
  assessCsfCoverage: [soa],
  riskRegisterToCsv: [register],
  isStatementOfApplicability: [soa],
  getFramework: ["nist-csf-2.0"],
  getFrameworkMapping: ["nist-csf-2.0", "iso27001-2022"],
  fromOscalCatalog: [oscal.toOscalCatalog({ lastModified: "2026-11-28T00:00:00Z" }), {}],
  mapControls: ["iso27001-2022", "nist-csf-2.0", "A.5.1"],
  toOscalAssessmentResults: [report, {}],
  toOscalCatalog: [{ lastModified: "2026-11-28T00:00:00Z" }],
  toOscalPoam: [isms, { asOf }],
  toOscalProfile: [soa, { lastModified: "2026-11-28T00:00:00Z" }],
  assessFrameworkCoverage: [isms, mappings.getMappedFramework("dora"), { asOf }],
  composeRelationships: ["subset-of", "subset-of"],
  documentClauseIds: [{ type: "information-security-policy", clauseIds: [] }],
  frameworkCoverageToCsv: [api.assessFrameworkCoverage(isms, mappings.getMappedFramework("dora"), { asOf })],
  frameworkCoverageToMarkdown: [api.assessFrameworkCoverage(isms, mappings.getMappedFramework("dora"), { asOf })],
  frameworkMappingToOscalMapping: [
    mappings.getFrameworkMapping("dora", "iso27001-2022"),
    { source: mappings.getFramework("dora"), target: mappings.getFramework("iso27001-2022"), lastModified: asOf },
  ],
  frameworkToOscalCatalog: [mappings.getFramework("nis2"), { lastModified: asOf }],
  getMappedFramework: ["dora"],
  getRiskAcceptanceAuthority: [api.riskMatrixPresets["5x5"], "low"],
  resolveIsmsParameters: [isms],
  prepareManagementReview: [isms, { asOf }],
  auditPackToHtml: [isms, { asOf }],
  readIsmsSources: [{ "isms.yaml": 'schemaVersion: "1.0"\norganization: { name: Acme }\n' }, {}],
  safeParseIsmsSources: [{ "isms.yaml": 'schemaVersion: "1.0"\norganization: { name: Acme }\n' }, {}],
  formatSourceLocation: [{ file: "a.yaml", line: 1, column: 1, endLine: 1, endColumn: 2 }],
  locatePointer: [source.readIsmsSources({ "a.json": '{"schemaVersion":"1.0","organization":{"name":"A"}}' }).sourceMap, "/organization/name"],
  sourceMapOfJson: ["a.json", '{"schemaVersion":"1.0","organization":{"name":"A"}}', ["/organization/name"]],
  locateIssues: [[{ path: ["organization"], pointer: "/organization", code: "x", message: "m" }], source.readIsmsSources({ "a.json": '{"schemaVersion":"1.0","organization":{"name":"A"}}' }).sourceMap],
  importStatementOfApplicability: [api.soaToCsv(soa), { isms }],
  importRiskRegister: ["Risk,Owner,Likelihood,Impact\nTheft,Ada,likely,major\n", { isms }],
  mergeIsmsFragment: [{ schemaVersion: "1.0", organization: { name: "A" } }, { controls: [{ id: "5.1", applicable: false }] }],
  readSpreadsheet: ["a,b\n1,2\n", {}],
  writeIsmsSources: [{ schemaVersion: "1.0", organization: { name: "Acme" } }, {}],
  getVulnerabilitySeverity: [secOps.vulnerabilities[0]],
  getVulnerabilityDueDate: [secOps.vulnerabilities[0], api.resolveIsmsParameters(secOps)],
  incidentDeadlines: [secOps.incidents[0], { asOf: "2026-11-28T12:00:00+01:00", regimes: ["gdpr-authority"], timeZone: "Europe/Berlin", parameters: {} }],
  prioritizeRemediation: [secOps, { asOf }],
  remediationQueueToCsv: [queue],
  importRecords: ["timeSources", "Name,Reference\nCloud time,Provider NTP\n", { isms: secOps }],
  importSarif: [sarif, { isms: secOps, identifiedOn: asOf }],
  importCycloneDx: [bom, { isms: secOps, identifiedOn: asOf }],
};

/** The arguments that are options objects: every field is checked. The others are data, checked at their top level. */
const OPTIONS: Record<string, readonly number[]> = {
  conformityReportToMarkdown: [1], incidentDeadlines: [1], prioritizeRemediation: [1], importRecords: [2], importSarif: [1], importCycloneDx: [1],
  readIsmsSources: [1], safeParseIsmsSources: [1], writeIsmsSources: [1], importStatementOfApplicability: [1], importRiskRegister: [1], readSpreadsheet: [1],
  assessFrameworkCoverage: [2], frameworkMappingToOscalMapping: [1], frameworkToOscalCatalog: [1], prepareManagementReview: [1], auditPackToHtml: [1],
  assessRisks: [1], resolveRiskMethod: [1], riskHeatmapToSvg: [2], simulateLoss: [1], simulatePortfolio: [1],
  getCertificationStatus: [1], checkConformity: [1], planCertificationCycle: [0], buildStatementOfApplicability: [1],
  checkTreatmentOption: [1], soaToCsv: [1], soaToMarkdown: [1], soaToTable: [1], soaToXlsx: [1], summarizeTreatmentPlans: [1],
  fromOscalCatalog: [1], toOscalAssessmentResults: [1], toOscalCatalog: [0], toOscalPoam: [1], toOscalProfile: [1], findControls: [0],
};

/** Values of every wrong kind: made afresh for each call, so that one function freezing what it was given cannot spoil the next call. */
const bad = (): readonly unknown[] => [
  undefined,
  null,
  "x",
  "",
  42,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  [null],
  [{}],
  new Date(Number.NaN),
  new Date(Date.UTC(1850, 0, 1)),
  "1899-12-31",
  "2026-02-30",
  Symbol("s"),
  () => 1,
  Object.create(null),
];
const BAD = bad();

/** The call, with `error` the error it threw when it is not one of isms-kit's typed errors. */
function untyped(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): string | undefined {
  try {
    const result = fn(...args);
    if (result instanceof Promise) return "returned a promise";
  } catch (error) {
    if (error instanceof api.IsmsKitError) return undefined;
    return `${(error as Error)?.name}: ${String((error as Error)?.message).split("\n")[0]}`;
  }
  return undefined;
}

const describeArg = (value: unknown) => (typeof value === "symbol" ? "Symbol" : typeof value === "function" ? "a function" : value instanceof Date ? `Date(${value.getTime()})` : JSON.stringify(value) ?? String(value));

/** The keys of the object argument at `position` that a good call reads. */
function keysRead(fn: (...args: unknown[]) => unknown, args: readonly unknown[], position: number): string[] {
  const read = new Set<string>();
  const target = args[position];
  if (target === null || typeof target !== "object" || Array.isArray(target)) return [];
  const watched = new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === "string") read.add(key);
      return Reflect.get(object, key, receiver);
    },
  });
  try {
    fn(...args.map((arg, i) => (i === position ? watched : arg)));
  } catch {
    // only the keys matter
  }
  return [...read].filter((key) => key !== "then" && key !== "constructor" && key !== "toJSON");
}

describe("every public function, given arguments it cannot use", () => {
  const publicFunctions = Object.entries(k).filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name));

  it("has a good call below", () => {
    expect(publicFunctions.map(([name]) => name).filter((name) => !(name in goodArguments))).toEqual([]);
  });

  it.each(publicFunctions.map(([name]) => name).sort())("%s throws only isms-kit's typed errors", (name) => {
    const fn = k[name] as (...args: unknown[]) => unknown;
    const good = goodArguments[name]!;
    const found: string[] = [];
    const arity = Math.max(good.length, fn.length, 1);
    for (let position = 0; position < arity; position++) {
      for (const [k, value] of bad().entries()) {
        const args = Array.from({ length: arity }, (_, i) => (i === position ? value : good[i]));
        const problem = untyped(fn, args);
        if (problem !== undefined) found.push(`argument ${position} = ${describeArg(BAD[k])}: ${problem}`);
      }
      const isOptions = OPTIONS[name]?.includes(position) === true;
      for (const key of keysRead(fn, good, position)) {
        for (const value of bad().filter((v) => isOptions || !Array.isArray(v) || v.length === 0)) {
          const args = good.map((arg, i) => (i === position ? { ...(arg as object), [key]: value } : arg));
          const problem = untyped(fn, args);
          if (problem !== undefined) found.push(`argument ${position}.${key} = ${describeArg(value)}: ${problem}`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
