import { readdirSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  annexAControlIds,
  isAnnexAControlId,
  IsmsSchema,
  IsmsValidationError,
  parseIsms,
  resolveRiskMethod,
  safeParseIsms,
  type Isms,
  type RiskRating,
} from "../../src/index";

/** The example documents' "today": the dates of their narrative are relative to it. */
const TODAY = "2026-11-28";

const examplesDir = new URL("../../examples/", import.meta.url);
const invalidDir = new URL("../../examples/invalid/", import.meta.url);

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, "utf8"));
}

const parsed = new Map<string, Isms>();

/**
 * Parses an example (once; call it inside a test). On failure the assertion shows every problem
 * parseIsms reported.
 */
function parseExample(file: string): Isms {
  const cached = parsed.get(file);
  if (cached) return cached;
  const result = safeParseIsms(readJson(new URL(file, examplesDir)));
  if (!result.success) expect.fail(`${file} does not parse:\n${result.error.message}`);
  parsed.set(file, result.data);
  return result.data;
}

/** The top-level keys of the document whose value is a collection (an array). */
const collectionKeys = Object.keys(IsmsSchema.shape).filter((key) =>
  Array.isArray((parseIsms({ schemaVersion: "1.0", organization: { name: "x" } }) as Record<string, unknown>)[key]),
);

/**
 * The security operations a start-up before its first audit does not record yet: never restore-tested
 * its backups, never reviewed access, follows no threat intelligence, no baselines, exercises, key
 * inventory or endpoint reports — and no nonconformity was raised before the first audit.
 */
const NOT_YET_AT_THE_START_UP = ["nonconformities", "accessReviews", "restoreTests", "monitoringUseCases", "timeSources", "continuityExercises", "threatIntelSources", "threatIntelReports", "configurationBaselines", "cryptographicKeys", "endpointCoverage"];
const singleKeys = ["scope", "context", "riskMethod", "auditProgramme"] as const;

function nonEmptyCollections(isms: Isms): string[] {
  return collectionKeys.filter((key) => ((isms as Record<string, unknown>)[key] as unknown[]).length > 0);
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

describe("examples/saas-company.isms.json (Northwind Cloud)", () => {
  let isms: Isms;
  beforeAll(() => {
    try {
      isms = parseExample("saas-company.isms.json");
    } catch {
      // reported by "parses without error"
    }
  });

  it("parses without error", () => {
    isms = parseExample("saas-company.isms.json");
    expect(isms.organization.name).toBe("Northwind Cloud");
    expect(isms.organization.certification?.status).toBe("certified");
  });

  it("uses every top-level collection and part of the document", () => {
    expect(collectionKeys.length).toBeGreaterThanOrEqual(39);
    expect(isms.businessImpactAnalysis?.services.length).toBeGreaterThan(0);
    expect(nonEmptyCollections(isms)).toEqual(collectionKeys);
    for (const key of singleKeys) expect(isms[key], key).toBeDefined();
  });

  it("has a record for each of the 93 Annex A controls, plus its own controls", () => {
    const annex = isms.controls.filter((c) => c.custom === undefined && isAnnexAControlId(c.id)).map((c) => c.id);
    expect(annex).toHaveLength(93);
    expect([...annex].sort()).toEqual([...annexAControlIds].sort());
    const own = isms.controls.filter((c) => c.custom !== undefined);
    expect(own.length).toBeGreaterThanOrEqual(2);
    const excluded = isms.controls.filter((c) => c.applicable === false);
    expect(excluded.length).toBeGreaterThanOrEqual(2);
    for (const c of excluded) expect(c.justification, c.id).toMatch(/\S/);
    expect(isms.controls.filter((c) => c.applicable === null)).toEqual([]);
  });

  it("uses all four treatment options and the 5x5 preset", () => {
    expect(isms.riskMethod?.preset).toBe("5x5");
    expect(new Set(isms.risks.map((r) => r.treatment?.option))).toEqual(new Set(["modify", "retain", "share", "avoid"]));
  });

  it("has role holders for both ISMS duties of clause 5.3", () => {
    const duties = new Set(isms.roles.flatMap((r) => (r.holderIds.length > 0 ? r.ismsDuties : [])));
    expect(duties).toEqual(new Set(["ensure-conformity", "report-performance"]));
  });

  it("plans internal audits covering every clause 4–10 and every Annex A control in the programme period", () => {
    const planned = isms.auditProgramme?.plannedAudits ?? [];
    const clauses = new Set(planned.flatMap((p) => p.scope.clauseIds.map((c) => c.split(".")[0])));
    expect(clauses).toEqual(new Set(["4", "5", "6", "7", "8", "9", "10"]));
    const controls = new Set(planned.flatMap((p) => p.scope.controlIds));
    for (const id of annexAControlIds) expect(controls.has(id), id).toBe(true);
  });

  it("covers management review inputs a–g in each review", () => {
    expect(isms.managementReviews.length).toBeGreaterThanOrEqual(2);
    for (const mr of isms.managementReviews) {
      expect(mr.inputs.map((i) => i.input).sort(), mr.id).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    }
  });

  it(`shows exactly the intended minor gaps as of ${TODAY}`, () => {
    const overdueDocs = isms.documents.filter(
      (d) => d.status === "approved" && d.reviewIntervalMonths && d.lastReviewedOn && addMonths(d.lastReviewedOn, d.reviewIntervalMonths) < TODAY,
    );
    expect(overdueDocs.map((d) => d.id)).toEqual(["doc-acp"]);
    const actions = [
      ...isms.treatmentPlans.flatMap((p) => p.actions),
      ...isms.managementReviews.flatMap((m) => m.actions),
      ...isms.nonconformities.flatMap((n) => n.correctiveActions),
    ];
    const overdue = actions.filter((a) => a.status !== "done" && a.status !== "cancelled" && a.dueDate !== undefined && a.dueDate < TODAY);
    expect(overdue.map((a) => a.id)).toEqual(["nc-2026-02-ca1"]);
    expect(isms.evidence.filter((e) => e.validUntil !== undefined && e.validUntil < TODAY).map((e) => e.id)).toEqual(["ev-pentest-2025"]);
    expect(isms.risks.filter((r) => r.acceptance?.expiresOn !== undefined && r.acceptance.expiresOn < TODAY).map((r) => r.id)).toEqual(["risk-07"]);
    expect(isms.controls.filter((c) => c.implementationStatus === "partially-implemented").map((c) => c.id)).toEqual(["8.12"]);
    expect(isms.nonconformities.filter((n) => n.status !== "closed").map((n) => n.id)).toEqual(["nc-2026-02"]);
  });
});

describe("examples/startup.isms.json (Brightpath Labs)", () => {
  let isms: Isms;
  beforeAll(() => {
    try {
      isms = parseExample("startup.isms.json");
    } catch {
      // reported by "parses without error"
    }
  });

  it("parses without error", () => {
    isms = parseExample("startup.isms.json");
    expect(isms.organization.name).toBe("Brightpath Labs");
    expect(isms.organization.certification?.status).toBe("in-progress");
  });

  it("uses every top-level collection except nonconformities and the security operations it does not run yet", () => {
    expect(nonEmptyCollections(isms)).toEqual(collectionKeys.filter((key) => !NOT_YET_AT_THE_START_UP.includes(key)));
    expect(isms.nonconformities).toEqual([]);
    for (const key of singleKeys) expect(isms[key], key).toBeDefined();
  });

  it("embeds its own 3×3 matrix", () => {
    expect(isms.riskMethod?.preset).toBeUndefined();
    expect(isms.riskMethod?.matrix?.grid).toEqual([
      [0, 0, 1],
      [0, 1, 2],
      [1, 2, 2],
    ]);
  });

  it("shows the gaps of an ISMS before its stage 1 audit", () => {
    const policy = isms.documents.find((d) => d.type === "information-security-policy");
    expect(policy?.status).toBe("draft");
    expect(policy?.approval).toBeUndefined();
    expect(isms.scope?.exclusions.every((e) => e.justification === undefined)).toBe(true);
    expect(isms.roles.some((r) => r.ismsDuties.includes("report-performance"))).toBe(false);
    expect(isms.risks.some((r) => r.ownerId === undefined)).toBe(true);
    expect(isms.risks.some((r) => r.treatment === undefined)).toBe(true);
    expect(isms.controls.filter((c) => c.applicable === null).length).toBeGreaterThanOrEqual(5);
    expect(isms.controls.length).toBeLessThan(40);
    expect(isms.audits.filter((a) => a.type === "internal")).toEqual([]);
    expect(isms.auditProgramme?.plannedAudits.length).toBeGreaterThan(0);
    expect(isms.managementReviews.every((m) => m.heldOn === undefined)).toBe(true);
    expect(isms.measurements.every((m) => m.results.length === 0)).toBe(true);
  });
});

describe("risk ratings in the examples", () => {
  /** Every rating uses ids of the method's scales, and a stated level is the one the method's grid gives. */
  function checkRatings(isms: Isms): void {
    const { matrix, acceptance } = resolveRiskMethod(isms);
    const likelihood = matrix.likelihood.map((e) => e.id);
    const impact = matrix.impact.map((e) => e.id);
    const levels = matrix.levels.map((e) => e.id);
    const ratings: [string, RiskRating][] = [];
    for (const r of isms.risks) {
      if (r.inherent) ratings.push([`${r.id}.inherent`, r.inherent]);
      if (r.residual) ratings.push([`${r.id}.residual`, r.residual]);
      if (r.treatment?.targetResidual) ratings.push([`${r.id}.treatment.targetResidual`, r.treatment.targetResidual]);
      if (r.acceptance?.acceptedRating) ratings.push([`${r.id}.acceptance.acceptedRating`, r.acceptance.acceptedRating]);
    }
    expect(ratings.length).toBeGreaterThan(0);
    for (const [where, rating] of ratings) {
      const l = likelihood.indexOf(rating.likelihood);
      const i = impact.indexOf(rating.impact);
      expect(l, `${where}.likelihood ${rating.likelihood}`).toBeGreaterThanOrEqual(0);
      expect(i, `${where}.impact ${rating.impact}`).toBeGreaterThanOrEqual(0);
      if (rating.level !== undefined) expect(rating.level, `${where}.level`).toBe(levels[matrix.grid[l]?.[i] ?? -1]);
    }
    for (const a of isms.assets) {
      for (const value of Object.values(a.valuation ?? {})) expect(impact, `${a.id}.valuation`).toContain(value);
    }
    expect(levels).toContain(acceptance?.maxLevel);
  }

  it("the SaaS example rates on the 5x5 preset's scales, with levels from its grid", () => {
    const isms = parseExample("saas-company.isms.json");
    expect(resolveRiskMethod(isms).source).toBe("preset");
    checkRatings(isms);
  });

  it("the start-up rates on its embedded matrix, with levels from its grid", () => {
    const isms = parseExample("startup.isms.json");
    expect(resolveRiskMethod(isms).source).toBe("embedded");
    checkRatings(isms);
  });
});

describe("examples/invalid", () => {
  const names = readdirSync(invalidDir)
    .filter((f) => f.endsWith(".isms.json"))
    .map((f) => f.slice(0, -".isms.json".length))
    .sort();

  it("holds at least 10 invalid documents, each with its expected issues", () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    const expectedFiles = readdirSync(invalidDir).filter((f) => f.endsWith(".expected.json"));
    expect(expectedFiles.sort()).toEqual(names.map((n) => `${n}.expected.json`));
  });

  const key = (i: { pointer: string; code: string }) => `${i.code} ${JSON.stringify(i.pointer)}`;

  it.each(names)("%s is rejected with exactly the expected issues", (name) => {
    const input = readJson(new URL(`${name}.isms.json`, invalidDir));
    const expected = readJson(new URL(`${name}.expected.json`, invalidDir)) as { pointer: string; code: string }[];
    expect(expected.length).toBeGreaterThan(0);
    let caught: unknown;
    try {
      parseIsms(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IsmsValidationError);
    const issues = (caught as IsmsValidationError).issues;
    expect(issues.map(key).sort()).toEqual(expected.map(key).sort());
  });
});
