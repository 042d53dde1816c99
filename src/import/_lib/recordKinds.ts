import type * as z from "zod";
import { AccessEventSchema } from "../../model/AccessEventSchema";
import { AccessReviewSchema } from "../../model/AccessReviewSchema";
import { AccountSchema } from "../../model/AccountSchema";
import { BackupJobSchema } from "../../model/BackupJobSchema";
import { BusinessServiceSchema } from "../../model/BusinessImpactAnalysisSchema";
import { ComplianceResultSchema, ConfigurationBaselineSchema } from "../../model/ConfigurationBaselineSchema";
import { ContinuityExerciseSchema } from "../../model/ContinuityExerciseSchema";
import { CryptographicKeySchema } from "../../model/CryptographicKeySchema";
import { EndpointCoverageSchema } from "../../model/EndpointCoverageSchema";
import { IncidentNotificationSchema, IncidentSchema } from "../../model/IncidentSchema";
import { LogReviewSchema, LogSourceSchema } from "../../model/LogSourceSchema";
import { MonitoringUseCaseSchema } from "../../model/MonitoringUseCaseSchema";
import { ReleaseSchema, SecurityTestSchema } from "../../model/ReleaseSchema";
import { RestoreTestSchema } from "../../model/RestoreTestSchema";
import { SupplierAttestationSchema, SupplierSchema } from "../../model/SupplierSchema";
import { SystemSchema } from "../../model/SystemSchema";
import { ThreatIntelActionSchema, ThreatIntelReportSchema } from "../../model/ThreatIntelReportSchema";
import { ThreatIntelSourceSchema } from "../../model/ThreatIntelSourceSchema";
import { TimeSourceSchema } from "../../model/TimeSourceSchema";
import { VulnerabilitySchema } from "../../model/VulnerabilitySchema";
import type { OperationalRecordKind } from "../OperationalRecordKind";

/**
 * Where a kind of record lives when it is a list inside other records (a log source's reviews): the
 * parents' collection, the list in each parent, the column that names the parent, and whether the
 * items have ids of their own (then an item with the same id is updated, else a new one is added).
 */
export interface ChildOf {
  readonly collection: string;
  readonly list: string;
  readonly key: string;
  readonly noun: string;
  readonly entities: boolean;
}

/** How one kind of operational record is imported. */
export interface RecordKindSpec {
  readonly noun: string;
  /** The collection the records go to: a list of the document (`accounts`), or a list inside one of its objects (`businessImpactAnalysis/services`); for a child kind, the parents' collection. */
  readonly collection: string;
  readonly schema: z.core.$ZodType;
  /** The start of the ids given to records that come without one. */
  readonly idPrefix?: string;
  readonly child?: ChildOf;
  /** Further headers (normalised: lower case, letters and digits) by field. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** Fills what a row implies but does not say, given the header of each field's column (a CSV's `CVSS v3.0 Base Score` is a CVSS 3.1 score). */
  readonly complete?: (record: Record<string, unknown>, headerOf: (field: string) => string | undefined) => void;
}

/** A CVSS score without its version takes it from its vector, else from its column's header (`CVSS v3.0 Base Score`, `CVSS4`): 3.x is read as 3.1. */
function completeCvss(record: Record<string, unknown>, headerOf: (field: string) => string | undefined): void {
  const cvss = record["cvss"];
  if (cvss === null || typeof cvss !== "object" || (cvss as Record<string, unknown>)["version"] !== undefined) return;
  const vector = (cvss as Record<string, unknown>)["vector"];
  const fromVector = typeof vector === "string" ? /^CVSS:(3\.1|4\.0)\//.exec(vector)?.[1] : undefined;
  const major = /(?:cvss\s*v?|\bv)([34])(?![0-9])/i.exec(headerOf("cvss.score") ?? "")?.[1];
  const version = fromVector ?? (major === "4" ? "4.0" : major === "3" ? "3.1" : undefined);
  if (version !== undefined) (cvss as Record<string, unknown>)["version"] = version;
}

const entity = (noun: string, collection: string, schema: z.core.$ZodType, idPrefix: string, aliases?: RecordKindSpec["aliases"], complete?: RecordKindSpec["complete"]): RecordKindSpec => ({
  noun,
  collection,
  schema,
  idPrefix,
  ...(aliases === undefined ? {} : { aliases }),
  ...(complete === undefined ? {} : { complete }),
});
const child = (noun: string, schema: z.core.$ZodType, of: ChildOf, aliases?: RecordKindSpec["aliases"]): RecordKindSpec => ({
  noun,
  collection: of.collection,
  schema,
  child: of,
  ...(aliases === undefined ? {} : { aliases }),
});

/** Every kind of operational record that can be imported, by the name the import takes. */
export const RECORD_KINDS = {
  incidents: entity("incident", "incidents", IncidentSchema, "inc", {
    id: ["incidentid", "ticket", "ticketid", "caseid", "case", "key"],
    title: ["summary", "subject", "name", "incident"],
    detectedAt: ["detected", "detectiontime", "detectedtime", "timedetected", "created", "createdat"],
    awareAt: ["aware", "awaretime", "awareness"],
    containedAt: ["contained", "containmenttime"],
    resolvedAt: ["resolved", "resolutiontime"],
    closedAt: ["closed"],
    personalDataBreach: ["personaldata", "pdb", "gdpr", "databreach"],
  }),
  vulnerabilities: entity("vulnerability", "vulnerabilities", VulnerabilitySchema, "vuln", {
    id: ["vulnerabilityid", "findingid", "issueid", "pluginid", "key"],
    name: ["title", "vulnerability", "vulnerabilityname", "pluginname", "finding", "findingtitle", "issue"],
    description: ["synopsis", "details", "summary"],
    cve: ["cveid", "cves"],
    cwe: ["cweid"],
    severity: ["risk", "riskrating", "severityrating", "priority"],
    "cvss.score": ["cvss", "cvssscore", "cvssbasescore", "basescore", "cvss3", "cvssv3", "cvss3basescore", "cvssv3basescore", "cvssv30basescore", "cvssv31basescore", "cvss4", "cvssv4", "cvssv40basescore"],
    "cvss.vector": ["vector", "cvssvector", "cvss3vector", "cvssv3vector", "cvssv31vector", "cvssv4vector"],
    "cvss.version": ["cvssversion"],
    identifiedOn: ["firstseen", "firstdiscovered", "discovered", "discoveredon", "detected", "detectedon", "found", "foundon", "reportedon", "datefound"],
    dueOn: ["duedate", "due", "sladuedate", "sladue", "deadline", "remediationdue"],
    remediatedOn: ["fixed", "fixedon", "remediated", "resolvedon", "datefixed", "closedon"],
    assetIds: ["asset", "assets", "host", "hosts", "hostname", "target", "affectedasset", "affectedassets"],
  }, completeCvss),
  systems: entity("system", "systems", SystemSchema, "sys", { name: ["system", "systemname", "application", "app"] }),
  accounts: entity("account", "accounts", AccountSchema, "acc", {
    id: ["accountid", "userid", "objectid"],
    username: ["user", "login", "account", "accountname", "userprincipalname", "upn", "samaccountname"],
    systemId: ["system", "application", "app", "platform", "tenant"],
    personId: ["person", "employee", "holder", "displayname"],
    privilege: ["privilegelevel", "accesslevel"],
    mfa: ["mfaenabled", "mfaenrolled", "mfaregistered", "2fa", "twofactor", "multifactor", "mfastatus"],
    lastUsedOn: ["lastlogin", "lastlogon", "lastsignin", "lastactivity", "lastused"],
    createdOn: ["created", "createddate", "whencreated"],
    disabledOn: ["disabled", "deactivated", "deactivatedon", "removedon"],
  }),
  accessEvents: entity("joiner, mover or leaver event", "accessEvents", AccessEventSchema, "jml", {
    type: ["event", "eventtype", "change", "jml", "action"],
    personId: ["person", "employee", "name"],
    effectiveOn: ["date", "effectivedate", "effective", "startdate", "lastday", "lastworkingday"],
    ticket: ["request", "ticketid", "reference"],
  }),
  accessReviews: entity("access review", "accessReviews", AccessReviewSchema, "ar", { systemId: ["system", "application"], reviewerId: ["reviewer", "reviewedby"] }),
  logSources: entity("log source", "logSources", LogSourceSchema, "log", { name: ["logsource", "source"], retentionDays: ["retention", "retentiondays"] }),
  monitoringUseCases: entity("monitoring use case", "monitoringUseCases", MonitoringUseCaseSchema, "uc", {
    name: ["usecase", "rule", "rulename", "detection", "alert"],
    attackTechniques: ["mitre", "mitreattack", "attack", "techniques", "techniqueids", "attackid"],
  }),
  timeSources: entity("time source", "timeSources", TimeSourceSchema, "ts"),
  backupJobs: entity("backup job", "backupJobs", BackupJobSchema, "bk", { name: ["job", "jobname", "backupjob"] }),
  restoreTests: entity("restore test", "restoreTests", RestoreTestSchema, "rt", {
    backupJobId: ["backupjob", "job", "backup"],
    performedOn: ["date", "testdate", "tested", "testedon"],
    timeToRestoreMinutes: ["timetorestore", "restoretime", "restoreminutes", "duration"],
    dataLossMinutes: ["dataloss", "datalossminutes"],
  }),
  businessServices: entity("service of the business impact analysis", "businessImpactAnalysis/services", BusinessServiceSchema, "svc", {
    name: ["service", "servicename", "process", "businessprocess"],
    rtoMinutes: ["rto", "rtominutes", "recoverytimeobjective"],
    rpoMinutes: ["rpo", "rpominutes", "recoverypointobjective"],
    mtpdMinutes: ["mtpd", "mao"],
  }),
  continuityExercises: entity("continuity exercise", "continuityExercises", ContinuityExerciseSchema, "ex", { title: ["exercise", "name"], performedOn: ["date", "held", "heldon"] }),
  threatIntelSources: entity("threat-intelligence source", "threatIntelSources", ThreatIntelSourceSchema, "ti", { name: ["source", "feed"] }),
  threatIntelReports: entity("threat-intelligence report", "threatIntelReports", ThreatIntelReportSchema, "tir", { sourceId: ["source", "feed"], title: ["report", "advisory", "subject"], receivedOn: ["received", "date", "published"] }),
  configurationBaselines: entity("configuration baseline", "configurationBaselines", ConfigurationBaselineSchema, "cb", { name: ["baseline", "benchmark"] }),
  cryptographicKeys: entity("cryptographic key", "cryptographicKeys", CryptographicKeySchema, "key", {
    name: ["key", "keyname", "alias", "keyalias"],
    keyLengthBits: ["keylength", "keysize", "bits", "length"],
    lastRotatedOn: ["lastrotated", "rotated", "rotatedon", "lastrotation"],
    createdOn: ["created", "creationdate"],
    expiresOn: ["expires", "expiry", "expirydate", "notafter"],
  }),
  endpointCoverage: entity("endpoint coverage record", "endpointCoverage", EndpointCoverageSchema, "ep", { checkedOn: ["date", "reportdate", "checked"], devices: ["total", "totaldevices", "devicecount"] }),
  releases: entity("release", "releases", ReleaseSchema, "rel", { version: ["release", "tag", "releaseversion"], releasedOn: ["released", "date", "deployedon", "deployed"] }),
  suppliers: entity("supplier", "suppliers", SupplierSchema, "sup", { name: ["supplier", "vendor", "vendorname", "suppliername", "company"] }),
  incidentNotifications: child("incident notification", IncidentNotificationSchema, { collection: "incidents", list: "notifications", key: "incidentId", noun: "incident", entities: true }, { incidentId: ["incident", "incidentref"], sentAt: ["sent", "senttime", "notifiedat", "notified"] }),
  logReviews: child("log review", LogReviewSchema, { collection: "logSources", list: "reviews", key: "logSourceId", noun: "log source", entities: false }, { logSourceId: ["logsource", "source"], performedOn: ["date", "reviewed", "reviewedon", "reviewdate"], reviewerId: ["reviewer", "reviewedby"] }),
  complianceResults: child("compliance result", ComplianceResultSchema, { collection: "configurationBaselines", list: "results", key: "baselineId", noun: "configuration baseline", entities: false }, { baselineId: ["baseline", "benchmark", "policy"], checkedOn: ["date", "scandate", "scanned", "checked"], checked: ["total", "checks", "controlschecked"], compliant: ["passed", "pass", "compliantchecks"] }),
  securityTests: child("security test", SecurityTestSchema, { collection: "releases", list: "securityTests", key: "releaseId", noun: "release", entities: false }, { releaseId: ["release", "version"], kind: ["test", "testtype", "type", "scan", "scantype"], performedOn: ["date", "ran", "ranon", "scandate"], "openFindings.critical": ["critical"], "openFindings.high": ["high"], "openFindings.medium": ["medium"], "openFindings.low": ["low"] }),
  supplierAttestations: child("supplier attestation", SupplierAttestationSchema, { collection: "suppliers", list: "attestations", key: "supplierId", noun: "supplier", entities: true }, { supplierId: ["supplier", "vendor"], type: ["attestation", "certificate", "report", "attestationtype"], expiresOn: ["expires", "expiry", "validuntil", "expirydate"], issuedOn: ["issued", "issuedate"] }),
  threatIntelActions: child("threat-intelligence action", ThreatIntelActionSchema, { collection: "threatIntelReports", list: "actions", key: "reportId", noun: "threat-intelligence report", entities: false }, { reportId: ["report", "threatintelreport"], description: ["action"], takenOn: ["taken", "date", "done", "doneon"] }),
} as const satisfies Record<OperationalRecordKind, RecordKindSpec>;

/** The collections a reference field names, to find a record by its name (or a person by e-mail) when a cell gives that instead of the id. */
export const NAMED_TARGETS: Readonly<Record<string, { readonly collection: string; readonly names: readonly string[] }>> = (() => {
  const people = { collection: "people", names: ["name", "email"] };
  const out: Record<string, { collection: string; names: string[] }> = {};
  for (const field of ["ownerId", "personId", "reviewerId", "custodianId", "approvedById", "requestedById", "performedById", "sentById", "assessedById", "decidedById", "reviewedById", "responderIds", "participantIds", "authorIds"]) out[field] = people;
  const byName = (collection: string, names = ["name"]) => ({ collection, names });
  Object.assign(out, {
    systemId: byName("systems"),
    systemIds: byName("systems"),
    assetIds: byName("assets"),
    riskIds: byName("risks", ["title"]),
    supplierIds: byName("suppliers"),
    backupJobId: byName("backupJobs"),
    logSourceIds: byName("logSources"),
    timeSourceId: byName("timeSources"),
    serviceIds: byName("businessImpactAnalysis/services"),
    sourceId: byName("threatIntelSources"),
    incidentId: byName("incidents", ["title"]),
    logSourceId: byName("logSources"),
    baselineId: byName("configurationBaselines"),
    releaseId: byName("releases", ["version"]),
    supplierId: byName("suppliers"),
    reportId: byName("threatIntelReports", ["title"]),
  });
  return out;
})();
