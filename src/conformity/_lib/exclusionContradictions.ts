import type { AnnexAControlId } from "../../core/annexAControlIds";
import type { Isms } from "../../model/IsmsSchema";
import { pointer } from "./pointers";
import { listForMessage, plural } from "./text";

/** What the operating records show, on `asOf`, about a need for the controls: a phrase and the records' pointers. */
export interface OperatingRecords {
  readonly what: string;
  readonly refs: readonly string[];
}

/**
 * One kind of operating record that contradicts excluding some controls: while such records exist,
 * the controls are evidently needed, so an exclusion is a finding rather than a reason to skip
 * the controls' own checks. Add a row to cover more (the SecOps records register theirs here).
 */
export interface ExclusionContradiction {
  readonly controlIds: readonly AnnexAControlId[];
  /** The records, as the rule's description names them. */
  readonly label: string;
  /** The records that contradict the exclusion, or `undefined` when there are none. */
  readonly records: (isms: Isms, asOf: string) => OperatingRecords | undefined;
}

function found<T>(items: readonly T[], collection: string, keep: (item: T) => boolean, describe: (kept: number) => string, id: (item: T) => string): OperatingRecords | undefined {
  const refs: string[] = [];
  const ids: string[] = [];
  items.forEach((item, i) => {
    if (!keep(item)) return;
    refs.push(pointer(collection, i));
    ids.push(id(item));
  });
  return refs.length === 0 ? undefined : { what: `${describe(refs.length)} (${listForMessage(ids)})`, refs };
}

/** Operating records that contradict an exclusion from the Statement of Applicability. */
export const EXCLUSION_CONTRADICTIONS: readonly ExclusionContradiction[] = [
  {
    controlIds: ["8.8"],
    label: "technical vulnerabilities open",
    records: (isms) =>
      found(
        isms.vulnerabilities,
        "vulnerabilities",
        (v) => v.status === "open" && (v.severity === "high" || v.severity === "critical" || v.cve !== undefined),
        (n) => `${plural(n, "open technical vulnerability", "open technical vulnerabilities")} ${n === 1 ? "is" : "are"} recorded`,
        (v) => v.id,
      ),
  },
  {
    controlIds: ["5.24", "5.25", "5.26", "5.27", "6.8"],
    label: "incidents recorded",
    records: (isms, asOf) =>
      found(isms.incidents, "incidents", (x) => x.detectedOn <= asOf, (n) => `${plural(n, "information security incident")} ${n === 1 ? "is" : "are"} recorded`, (x) => x.id),
  },
  {
    controlIds: ["5.34"],
    label: "a personal data breach",
    records: (isms, asOf) =>
      found(isms.incidents, "incidents", (x) => x.personalDataBreach && x.detectedOn <= asOf, (n) => `${plural(n, "personal data breach", "personal data breaches")} ${n === 1 ? "is" : "are"} recorded`, (x) => x.id),
  },
  {
    controlIds: ["5.19", "5.20", "5.22"],
    label: "suppliers rated high or critical",
    records: (isms) =>
      found(
        isms.suppliers,
        "suppliers",
        (s) => s.status !== "offboarded" && (s.criticality === "high" || s.criticality === "critical"),
        (n) => `${plural(n, "supplier")} rated high or critical ${n === 1 ? "is" : "are"} engaged`,
        (s) => s.id,
      ),
  },
  {
    controlIds: ["5.28"],
    label: "forensic evidence kept from an incident",
    records: (isms) =>
      found(isms.incidents, "incidents", (x) => x.forensicEvidence.length > 0, (n) => `evidence is kept from ${plural(n, "incident")}`, (x) => x.id),
  },
  {
    controlIds: ["5.34"],
    label: "processors of personal data",
    records: (isms) =>
      found(isms.suppliers, "suppliers", (s) => s.status !== "offboarded" && s.processesPersonalData, (n) => `${plural(n, "supplier")} ${n === 1 ? "processes" : "process"} personal data on the organisation's behalf`, (s) => s.id),
  },
  {
    controlIds: ["5.23"],
    label: "cloud services in use",
    records: (isms) => found(isms.suppliers, "suppliers", (s) => s.status !== "offboarded" && s.type === "cloud", (n) => `${plural(n, "cloud service")} ${n === 1 ? "is" : "are"} in use`, (s) => s.id),
  },
  {
    controlIds: ["5.15", "5.16", "5.17", "5.18", "8.2", "8.5"],
    label: "accounts in use",
    records: (isms) => found(isms.accounts, "accounts", (a) => a.status === "active", (n) => `${plural(n, "active account")} ${n === 1 ? "is" : "are"} recorded`, (a) => a.id),
  },
  {
    controlIds: ["5.11", "6.5"],
    label: "leavers",
    records: (isms, asOf) => found(isms.accessEvents, "accessEvents", (e) => e.type === "leaver" && e.effectiveOn <= asOf, (n) => `${plural(n, "leaver")} ${n === 1 ? "is" : "are"} recorded`, (e) => e.id),
  },
  {
    controlIds: ["6.1", "6.6"],
    label: "joiners",
    records: (isms, asOf) => found(isms.accessEvents, "accessEvents", (e) => e.type === "joiner" && e.effectiveOn <= asOf, (n) => `${plural(n, "joiner")} ${n === 1 ? "is" : "are"} recorded`, (e) => e.id),
  },
  {
    controlIds: ["5.7"],
    label: "threat intelligence followed",
    records: (isms) => found(isms.threatIntelSources, "threatIntelSources", (s) => s.status === "active", (n) => `${plural(n, "threat-intelligence source")} ${n === 1 ? "is" : "are"} followed`, (s) => s.id),
  },
  {
    controlIds: ["8.15", "8.16", "8.17"],
    label: "log sources",
    records: (isms) => found(isms.logSources, "logSources", (l) => l.status === "active", (n) => `${plural(n, "active log source")} ${n === 1 ? "is" : "are"} recorded`, (l) => l.id),
  },
  {
    controlIds: ["8.13"],
    label: "backup jobs",
    records: (isms) => found(isms.backupJobs, "backupJobs", (b) => b.status === "active", (n) => `${plural(n, "active backup job")} ${n === 1 ? "is" : "are"} recorded`, (b) => b.id),
  },
  {
    controlIds: ["5.29", "5.30", "8.14"],
    label: "continuity exercises",
    records: (isms) => found(isms.continuityExercises, "continuityExercises", () => true, (n) => `${plural(n, "continuity exercise")} ${n === 1 ? "is" : "are"} recorded`, (x) => x.id),
  },
  {
    controlIds: ["8.9"],
    label: "configuration baselines",
    records: (isms) => found(isms.configurationBaselines, "configurationBaselines", (b) => b.status === "active", (n) => `${plural(n, "active configuration baseline")} ${n === 1 ? "is" : "are"} recorded`, (b) => b.id),
  },
  {
    controlIds: ["8.24"],
    label: "cryptographic keys in use",
    records: (isms) => found(isms.cryptographicKeys, "cryptographicKeys", (k) => k.status === "active", (n) => `${plural(n, "active cryptographic key")} ${n === 1 ? "is" : "are"} recorded`, (k) => k.id),
  },
  {
    controlIds: ["8.1", "8.7"],
    label: "endpoint coverage reports",
    records: (isms, asOf) => found(isms.endpointCoverage, "endpointCoverage", (c) => c.checkedOn <= asOf, (n) => `${plural(n, "endpoint coverage report")} ${n === 1 ? "is" : "are"} recorded`, (c) => c.id),
  },
  {
    controlIds: ["8.25", "8.26", "8.27", "8.28", "8.29", "8.32"],
    label: "releases of in-house systems",
    records: (isms, asOf) => found(isms.releases, "releases", (r) => r.releasedOn <= asOf, (n) => `${plural(n, "release")} ${n === 1 ? "is" : "are"} recorded`, (r) => r.id),
  },
];
