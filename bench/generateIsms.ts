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

/** A date-time `minutes` after midnight of a day, in Central European Time (+01:00). */
function at(base: number, offset: number, minutes: number): string {
  return `${new Date((base + offset) * 86_400_000 + minutes * 60_000).toISOString().slice(0, 19)}+01:00`;
}

/**
 * Generates a valid ISMS document of the given size. Roughly: one person per five assets (at least
 * 20), all 93 Annex A decisions, one threat per ten risks, one treatment plan per ten risks, an
 * audit programme, audits, reviews, nonconformities and measurements in proportion, and a year of
 * security operations in proportion to the staff (systems, accounts, joiners and leavers, access
 * reviews, log sources, backups and restore tests, exercises, threat intelligence, baselines, keys,
 * endpoint reports, weekly releases, incidents with notifications, suppliers with attestations).
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
  const vulnerabilities = Array.from({ length: Math.ceil(size.risks / 10) }, (_, i) => {
    const score = Math.round((1 + random() * 9) * 10) / 10;
    const found = 400 + int(300);
    const fixed = random() < 0.7;
    return {
      id: `v-${i}`,
      name: `Weakness ${i}`,
      assetIds: [`a-${int(size.assets)}`],
      source: pick(["scanner", "scanner", "penetration-test", "bug-bounty", "advisory"] as const),
      cvss: { version: "3.1" as const, score },
      identifiedOn: day(base, found),
      status: fixed ? ("mitigated" as const) : ("open" as const),
      ...(fixed ? { remediatedOn: day(base, found + int(60)) } : {}),
    };
  });
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

  // Security operations, in proportion to the staff: a system per ten people, three accounts a
  // person, a quarter of the staff joining or leaving in a year, quarterly access reviews, two log
  // sources and a backup job per system, weekly releases of a quarter of the systems, an incident a
  // year per ten people, a supplier per twenty.
  const systemCount = Math.max(5, Math.ceil(peopleCount / 10));
  const system = () => `sys-${int(systemCount)}`;
  const inHouse = Math.max(1, Math.ceil(systemCount / 4));
  const systems = Array.from({ length: systemCount }, (_, i) => ({
    id: `sys-${i}`,
    name: `System ${i}`,
    type: i < inHouse ? ("application" as const) : pick(["saas", "infrastructure", "database", "identity-provider"] as const),
    ownerId: person(),
    assetIds: [`a-${int(size.assets)}`],
    mfaRequired: random() < 0.8,
    developedInHouse: i < inHouse,
    ...(i < inHouse ? { securityRequirementsDocumentId: "doc-pol", architectureReviewedOn: day(base, 300 + int(300)) } : {}),
  }));
  const accounts = Array.from({ length: peopleCount * 3 }, (_, i) => ({
    id: `acc-${i}`,
    systemId: `sys-${i % systemCount}`,
    username: `user${i}`,
    personId: `p-${Math.floor(i / 3)}`,
    privilege: random() < 0.1 ? ("privileged" as const) : ("standard" as const),
    mfa: random() < 0.95,
    approvedById: person(),
    createdOn: day(base, int(600)),
  }));
  const accessEvents = Array.from({ length: Math.ceil(peopleCount / 4) }, (_, i) => {
    const on = 200 + int(500);
    const leaver = i % 2 === 1;
    return {
      id: `jml-${i}`,
      type: leaver ? ("leaver" as const) : ("joiner" as const),
      personId: person(),
      effectiveOn: day(base, on),
      ...(leaver
        ? { accessRemovedOn: day(base, on + int(3)), assetsReturnedOn: day(base, on), exitBriefingOn: day(base, on) }
        : { accessGrantedOn: day(base, on), screeningCompletedOn: day(base, on - 10), agreementsSignedOn: day(base, on - 20) }),
    };
  });
  const accessReviews = Array.from({ length: systemCount * 4 }, (_, i) => ({
    id: `ar-${i}`,
    systemId: `sys-${i % systemCount}`,
    scope: i % 2 === 0 ? ("all" as const) : ("privileged" as const),
    reviewerId: person(),
    performedOn: day(base, 400 + int(300)),
    status: "completed" as const,
    accountsReviewed: 3 + int(30),
    accountsRemoved: int(3),
  }));
  const logSources = Array.from({ length: systemCount * 2 }, (_, i) => ({
    id: `log-${i}`,
    name: `Log source ${i}`,
    systemId: `sys-${i % systemCount}`,
    eventTypes: ["authentication" as const, pick(["privileged-activity", "configuration-change", "data-access", "application"] as const)],
    retentionDays: pick([90, 365, 400, 730]),
    integrity: pick(["append-only", "signed", "access-restricted", "none"] as const),
    alerting: random() < 0.6,
    reviews: Array.from({ length: 4 }, () => ({ performedOn: day(base, 600 + int(100)), reviewerId: person() })),
    timeSourceId: "ts-0",
  }));
  const monitoringUseCases = logSources.map((l, i) => ({ id: `uc-${i}`, name: `Detection ${i}`, logSourceIds: [l.id], status: "active" as const, lastTestedOn: day(base, 500 + int(200)) }));
  const serviceCount = Math.max(2, Math.ceil(systemCount / 2));
  const services = Array.from({ length: serviceCount }, (_, i) => ({
    id: `svc-${i}`,
    name: `Service ${i}`,
    criticality: pick(["low", "medium", "high", "critical"] as const),
    systemIds: [system()],
    rtoMinutes: pick([60, 240, 1440, 2880]),
    rpoMinutes: pick([15, 60, 1440]),
    redundancy: pick(["none", "multi-zone", "multi-region"] as const),
  }));
  const backupJobs = systems.map((s, i) => ({
    id: `bk-${i}`,
    name: `Backup of ${s.name}`,
    systemIds: [s.id],
    serviceIds: [`svc-${i % serviceCount}`],
    intervalMinutes: pick([60, 1440]),
    retentionDays: pick([35, 90, 365]),
    encrypted: random() < 0.9,
    offsite: random() < 0.8,
  }));
  const restoreTests = backupJobs.flatMap((b, i) =>
    Array.from({ length: 2 }, (_, k) => ({
      id: `rt-${i}-${k}`,
      backupJobId: b.id,
      performedOn: day(base, 300 + k * 300 + int(100)),
      result: random() < 0.9 ? ("success" as const) : ("partial" as const),
      timeToRestoreMinutes: 20 + int(400),
      dataLossMinutes: int(1500),
    })),
  );
  const continuityExercises = services.map((s, i) => ({
    id: `ex-${i}`,
    title: `Recovery exercise ${i}`,
    kind: "disaster-recovery" as const,
    type: pick(["tabletop", "simulation", "failover"] as const),
    performedOn: day(base, 400 + int(300)),
    serviceIds: [s.id],
    result: pick(["met", "met", "partially-met"] as const),
    recoveryMinutes: 30 + int(600),
    securityMaintained: random() < 0.9,
  }));
  const threatIntelSources = ["government-cert", "isac", "vendor-advisory", "commercial-feed", "open-source"].map((kind, i) => ({ id: `ti-${i}`, name: `Source ${i}`, kind: kind as "isac" }));
  const threatIntelReports = Array.from({ length: Math.ceil(peopleCount / 4) }, (_, i) => {
    const received = 500 + int(200);
    return {
      id: `tir-${i}`,
      sourceId: `ti-${int(5)}`,
      title: `Threat report ${i}`,
      receivedOn: day(base, received),
      relevance: pick(["relevant", "not-relevant"] as const),
      actions: [{ description: "Patched and tuned detections", takenOn: day(base, received + int(20)), ownerId: person() }],
    };
  });
  const configurationBaselines = Array.from({ length: Math.max(1, Math.ceil(systemCount / 4)) }, (_, i) => ({
    id: `cb-${i}`,
    name: `Baseline ${i}`,
    systemIds: [system()],
    targetCompliancePercent: 95,
    results: Array.from({ length: 4 }, (_, k) => ({ checkedOn: day(base, 400 + k * 90), checked: 200, compliant: 180 + int(21) })),
  }));
  const cryptographicKeys = systems.map((s, i) => ({
    id: `key-${i}`,
    name: `Key of ${s.name}`,
    algorithm: "AES-256-GCM",
    storage: pick(["kms", "hsm", "vault"] as const),
    systemIds: [s.id],
    createdOn: day(base, int(300)),
    lastRotatedOn: day(base, 300 + int(400)),
  }));
  const endpointCoverage = Array.from({ length: 12 }, (_, i) => ({
    id: `ep-${i}`,
    scope: "Laptops",
    checkedOn: day(base, 365 + i * 30),
    devices: peopleCount,
    malwareProtected: peopleCount - int(3),
    encrypted: peopleCount - int(3),
    managed: peopleCount,
  }));
  const releases = Array.from({ length: inHouse * 52 }, (_, i) => ({
    id: `rel-${i}`,
    systemId: `sys-${i % inHouse}`,
    version: `${Math.floor(i / inHouse)}.${i % inHouse}`,
    releasedOn: day(base, 330 + Math.floor(i / inHouse) * 7),
    authorIds: [person()],
    approvedById: person(),
    codeReviewed: random() < 0.95,
    securityTests: [
      { kind: "sast" as const, result: "pass" as const },
      { kind: "sca" as const, result: random() < 0.95 ? ("pass" as const) : ("fail" as const) },
    ],
  }));
  const incidents = Array.from({ length: Math.max(2, Math.ceil(peopleCount / 10)) }, (_, i) => {
    const on = 300 + int(400);
    const breach = i % 4 === 0;
    return {
      id: `inc-${i}`,
      title: `Incident ${i}`,
      severity: pick(["low", "medium", "high"] as const),
      detectedAt: at(base, on, 480 + int(600)),
      status: "closed" as const,
      personalDataBreach: breach,
      triage: { decidedAt: at(base, on + 1, 600), decidedById: person(), classification: "incident" as const, regimes: breach ? ["gdpr-authority" as const] : [] },
      responderIds: [person()],
      notifications: breach ? [{ id: `inc-${i}-n0`, regime: "gdpr-authority" as const, recipient: "Authority", sentAt: at(base, on + 2 + int(3), 600) }] : [],
      resolvedAt: at(base, on + 5, 600),
      lessonsLearned: "Tuned the detection",
    };
  });
  const suppliers = Array.from({ length: Math.max(5, Math.ceil(peopleCount / 20)) }, (_, i) => ({
    id: `sup-${i}`,
    name: `Supplier ${i}`,
    criticality: pick(["low", "medium", "high", "critical"] as const),
    ownerId: person(),
    type: pick(["cloud", "software", "professional-service"] as const),
    processesPersonalData: random() < 0.5,
    securityRequirementsAgreed: true,
    lastAssessedOn: day(base, 400 + int(300)),
    dataProcessingAgreement: { signedOn: day(base, int(300)) },
    attestations: [{ id: `sup-${i}-att`, type: "soc2-type2" as const, expiresOn: day(base, 650 + int(300)) }],
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
    incidents,
    suppliers,
    evidence,
    systems,
    accounts,
    accessEvents,
    accessReviews,
    logSources,
    monitoringUseCases,
    timeSources: [{ id: "ts-0", name: "NTP", reference: "Cloud provider time service" }],
    backupJobs,
    restoreTests,
    businessImpactAnalysis: { performedOn: day(base, 500), services },
    continuityExercises,
    threatIntelSources,
    threatIntelReports,
    configurationBaselines,
    cryptographicKeys,
    endpointCoverage,
    releases,
  };
  return doc;
}
