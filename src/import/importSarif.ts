import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { formatJsonPath, type JsonPath } from "../core/jsonPointer";
import { slug } from "./_lib/cells";
import { asUpdate, clip, dayOfTimestamp, finishMachineImport, readJsonDocument, readScanOptions, stableHash, textOf, type MachineRecord } from "./_lib/machineFormat";
import type { ImportScanOptions } from "./ImportScanOptions";
import type { RecordImport } from "./importRecords";
import type { ImportProblem } from "./SpreadsheetImport";

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The ISO severity for a SARIF `security-severity` (GitHub's bands, as CVSS's) or, without one, a `level`. */
function severityOf(securitySeverity: number | undefined, level: string): "low" | "medium" | "high" | "critical" | undefined {
  if (securitySeverity !== undefined) return securitySeverity >= 9 ? "critical" : securitySeverity >= 7 ? "high" : securitySeverity >= 4 ? "medium" : securitySeverity > 0 ? "low" : undefined;
  return level === "error" ? "high" : level === "warning" ? "medium" : level === "note" ? "low" : undefined;
}

/** The CWE ids a rule or result names: CodeQL's `external/cwe/cwe-079` tags, `CWE-79: …` tags, CWE taxa and relationships. */
function cwesOf(...sources: (Json | undefined)[]): string[] {
  const out: string[] = [];
  const add = (n: string | undefined) => {
    if (n === undefined) return;
    const id = `CWE-${Number(n)}`;
    if (Number(n) > 0 && !out.includes(id)) out.push(id);
  };
  for (const source of sources) {
    if (source === undefined) continue;
    for (const tag of list(obj(source["properties"])?.["tags"])) if (typeof tag === "string") add(/(?:^|\/|\b)cwe[-_:/ ]?0*(\d{1,6})\b/i.exec(tag)?.[1]);
    for (const ref of [...list(source["relationships"]).map((r) => obj(obj(r)?.["target"])), ...list(source["taxa"]).map(obj)]) {
      if (ref === undefined) continue;
      const component = textOf(obj(ref["toolComponent"])?.["name"]);
      const id = textOf(ref["id"]);
      if (id !== undefined && (component?.toUpperCase() === "CWE" || /^CWE-/i.test(id))) add(/(\d{1,6})$/.exec(id)?.[1]);
    }
  }
  return out;
}

const securitySeverityOf = (...sources: (Json | undefined)[]): number | undefined => {
  for (const source of sources) {
    const value = obj(source?.["properties"])?.["security-severity"];
    const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : Number.NaN;
    if (Number.isFinite(n) && n >= 0 && n <= 10) return n;
  }
  return undefined;
};

/**
 * Imports the results of a code scan in SARIF 2.1.0 (CodeQL, Semgrep, Snyk Code, SonarQube, and any
 * tool that writes SARIF — the format GitHub code scanning reads) as vulnerabilities (Annex A 8.8,
 * 8.28, 8.29): one per result of a security rule, with `source: "scanner"`, its CWE (from the rule's
 * tags, taxa or relationships), its location in the name (`… in src/api/search.ts:42`), its severity
 * from the rule's `security-severity` (9.0 and above critical, 7.0 high, 4.0 medium, above 0 low — the
 * bands GitHub uses, as CVSS's), else from its `level` (error high, warning medium, note low), the
 * day of the scan as discovery, and the tool, rule, location, all CWEs and the security severity kept
 * in `extensions`. Ids are made from the result's fingerprints (else its rule and location), so a
 * scan imported again updates the vulnerabilities it found before.
 *
 * Left out, each with a warning: results that are not failures (`kind` pass, review …) or of `level`
 * none, results suppressed in the source or by the tool, and — unless `allResults` — results of rules
 * that are not about security (code quality). A result the scan reports as gone
 * (`baselineState: "absent"`) marks the open vulnerability with its id remediated on the scan's day.
 *
 * @param input - the SARIF log: JSON text, its UTF-8 bytes, or the parsed object
 * @param options - assets and risks to link, the discovery day, the id prefix, the ISMS
 * @returns the fragment `{ vulnerabilities }` and the report, all or nothing
 * @throws {@link index!ArgumentError} when the input is not a SARIF 2.1.0 log, or an option is invalid
 * @category Interop
 * @example
 * ```ts
 * const sarif = {
 *   version: "2.1.0",
 *   runs: [{
 *     tool: { driver: { name: "CodeQL", rules: [{ id: "js/sql-injection", shortDescription: { text: "Database query built from user-controlled sources" }, properties: { tags: ["security", "external/cwe/cwe-089"], "security-severity": "8.8" } }] } },
 *     invocations: [{ executionSuccessful: true, endTimeUtc: "2026-11-02T07:41:09Z" }],
 *     results: [{ ruleId: "js/sql-injection", message: { text: "This query depends on a user-provided value." }, locations: [{ physicalLocation: { artifactLocation: { uri: "src/api/search.ts" }, region: { startLine: 42 } } }], partialFingerprints: { primaryLocationLineHash: "5f3c1e0b8a9d2c47:1" } }],
 *   }],
 * };
 * const [v] = importSarif(sarif, { assetIds: ["a-portal"] }).fragment.vulnerabilities!;
 * [v?.name, v?.severity, v?.cwe, v?.identifiedOn, v?.source]
 * //=> ["Database query built from user-controlled sources in src/api/search.ts:42", "high", "CWE-89", "2026-11-02", "scanner"]
 * ```
 */
export function importSarif(input: string | Uint8Array | object, options?: ImportScanOptions): RecordImport {
  const fn = "importSarif";
  const o = readScanOptions(options, fn, "sarif");
  const log = readJsonDocument(input, fn, "a SARIF log");
  if (log["version"] !== "2.1.0") throw argumentError(fn, ["input", "version"], "invalid_value", `expected a SARIF 2.1.0 log (version "2.1.0"); found version ${describeValue(log["version"])}`);
  if (!Array.isArray(log["runs"])) throw argumentError(fn, ["input", "runs"], "invalid_type", `expected the log's runs (a list); found ${describeValue(log["runs"])}`);

  const problems: ImportProblem[] = [];
  const records: MachineRecord[] = [];
  const existing = new Map<string, Json>();
  for (const v of list(o.isms?.["vulnerabilities"])) if (typeof obj(v)?.["id"] === "string") existing.set(obj(v)!["id"] as string, obj(v)!);
  let number = 0;
  let quality = 0;
  let undated = false;
  (log["runs"] as unknown[]).forEach((runValue, r) => {
    const run = obj(runValue) ?? {};
    const driver = obj(obj(run["tool"])?.["driver"]) ?? {};
    const tool = textOf(driver["name"]) ?? "SARIF";
    const rules = new Map<string, Json>();
    const ruleList = list(driver["rules"]).map(obj);
    for (const rule of ruleList) if (rule && typeof rule["id"] === "string") rules.set(rule["id"], rule);
    for (const extension of list(obj(run["tool"])?.["extensions"])) for (const rule of list(obj(extension)?.["rules"]).map(obj)) if (rule && typeof rule["id"] === "string" && !rules.has(rule["id"])) rules.set(rule["id"], rule);
    const invocation = list(run["invocations"]).map(obj).find((i) => i !== undefined);
    const scanDay = dayOfTimestamp(invocation?.["endTimeUtc"]) ?? dayOfTimestamp(invocation?.["startTimeUtc"]);
    const artifacts = list(run["artifacts"]).map(obj);
    list(run["results"]).forEach((resultValue, i) => {
      number++;
      const at: JsonPath = ["runs", r, "results", i];
      const warn = (message: string) => problems.push({ row: number, field: formatJsonPath(at), severity: "warning", code: "invalid_value", message });
      const result = obj(resultValue);
      if (result === undefined) {
        problems.push({ row: number, field: formatJsonPath(at), severity: "error", code: "invalid_value", message: `expected a result (an object); found ${describeValue(resultValue)}` });
        return;
      }
      const ruleId = textOf(result["ruleId"]) ?? textOf(obj(result["rule"])?.["id"]) ?? (typeof result["ruleIndex"] === "number" ? textOf(ruleList[result["ruleIndex"]]?.["id"]) : undefined);
      const rule = ruleId === undefined ? undefined : rules.get(ruleId);
      const kind = textOf(result["kind"]) ?? "fail";
      const level = textOf(result["level"]) ?? textOf(obj(rule?.["defaultConfiguration"])?.["level"]) ?? "warning";
      if (kind !== "fail" || level === "none") {
        warn(`a result of kind "${kind}"${level === "none" ? ', level "none"' : ""} is not a finding; left out`);
        return;
      }
      const suppression = list(result["suppressions"]).map(obj).find((s) => s !== undefined && s["status"] !== "rejected" && s["status"] !== "underReview");
      if (suppression !== undefined) {
        warn(`suppressed (${textOf(suppression["kind"]) ?? "suppression"}${textOf(suppression["justification"]) ? `: ${clip(String(suppression["justification"]), 80)}` : ""}); left out — if it stays open, record an exception for it instead`);
        return;
      }
      const cwes = cwesOf(rule, result);
      const securitySeverity = securitySeverityOf(result, rule);
      const tags = list(obj(rule?.["properties"])?.["tags"]).filter((t): t is string => typeof t === "string").map((t) => t.toLowerCase());
      if (!o.allResults && !tags.includes("security") && cwes.length === 0 && securitySeverity === undefined) {
        quality++;
        return;
      }
      const physical = obj(obj(list(result["locations"]).map(obj).find((l) => l !== undefined)?.["physicalLocation"]));
      const artifact = obj(physical?.["artifactLocation"]);
      const uri = textOf(artifact?.["uri"]) ?? (typeof artifact?.["index"] === "number" ? textOf(obj(artifacts[artifact["index"]]?.["location"])?.["uri"]) : undefined);
      const region = obj(physical?.["region"]);
      const line = typeof region?.["startLine"] === "number" ? region["startLine"] : undefined;
      const column = typeof region?.["startColumn"] === "number" ? region["startColumn"] : undefined;
      const location = uri === undefined ? undefined : `${uri}${line === undefined ? "" : `:${line}`}`;
      const message = textOf(obj(result["message"])?.["text"]) ?? textOf(obj(rule?.["fullDescription"])?.["text"]);
      const title = textOf(obj(rule?.["shortDescription"])?.["text"]) ?? textOf(rule?.["name"]) ?? ruleId ?? (message === undefined ? undefined : clip(message, 120));
      const fingerprints = obj(result["fingerprints"]) ?? obj(result["partialFingerprints"]);
      const identity = fingerprints && Object.keys(fingerprints).length > 0 ? JSON.stringify(Object.entries(fingerprints).sort()) : `${location ?? ""}:${column ?? ""}:${message ?? ""}`;
      const id = `${o.idPrefix}-${slug(ruleId ?? "result")}-${stableHash(`${tool}\u0000${ruleId ?? ""}\u0000${identity}`).slice(0, 8)}`;
      const day = o.identifiedOn ?? dayOfTimestamp(obj(result["provenance"])?.["firstDetectionTimeUtc"]) ?? scanDay;
      if (textOf(result["baselineState"]) === "absent") {
        const known = existing.get(id);
        if (known !== undefined && known["status"] !== "mitigated" && known["remediatedOn"] === undefined && scanDay !== undefined) {
          records.push({ row: number, at, record: { id, status: "mitigated", remediatedOn: scanDay } });
        } else warn("reported as absent (fixed) and not open in the ISMS; left out");
        return;
      }
      if (day === undefined && !undated) {
        undated = true;
        warn("the log gives no date for the scan (invocations[].endTimeUtc): give identifiedOn, so that the remediation target applies");
      }
      const severity = severityOf(securitySeverity, level);
      const extensions: Json = { "sarif:tool": tool, ...(ruleId === undefined ? {} : { "sarif:ruleId": ruleId }), "sarif:level": level };
      if (location !== undefined) extensions["sarif:location"] = `${location}${column === undefined ? "" : `:${column}`}`;
      if (securitySeverity !== undefined) extensions["sarif:securitySeverity"] = securitySeverity;
      if (cwes.length > 1) extensions["sarif:cwes"] = cwes;
      const record: Json = {
        id,
        name: clip(`${title ?? "Finding"}${location === undefined ? "" : ` in ${location}`}`, 200),
        ...(message === undefined ? {} : { description: message }),
        source: "scanner",
        ...(severity === undefined ? {} : { severity }),
        ...(cwes[0] === undefined ? {} : { cwe: cwes[0] }),
        ...(day === undefined ? {} : { identifiedOn: day }),
        ...(o.assetIds === undefined ? {} : { assetIds: o.assetIds }),
        ...(o.riskIds === undefined ? {} : { riskIds: o.riskIds }),
        extensions,
      };
      records.push({ row: number, at, record: asUpdate(record, existing.get(id), warn) });
    });
  });
  if (quality > 0) {
    problems.push({ row: 0, field: "runs", severity: "warning", code: "invalid_value", message: `${quality} result${quality === 1 ? "" : "s"} of rules that are not about security (no security tag, CWE or security-severity) left out; import them with allResults` });
  }
  return finishMachineImport("sarif", "SARIF", records, problems, o.isms, number);
}
