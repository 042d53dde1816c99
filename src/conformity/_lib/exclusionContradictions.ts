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
    records: (isms, asOf) =>
      found(isms.incidents, "incidents", (x) => x.detectedOn <= asOf, (n) => `${plural(n, "information security incident")} ${n === 1 ? "is" : "are"} recorded`, (x) => x.id),
  },
  {
    controlIds: ["5.34"],
    records: (isms, asOf) =>
      found(isms.incidents, "incidents", (x) => x.personalDataBreach && x.detectedOn <= asOf, (n) => `${plural(n, "personal data breach", "personal data breaches")} ${n === 1 ? "is" : "are"} recorded`, (x) => x.id),
  },
  {
    controlIds: ["5.19", "5.20", "5.22"],
    records: (isms) =>
      found(
        isms.suppliers,
        "suppliers",
        (s) => s.status !== "offboarded" && (s.criticality === "high" || s.criticality === "critical"),
        (n) => `${plural(n, "supplier")} rated high or critical ${n === 1 ? "is" : "are"} engaged`,
        (s) => s.id,
      ),
  },
];
