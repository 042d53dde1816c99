import type { IsmsInput } from "../../../src/index";

/**
 * The conformant fixture's security operations on {@link ASOF} (2026-11-28): two systems with their
 * accounts, joiner/mover/leaver events and access reviews, logging and monitoring, backups with a
 * restore test, a business impact analysis and its exercises, threat intelligence, a configuration
 * baseline, a key inventory, endpoint coverage and a release — all within the organisation's
 * parameters (the defaults, unless the fixture sets its own).
 */
export function conformantSecOps(): Partial<IsmsInput> {
  return {
    systems: [
      { id: "sys-cloud", name: "Cloud tenant", type: "infrastructure", ownerId: "p-it", assetIds: ["a-1"], mfaRequired: true },
      {
        id: "sys-app",
        name: "Customer portal",
        type: "application",
        ownerId: "p-it",
        assetIds: ["a-1"],
        mfaRequired: true,
        developedInHouse: true,
        securityRequirementsDocumentId: "doc-sdlc",
        architectureReviewedOn: "2026-04-10",
      },
    ],
    accounts: [
      { id: "acc-it", systemId: "sys-cloud", username: "it.admin", personId: "p-it", privilege: "privileged", mfa: true, approvedById: "p-ceo", createdOn: "2024-01-02" },
      { id: "acc-soc", systemId: "sys-cloud", username: "soc.analyst", personId: "p-soc", mfa: true, approvedById: "p-it", createdOn: "2026-04-01" },
      { id: "acc-bg", systemId: "sys-cloud", username: "breakglass", type: "break-glass", ownerId: "p-ceo", privilege: "privileged", mfa: true, approvedById: "p-ceo", credentialsChangedOn: "2026-05-01" },
      {
        id: "acc-desk",
        systemId: "sys-cloud",
        username: "support-desk",
        type: "shared",
        ownerId: "p-it",
        mfa: true,
        approvedById: "p-ceo",
        justification: "The vendor's support console allows one login per customer",
        credentialsChangedOn: "2026-09-01",
      },
      { id: "acc-left", systemId: "sys-cloud", username: "left.user", personId: "p-left", status: "removed", disabledOn: "2026-09-30" },
      { id: "acc-bot", systemId: "sys-app", username: "deploy-bot", type: "service", ownerId: "p-it", privilege: "privileged", approvedById: "p-it", credentialsChangedOn: "2026-06-01" },
      { id: "acc-dev", systemId: "sys-app", username: "dev", personId: "p-dev", mfa: true, approvedById: "p-it" },
    ],
    accessEvents: [
      {
        id: "jml-1",
        type: "joiner",
        personId: "p-soc",
        effectiveOn: "2026-04-01",
        screeningCompletedOn: "2026-03-20",
        agreementsSignedOn: "2026-03-15",
        approvedById: "p-it",
        accessGrantedOn: "2026-04-01",
        accountIds: ["acc-soc"],
      },
      { id: "jml-2", type: "mover", personId: "p-dev", effectiveOn: "2026-07-01", approvedById: "p-it", accessGrantedOn: "2026-07-01", accessRemovedOn: "2026-07-02" },
      {
        id: "jml-3",
        type: "leaver",
        personId: "p-left",
        effectiveOn: "2026-09-30",
        accessRemovedOn: "2026-09-30",
        accountIds: ["acc-left"],
        assetsReturnedOn: "2026-09-30",
        exitBriefingOn: "2026-09-29",
      },
    ],
    accessReviews: [
      { id: "ar-1", systemId: "sys-cloud", scope: "all", reviewerId: "p-ceo", performedOn: "2026-07-01", status: "completed", accountsReviewed: 4, accountsRemoved: 0 },
      { id: "ar-2", systemId: "sys-cloud", scope: "privileged", reviewerId: "p-ceo", performedOn: "2026-10-15", status: "completed", accountsReviewed: 2, accountsRemoved: 0 },
      { id: "ar-3", systemId: "sys-app", scope: "all", reviewerId: "p-it", performedOn: "2026-10-20", status: "completed", accountsReviewed: 2, accountsRemoved: 0 },
    ],
    timeSources: [{ id: "ts-1", name: "Cloud time service", reference: "Provider NTP, stratum 1" }],
    logSources: [
      {
        id: "log-cloud",
        name: "Cloud audit trail",
        systemId: "sys-cloud",
        eventTypes: ["authentication", "privileged-activity", "configuration-change"],
        retentionDays: 400,
        integrity: "signed",
        centralised: true,
        alerting: true,
        timeSourceId: "ts-1",
        reviews: [{ performedOn: "2026-11-25", reviewerId: "p-soc" }],
      },
      {
        id: "log-app",
        name: "Portal application log",
        systemId: "sys-app",
        eventTypes: ["authentication", "application", "data-access"],
        retentionDays: 365,
        integrity: "append-only",
        centralised: true,
        reviewIntervalDays: 7,
        timeSourceId: "ts-1",
        reviews: [
          { performedOn: "2026-11-17", reviewerId: "p-soc" },
          { performedOn: "2026-11-24", reviewerId: "p-soc", outcome: "Nothing unusual" },
        ],
      },
    ],
    monitoringUseCases: [
      { id: "uc-1", name: "Privileged sign-in from a new country", logSourceIds: ["log-cloud"], attackTechniques: ["T1078"], status: "active", lastTestedOn: "2026-09-01", ownerId: "p-soc" },
    ],
    backupJobs: [
      { id: "bk-1", name: "Customer database", systemIds: ["sys-app"], serviceIds: ["svc-1"], intervalMinutes: 60, retentionDays: 35, encrypted: true, offsite: true, immutable: true, ownerId: "p-it" },
    ],
    restoreTests: [{ id: "rt-1", backupJobId: "bk-1", performedOn: "2026-09-10", performedById: "p-it", result: "success", timeToRestoreMinutes: 90, dataLossMinutes: 30 }],
    businessImpactAnalysis: {
      performedOn: "2026-03-15",
      approvedById: "p-ceo",
      services: [{ id: "svc-1", name: "Customer portal", ownerId: "p-it", criticality: "high", systemIds: ["sys-app"], rtoMinutes: 240, rpoMinutes: 60, redundancy: "multi-zone" }],
    },
    continuityExercises: [
      { id: "ex-1", title: "Tabletop: loss of the cloud region", kind: "business-continuity", type: "tabletop", performedOn: "2026-05-20", serviceIds: ["svc-1"], participantIds: ["p-ceo", "p-it"], result: "met", securityMaintained: true },
      { id: "ex-2", title: "Zone failover of the portal", kind: "disaster-recovery", type: "failover", performedOn: "2026-09-10", serviceIds: ["svc-1"], participantIds: ["p-it"], result: "met", recoveryMinutes: 120, securityMaintained: true },
    ],
    threatIntelSources: [
      { id: "ti-1", name: "National CERT advisories", kind: "government-cert" },
      { id: "ti-2", name: "Sector ISAC", kind: "isac" },
    ],
    threatIntelReports: [
      {
        id: "tir-1",
        sourceId: "ti-1",
        title: "Exploited flaw in a VPN appliance",
        receivedOn: "2026-10-01",
        relevance: "relevant",
        assessedOn: "2026-10-01",
        assessedById: "p-soc",
        actions: [{ description: "Patched the VPN appliance", takenOn: "2026-10-03", ownerId: "p-it" }],
      },
      { id: "tir-2", sourceId: "ti-2", title: "Campaign against payment terminals", receivedOn: "2026-11-10", relevance: "not-relevant", assessedOn: "2026-11-10", assessedById: "p-soc" },
    ],
    configurationBaselines: [
      {
        id: "cb-1",
        name: "Cloud tenant hardening",
        standard: "CIS Foundations Benchmark",
        systemIds: ["sys-cloud"],
        approvedById: "p-it",
        approvedOn: "2026-01-15",
        targetCompliancePercent: 95,
        results: [
          { checkedOn: "2026-08-01", checked: 200, compliant: 188 },
          { checkedOn: "2026-11-01", checked: 200, compliant: 196 },
        ],
      },
    ],
    cryptographicKeys: [
      { id: "key-1", name: "Database encryption key", purpose: "Data at rest", algorithm: "AES-256-GCM", keyLengthBits: 256, storage: "kms", systemIds: ["sys-app"], custodianId: "p-it", createdOn: "2025-06-01", lastRotatedOn: "2026-06-01" },
      { id: "key-2", name: "Portal TLS key", purpose: "TLS", algorithm: "ECDSA P-256", storage: "kms", systemIds: ["sys-app"], custodianId: "p-it", createdOn: "2026-03-01", expiresOn: "2027-03-01" },
    ],
    endpointCoverage: [{ id: "ep-1", scope: "Company laptops", checkedOn: "2026-11-20", devices: 12, malwareProtected: 12, signaturesCurrent: 12, encrypted: 12, managed: 12, product: "EDR" }],
    releases: [
      {
        id: "rel-1",
        systemId: "sys-app",
        version: "2026.10",
        releasedOn: "2026-10-14",
        authorIds: ["p-dev"],
        approvedById: "p-it",
        approvedOn: "2026-10-13",
        codeReviewed: true,
        securityTests: [
          { kind: "sast", result: "pass" },
          { kind: "sca", result: "pass" },
          { kind: "dast", result: "pass" },
        ],
      },
    ],
  };
}
