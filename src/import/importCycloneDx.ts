import { argumentError } from "../core/arguments";
import { describeValue } from "../core/describeValue";
import { formatJsonPath, type JsonPath } from "../core/jsonPointer";
import { slug } from "./_lib/cells";
import { asUpdate, clip, dayOfTimestamp, finishMachineImport, readJsonDocument, readScanOptions, stableHash, textOf, type MachineRecord } from "./_lib/machineFormat";
import type { RecordImport } from "./importRecords";
import type { ImportScanOptions } from "./ImportScanOptions";
import type { ImportProblem } from "./SpreadsheetImport";

type Json = Record<string, unknown>;
const obj = (value: unknown): Json | undefined => (value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** CycloneDX rating methods isms-kit keeps as CVSS, with their version. */
const CVSS_METHODS: Readonly<Record<string, "3.1" | "4.0">> = { CVSSv31: "3.1", CVSSv4: "4.0" };
const SEVERITIES = new Set(["critical", "high", "medium", "low"]);

/**
 * Imports the vulnerabilities of a CycloneDX BOM (JSON, spec 1.4 to 1.6: the `vulnerabilities` of a
 * VEX or of the SBOM a dependency scanner such as Trivy, Grype or Dependency-Track writes) as
 * vulnerabilities (Annex A 8.8, 8.28): one per entry, with `source: "scanner"`, its CVE (its id, or a
 * reference), its CVSS 3.1 or 4.0 rating (the vector given the `CVSS:` prefix it lacks), else the
 * rating's severity, its first CWE, the components it affects in the name (`CVE-2024-3094 in
 * xz-utils@5.6.0`), the day of the BOM (`metadata.timestamp`) as discovery, and the advisory's id,
 * source and components in `extensions`. An entry analysed as `resolved` is recorded remediated on the
 * BOM's day (the open vulnerability with its id is marked so); one
 * analysed as `false_positive` or `not_affected` is left out with a warning that quotes the
 * justification. Ids are made from the advisory and the components, so a BOM imported again updates
 * what it found before.
 *
 * @param input - the BOM: JSON text, its UTF-8 bytes, or the parsed object
 * @param options - assets and risks to link, the discovery day, the id prefix (default `cdx`), the ISMS
 * @returns the fragment `{ vulnerabilities }` and the report, all or nothing
 * @throws {@link index!ArgumentError} when the input is not a CycloneDX BOM in JSON, or an option is invalid
 * @category Interop
 * @example
 * ```ts
 * const bom = {
 *   bomFormat: "CycloneDX", specVersion: "1.5", metadata: { timestamp: "2026-11-03T06:00:00Z" },
 *   components: [{ "bom-ref": "pkg:npm/jsonwebtoken@8.5.1", name: "jsonwebtoken", version: "8.5.1" }],
 *   vulnerabilities: [{
 *     id: "CVE-2022-23529", source: { name: "NVD" }, cwes: [20],
 *     ratings: [{ method: "CVSSv31", score: 7.6, severity: "high", vector: "AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H" }],
 *     affects: [{ ref: "pkg:npm/jsonwebtoken@8.5.1" }],
 *   }],
 * };
 * const [v] = importCycloneDx(bom).fragment.vulnerabilities!;
 * [v?.name, v?.cve, v?.cvss, v?.cwe, v?.identifiedOn]
 * //=> ["CVE-2022-23529 in jsonwebtoken@8.5.1", "CVE-2022-23529", { version: "3.1", vector: "CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:H/I:H/A:H", score: 7.6 }, "CWE-20", "2026-11-03"]
 * ```
 */
export function importCycloneDx(input: string | Uint8Array | object, options?: ImportScanOptions): RecordImport {
  const fn = "importCycloneDx";
  const o = readScanOptions(options, fn, "cdx");
  const bom = readJsonDocument(input, fn, "a CycloneDX BOM");
  if (bom["bomFormat"] !== "CycloneDX") throw argumentError(fn, ["input", "bomFormat"], "invalid_value", `expected a CycloneDX BOM (bomFormat "CycloneDX"); found ${describeValue(bom["bomFormat"])}`);
  const vulnerabilities = bom["vulnerabilities"] ?? [];
  if (!Array.isArray(vulnerabilities)) throw argumentError(fn, ["input", "vulnerabilities"], "invalid_type", `expected the BOM's vulnerabilities (a list); found ${describeValue(vulnerabilities)}`);

  const components = new Map<string, string>();
  const walk = (items: unknown, depth: number) => {
    if (depth > 16) return;
    for (const c of list(items).map(obj)) {
      if (c === undefined) continue;
      const ref = textOf(c["bom-ref"]);
      const name = textOf(c["name"]);
      if (ref !== undefined && name !== undefined) components.set(ref, `${name}${textOf(c["version"]) ? `@${textOf(c["version"])}` : ""}`);
      walk(c["components"], depth + 1);
    }
  };
  walk(bom["components"], 0);
  walk([obj(bom["metadata"])?.["component"]], 0);
  const bomDay = dayOfTimestamp(obj(bom["metadata"])?.["timestamp"]);
  const existing = new Map<string, Json>();
  for (const v of list(o.isms?.["vulnerabilities"])) if (typeof obj(v)?.["id"] === "string") existing.set(obj(v)!["id"] as string, obj(v)!);

  const problems: ImportProblem[] = [];
  const records: MachineRecord[] = [];
  let undated = false;
  vulnerabilities.forEach((value, i) => {
    const row = i + 1;
    const at: JsonPath = ["vulnerabilities", i];
    const warn = (message: string) => problems.push({ row, field: formatJsonPath(at), severity: "warning", code: "invalid_value", message });
    const v = obj(value);
    if (v === undefined) {
      problems.push({ row, field: formatJsonPath(at), severity: "error", code: "invalid_value", message: `expected a vulnerability (an object); found ${describeValue(value)}` });
      return;
    }
    const advisory = textOf(v["id"]) ?? textOf(v["bom-ref"]) ?? "vulnerability";
    const state = textOf(obj(v["analysis"])?.["state"]);
    if (state === "false_positive" || state === "not_affected") {
      const why = textOf(obj(v["analysis"])?.["justification"]) ?? textOf(obj(v["analysis"])?.["detail"]);
      warn(`${advisory} analysed as ${state.replace("_", " ")}${why ? ` (${why.replaceAll("_", " ")})` : ""}; left out`);
      return;
    }
    const affected = list(v["affects"])
      .map((a) => textOf(obj(a)?.["ref"]))
      .filter((ref): ref is string => ref !== undefined);
    const names = affected.map((ref) => components.get(ref) ?? ref);
    const cve = [advisory, ...list(v["references"]).map((r) => textOf(obj(r)?.["id"]))].find((id): id is string => id !== undefined && /^CVE-\d{4}-\d{4,7}$/.test(id));
    const ratings = list(v["ratings"]).map(obj).filter((r): r is Json => r !== undefined);
    const cvssRating = ratings.find((r) => CVSS_METHODS[String(r["method"])] !== undefined && typeof r["score"] === "number");
    let cvss: Json | undefined;
    if (cvssRating !== undefined) {
      const version = CVSS_METHODS[String(cvssRating["method"])]!;
      const raw = textOf(cvssRating["vector"]);
      const vector = raw === undefined ? undefined : raw.startsWith("CVSS:") ? raw : `CVSS:${version}/${raw.replace(/^\//, "")}`;
      cvss = { version, ...(vector === undefined ? {} : { vector }), score: cvssRating["score"] };
    }
    const severity = ratings.map((r) => textOf(r["severity"])?.toLowerCase()).find((s): s is string => s !== undefined && SEVERITIES.has(s));
    const cwe = list(v["cwes"]).find((n): n is number => typeof n === "number" && Number.isInteger(n) && n > 0);
    const day = o.identifiedOn ?? bomDay ?? dayOfTimestamp(v["created"]);
    if (day === undefined && !undated) {
      undated = true;
      warn("the BOM gives no date (metadata.timestamp): give identifiedOn, so that the remediation target applies");
    }
    const id = `${o.idPrefix}-${slug(advisory)}-${stableHash([...affected].sort().join("\u0000")).slice(0, 6)}`;
    const description = textOf(v["description"]) ?? textOf(v["detail"]);
    const resolved = state === "resolved" || state === "resolved_with_pedigree";
    const record: Json = {
      id,
      name: clip(`${advisory}${names.length === 0 ? "" : ` in ${names.join(", ")}`}`, 200),
      ...(description === undefined ? {} : { description }),
      source: "scanner",
      ...(cvss === undefined && severity !== undefined ? { severity } : {}),
      ...(cve === undefined ? {} : { cve }),
      ...(cwe === undefined ? {} : { cwe: `CWE-${cwe}` }),
      ...(cvss === undefined ? {} : { cvss }),
      ...(day === undefined ? {} : { identifiedOn: day }),
      ...(resolved && day !== undefined ? { status: "mitigated", remediatedOn: day } : {}),
      ...(o.assetIds === undefined ? {} : { assetIds: o.assetIds }),
      ...(o.riskIds === undefined ? {} : { riskIds: o.riskIds }),
      ...(textOf(v["recommendation"]) ? { notes: `Recommendation: ${textOf(v["recommendation"])}` } : {}),
      extensions: {
        "cyclonedx:id": advisory,
        ...(textOf(obj(v["source"])?.["name"]) ? { "cyclonedx:source": textOf(obj(v["source"])?.["name"]) } : {}),
        ...(affected.length === 0 ? {} : { "cyclonedx:affects": names }),
        ...(state === undefined ? {} : { "cyclonedx:analysis": state }),
      },
    };
    const known = existing.get(id);
    if (resolved && known !== undefined) {
      if (known["status"] !== "mitigated" && known["remediatedOn"] === undefined && day !== undefined) records.push({ row, at, record: { id, status: "mitigated", remediatedOn: day } });
      return;
    }
    records.push({ row, at, record: asUpdate(record, known, warn) });
  });
  return finishMachineImport("cyclonedx", "CycloneDX", records, problems, o.isms, vulnerabilities.length);
}
