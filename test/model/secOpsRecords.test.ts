/**
 * The security-operations records (issue 14): validated and referenced like every other entity,
 * instants ordered on the time line, and every field documented in the JSON Schema.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { getIsmsJsonSchema, parseIsms, safeParseIsms } from "../../src/index";
import { conformantIsms } from "../conformity/_fixtures/conformantIsms";

/** The issues parseIsms reports for a document, as `code pointer` strings. */
function problems(input: unknown): string[] {
  const result = safeParseIsms(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.code} ${i.pointer}`);
}

function messages(input: unknown): string[] {
  const result = safeParseIsms(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.pointer}: ${i.message}`);
}

function withChange(change: (doc: any) => void): unknown {
  const doc = conformantIsms() as any;
  change(doc);
  return doc;
}

/** The collections and fields issue 14 added, as JSON Schema property paths (`*` for array items). */
const NEW_COLLECTIONS = [
  "systems",
  "accounts",
  "accessEvents",
  "accessReviews",
  "logSources",
  "monitoringUseCases",
  "timeSources",
  "backupJobs",
  "restoreTests",
  "businessImpactAnalysis",
  "continuityExercises",
  "threatIntelSources",
  "threatIntelReports",
  "configurationBaselines",
  "cryptographicKeys",
  "endpointCoverage",
  "releases",
];
const NEW_FIELDS = [
  ...["occurredAt", "detectedAt", "reportedAt", "awareAt", "classifiedAt", "containedAt", "resolvedAt", "closedAt", "triage", "responderIds", "notifications", "forensicEvidence", "improvementIds"].map((f) => `incidents/*/${f}`),
  ...["source", "cwe", "cvss", "dueOn", "remediatedOn", "exception", "riskIds", "cve"].map((f) => `vulnerabilities/*/${f}`),
  ...["type", "processesPersonalData", "subProcessor", "dataProcessingAgreement", "attestations", "exitPlanDocumentId"].map((f) => `suppliers/*/${f}`),
];

type JsonSchema = { [key: string]: unknown };

/** Every property of the JSON Schema with its path, following $refs. */
function properties(root: JsonSchema): { path: string; schema: JsonSchema }[] {
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  const out: { path: string; schema: JsonSchema }[] = [];
  const visit = (schema: JsonSchema, path: string[], depth: number) => {
    if (depth > 30) return;
    if (typeof schema.$ref === "string") return visit(defs[schema.$ref.replace("#/$defs/", "")]!, path, depth + 1);
    for (const key of ["anyOf", "oneOf", "allOf"]) for (const s of (schema[key] as JsonSchema[] | undefined) ?? []) visit(s, path, depth + 1);
    if (schema.type === "array" && schema.items) visit(schema.items as JsonSchema, [...path, "*"], depth + 1);
    for (const [name, child] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
      out.push({ path: [...path, name].join("/"), schema: child });
      visit(child, [...path, name], depth + 1);
    }
  };
  visit(root, [], 0);
  return out;
}

/** Whether a property schema (or the schema it refers to) has a description. */
function described(schema: JsonSchema, defs: Record<string, JsonSchema>): boolean {
  if (typeof schema.description === "string" && schema.description.length > 0) return true;
  if (typeof schema.$ref === "string") return described(defs[schema.$ref.replace("#/$defs/", "")]!, defs);
  return false;
}

describe("the security-operations records", () => {
  it("parse in the conformant fixture, and the JSON Schema accepts them as written", () => {
    const input = conformantIsms();
    const isms = parseIsms(input);
    expect(isms.accounts).toHaveLength(7);
    expect(isms.businessImpactAnalysis?.services[0]?.rtoMinutes).toBe(240);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(getIsmsJsonSchema());
    expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
  });

  it("are documented field by field in the JSON Schema", () => {
    const schema = getIsmsJsonSchema();
    const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;
    const all = properties(schema);
    const isNew = (path: string) => NEW_COLLECTIONS.some((c) => path === c || path.startsWith(`${c}/`)) || NEW_FIELDS.some((f) => path === f || path.startsWith(`${f}/`));
    const fresh = all.filter((p) => isNew(p.path));
    expect(fresh.length).toBeGreaterThan(200);
    // `id`, `notes` and `extensions` are every entity's, described once in the entity schema.
    const undocumented = fresh.filter((p) => !["id", "notes", "extensions"].includes(p.path.split("/").at(-1)!) && !described(p.schema, defs)).map((p) => p.path);
    expect(undocumented).toEqual([]);
  });

  it("take an incident's day of detection from its instant, where it was written", () => {
    const isms = parseIsms(conformantIsms());
    expect(isms.incidents[1]).toMatchObject({ detectedAt: "2026-08-03T09:15:00+02:00", detectedOn: "2026-08-03" });
    const late = parseIsms(withChange((d) => Object.assign(d.incidents[1], { detectedAt: "2026-08-02T23:30:00-05:00", reportedAt: undefined })));
    expect(late.incidents[1]?.detectedOn).toBe("2026-08-02");
  });

  it("need an incident's day or instant of detection", () => {
    expect(problems(withChange((d) => delete d.incidents[1].detectedAt))).toEqual(["invalid_type /incidents/1/detectedOn"]);
  });

  it("order an incident's timeline on instants, whatever the offsets", () => {
    // 13:00 in Tokyo is 06:00 in Berlin: before detection at 09:15, although it sorts after it as text.
    expect(messages(withChange((d) => (d.incidents[1].containedAt = "2026-08-03T13:00:00+09:00")))).toEqual([
      "/incidents/1/containedAt: containedAt (2026-08-03T13:00:00+09:00) is before detectedAt (2026-08-03T09:15:00+02:00)",
    ]);
    // 08:00 in New York is 14:00 in Berlin: after containment at 13:00, although it sorts before it as text.
    expect(problems(withChange((d) => (d.incidents[1].resolvedAt = "2026-08-04T08:00:00-04:00")))).toEqual([]);
    expect(problems(withChange((d) => Object.assign(d.incidents[1], { resolvedAt: "2026-08-03T08:00:00-04:00", resolvedOn: "2026-08-03" })))).toEqual([]);
  });

  it("keep a day and the instant on it in agreement", () => {
    expect(problems(withChange((d) => (d.incidents[1].detectedOn = "2026-08-04")))).toEqual(["date_order /incidents/1/detectedAt"]);
    expect(problems(withChange((d) => (d.incidents[1].resolvedOn = "2026-08-05")))).toEqual(["date_order /incidents/1/resolvedAt"]);
  });

  it("refuse a date-time without an offset where a clock matters", () => {
    expect(problems(withChange((d) => (d.incidents[1].notifications[0].sentAt = "2026-08-05T16:00:00")))).toEqual(["custom /incidents/1/notifications/0/sentAt"]);
  });

  it("resolve their references to entities of the right kind", () => {
    expect(
      problems(
        withChange((d) => {
          d.accounts[0].systemId = "p-it";
          d.restoreTests[0].backupJobId = "bk-9";
          d.logSources[0].timeSourceId = "sys-cloud";
          d.incidents[1].notifications[0].recipientPartyId = "ip-9";
          d.vulnerabilities[1].exception = { ownerId: "p-it", approvedById: "p-ceo", approvedOn: "2026-11-02", expiresOn: "2026-12-31", justification: "x", compensatingControlIds: ["9.99"] };
          d.continuityExercises[0].serviceIds = ["bk-1"];
        }),
      ),
    ).toEqual([
      "dangling_reference /vulnerabilities/1/exception/compensatingControlIds/0",
      "dangling_reference /incidents/1/notifications/0/recipientPartyId",
      "wrong_reference_kind /accounts/0/systemId",
      "wrong_reference_kind /logSources/0/timeSourceId",
      "dangling_reference /restoreTests/0/backupJobId",
      "wrong_reference_kind /continuityExercises/0/serviceIds/0",
    ]);
  });

  it("give nested records document-unique ids (notifications, forensic evidence, attestations, services)", () => {
    expect(problems(withChange((d) => (d.suppliers[0].attestations[1].id = "inc-2-n1")))).toEqual(["duplicate_id /suppliers/0/attestations/1/id"]);
  });

  it("bound every number", () => {
    expect(
      problems(
        withChange((d) => {
          d.logSources[0].retentionDays = 0;
          d.backupJobs[0].intervalMinutes = 600_000;
          d.accessReviews[0].accountsReviewed = 1.5;
          d.cryptographicKeys[0].keyLengthBits = 100_000;
          d.vulnerabilities[1].cvss.score = 11;
        }),
      ).sort(),
    ).toEqual(
      ["too_small /logSources/0/retentionDays", "too_big /backupJobs/0/intervalMinutes", "invalid_type /accessReviews/0/accountsReviewed", "too_big /cryptographicKeys/0/keyLengthBits", "too_big /vulnerabilities/1/cvss/score"].sort(),
    );
  });
});
