/**
 * A seeded generator of realistic synthetic ISMS documents, for benchmarks and scale tests.
 * Same seed and size → the same document, byte for byte.
 */
import { randomLcg } from "d3-random";
import { annexAControlIds, type IsmsInput } from "../src/index";

/** How big a generated ISMS is. */
export interface IsmsSize {
  readonly assets: number;
  readonly risks: number;
  readonly evidence: number;
}

/** The sizes the benchmark runs: S, M, and L (ten times M). */
export const ISMS_SIZES = {
  S: { assets: 50, risks: 200, evidence: 1_000 },
  M: { assets: 1_000, risks: 5_000, evidence: 20_000 },
  L: { assets: 10_000, risks: 50_000, evidence: 200_000 },
} as const satisfies Record<string, IsmsSize>;

const LIKELIHOOD = ["rare", "unlikely", "possible", "likely", "almost-certain"] as const;
const IMPACT = ["insignificant", "minor", "moderate", "major", "severe"] as const;
const ASSET_TYPES = ["information", "software", "hardware", "service", "network", "people", "site", "process"] as const;
const THREATS = ["Ransomware", "Phishing", "Insider misuse", "Supplier breach", "Power outage", "Flood", "DDoS", "Credential stuffing", "Lost laptop", "Misconfiguration"];

function day(base: number, offset: number): string {
  return new Date((base + offset) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Generates a valid ISMS document of the given size. Roughly: one person per five assets (at least
 * 20), all 93 Annex A decisions, one threat per ten risks, one treatment plan per ten risks, an
 * audit programme, audits, reviews, nonconformities and measurements in proportion.
 */
export function generateIsms(size: IsmsSize, seed = 42): IsmsInput {
  const random = randomLcg(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const base = Math.floor(Date.UTC(2025, 0, 1) / 86_400_000);

  const peopleCount = Math.max(20, Math.ceil(size.assets / 5));
  const people = Array.from({ length: peopleCount }, (_, i) => ({
    id: `p-${i}`,
    name: `Person ${i}`,
    email: `person${i}@example.com`,
    department: pick(["Engineering", "Operations", "Sales", "Finance", "People"]),
    topManagement: i < 3,
  }));
  const person = () => `p-${int(peopleCount)}`;
  const threatCount = Math.max(10, Math.ceil(size.risks / 10));
  const threats = Array.from({ length: threatCount }, (_, i) => ({
    id: `t-${i}`,
    name: `${THREATS[i % THREATS.length]} ${i}`,
    source: pick(["adversarial", "accidental", "structural", "environmental"] as const),
    affectedProperties: [pick(["confidentiality", "integrity", "availability"] as const)],
  }));
  const assets = Array.from({ length: size.assets }, (_, i) => ({
    id: `a-${i}`,
    name: `Asset ${i}`,
    type: pick(ASSET_TYPES),
    ownerId: person(),
    valuation: { confidentiality: pick(IMPACT), integrity: pick(IMPACT), availability: pick(IMPACT) },
  }));
  const vulnerabilities = Array.from({ length: Math.ceil(size.risks / 10) }, (_, i) => ({
    id: `v-${i}`,
    name: `Weakness ${i}`,
    assetIds: [`a-${int(size.assets)}`],
    severity: pick(["low", "medium", "high", "critical"] as const),
  }));
  const controls = annexAControlIds.map((id, i) =>
    i % 31 === 7
      ? { id, applicable: false, justification: "Not relevant to a cloud-only organisation" }
      : {
          id,
          applicable: true,
          reasons: ["risk-treatment" as const],
          justification: "Selected to treat identified risks",
          implementationStatus: pick(["implemented", "implemented", "partially-implemented", "planned"] as const),
          ownerId: person(),
        },
  );
  const applicable = controls.filter((c) => c.applicable).map((c) => c.id);
  const risks = Array.from({ length: size.risks }, (_, i) => {
    const l = int(5);
    const m = int(5);
    return {
      id: `risk-${i}`,
      title: `Risk ${i}`,
      ownerId: person(),
      assetIds: [`a-${int(size.assets)}`, `a-${int(size.assets)}`].filter((v, k, a) => a.indexOf(v) === k),
      threatIds: [`t-${int(threatCount)}`],
      vulnerabilityIds: i % 10 === 0 ? [`v-${i / 10}`] : [],
      identifiedOn: day(base, int(200)),
      lastAssessedOn: day(base, 200 + int(300)),
      inherent: { likelihood: LIKELIHOOD[l]!, impact: IMPACT[m]! },
      residual: { likelihood: LIKELIHOOD[Math.max(0, l - 2)]!, impact: IMPACT[Math.max(0, m - 1)]! },
      treatment: { option: "modify" as const, controlIds: [pick(applicable), pick(applicable)].filter((v, k, a) => a.indexOf(v) === k) },
      acceptance:
        i % 3 === 0
          ? {
              acceptedById: person(),
              acceptedOn: day(base, 500),
              expiresOn: day(base, 865),
              acceptedRating: { likelihood: LIKELIHOOD[Math.max(0, l - 2)]!, impact: IMPACT[Math.max(0, m - 1)]! },
            }
          : undefined,
    };
  });
  const treatmentPlans = Array.from({ length: Math.ceil(size.risks / 10) }, (_, i) => ({
    id: `tp-${i}`,
    title: `Treatment plan ${i}`,
    riskIds: Array.from({ length: Math.min(10, size.risks - i * 10) }, (_, k) => `risk-${i * 10 + k}`),
    ownerId: person(),
    actions: Array.from({ length: 3 }, (_, k) => ({
      id: `tp-${i}-a${k}`,
      description: `Action ${k}`,
      ownerId: person(),
      dueDate: day(base, 300 + int(400)),
      status: pick(["open", "in-progress", "done"] as const),
      controlIds: [pick(applicable)],
    })),
    approvals: [{ approvedById: person(), approvedOn: day(base, 250) }],
  }));
  const evidence = Array.from({ length: size.evidence }, (_, i) => ({
    id: `ev-${i}`,
    title: `Evidence ${i}`,
    kind: pick(["record", "log", "screenshot", "report", "configuration"] as const),
    controlIds: [pick(applicable)],
    collectedOn: day(base, int(600)),
    validUntil: day(base, 600 + int(400)),
    location: `https://evidence.example.com/${i}`,
  }));
  const auditCount = Math.max(3, Math.ceil(size.risks / 500));
  const audits = Array.from({ length: auditCount }, (_, i) => ({
    id: `aud-${i}`,
    type: "internal" as const,
    status: "completed" as const,
    performedOn: day(base, 100 + i * 30),
    scope: { clauseIds: ["4.1", "6.1.2", "9.2.2"] as ("4.1" | "6.1.2" | "9.2.2")[], controlIds: [pick(applicable)] },
    auditorIds: ["p-3"],
    auditeeIds: ["p-4"],
    findings: [{ id: `aud-${i}-f0`, type: "minor" as const, description: "A lapse", nonconformityId: `nc-${i}` }],
  }));
  const nonconformities = audits.map((a, i) => ({
    id: `nc-${i}`,
    title: `Nonconformity ${i}`,
    source: "internal-audit" as const,
    raisedOn: a.performedOn,
    auditId: a.id,
    auditFindingId: `aud-${i}-f0`,
    rootCause: { description: "Process not followed" },
    correctiveActions: [{ id: `nc-${i}-ca`, description: "Retrain", ownerId: person(), dueDate: day(base, 700), status: "open" as const }],
    status: "open" as const,
  }));
  const measurements = Array.from({ length: Math.max(5, Math.ceil(size.risks / 200)) }, (_, i) => ({
    id: `m-${i}`,
    name: `Metric ${i}`,
    method: "Monthly export",
    intervalMonths: 1,
    responsibleId: person(),
    results: Array.from({ length: 12 }, (_, k) => ({ date: day(base, k * 30), value: int(100) })),
  }));

  const doc: IsmsInput = {
    schemaVersion: "1.0",
    organization: { name: `Synthetic Org ${seed}`, employees: peopleCount },
    scope: { statement: "All services", boundaries: { organizational: ["All"], physical: ["Offices"], technological: ["Cloud"] } },
    context: { issues: [{ id: "ci-0", kind: "external", description: "Regulation" }], climateChange: { relevant: false, rationale: "Cloud only" } },
    people,
    roles: [{ id: "r-isms", name: "ISMS manager", holderIds: ["p-3"], ismsDuties: ["ensure-conformity", "report-performance"] }],
    documents: [
      {
        id: "doc-pol",
        title: "Information security policy",
        type: "information-security-policy",
        version: "2.0",
        status: "approved",
        ownerId: "p-3",
        approval: { approvedById: "p-0", approvedOn: day(base, 10) },
        reviewIntervalMonths: 12,
        lastReviewedOn: day(base, 10),
      },
    ],
    objectives: [{ id: "obj-0", title: "Reduce incidents", measure: "Incidents per quarter", ownerId: "p-3", dueDate: day(base, 700), status: "in-progress", measurementIds: ["m-0"] }],
    assets,
    threats,
    vulnerabilities,
    riskMethod: { preset: "5x5", acceptance: { maxLevel: "low", validityMonths: 12 }, assessmentIntervalMonths: 12 },
    risks: risks.map(({ acceptance, ...r }) => (acceptance ? { ...r, acceptance } : r)),
    controls,
    treatmentPlans,
    measurements,
    auditProgramme: {
      period: { start: day(base, 0), end: day(base, 1095) },
      plannedAudits: [{ id: "pa-0", plannedOn: day(base, 100), scope: { clauseIds: ["4.1"] }, auditorIds: ["p-3"] }],
    },
    audits,
    managementReviews: [
      {
        id: "mr-0",
        heldOn: day(base, 300),
        attendeeIds: ["p-0", "p-3"],
        inputs: ["a", "b", "c", "d", "e", "f", "g"].map((input) => ({ input: input as "a" })),
        decisions: [{ id: "mr-0-d0", kind: "improvement", description: "Automate evidence" }],
      },
    ],
    nonconformities,
    evidence,
  };
  return doc;
}
