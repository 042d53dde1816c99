import { argumentError, readOptions } from "../../core/arguments";
import type { ImportScanOptions } from "../ImportScanOptions";
import { describeValue } from "../../core/describeValue";
import { isIsoDate } from "../../core/isoDate";
import { formatJsonPath, type JsonPath } from "../../core/jsonPointer";
import type { IsmsFragment } from "../mergeIsmsFragment";
import type { ImportProblem } from "../SpreadsheetImport";
import { RECORD_KINDS } from "./recordKinds";
import { finishRecordImport, type PreparedRow } from "./recordImport";

/** The largest machine-format file read: 64 MB, as for spreadsheets. */
const MAX_BYTES = 64_000_000;

type Json = Record<string, unknown>;

/** The JSON document of a machine format: text, bytes (UTF-8) or an object already parsed. */
export function readJsonDocument(input: unknown, fn: string, what: string): Json {
  let value = input;
  if (input instanceof Uint8Array) {
    if (input.byteLength > MAX_BYTES) throw argumentError(fn, ["input"], "too_big", `the file has ${input.byteLength} bytes; at most ${MAX_BYTES} are read`);
    try {
      value = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      throw argumentError(fn, ["input"], "invalid_format", `expected ${what} as UTF-8 JSON; found bytes that are not UTF-8`);
    }
  }
  if (typeof value === "string") {
    if (value.length > MAX_BYTES) throw argumentError(fn, ["input"], "too_big", `the text has ${value.length} characters; at most ${MAX_BYTES} are read`);
    try {
      value = JSON.parse(value.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw argumentError(fn, ["input"], "invalid_format", `expected ${what} (JSON); found text that is not JSON: ${(error as Error).message}`);
    }
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw argumentError(fn, ["input"], "invalid_type", `expected ${what} (a JSON object); found ${describeValue(value)}`);
  return value as Json;
}

/** A small, stable hash of a text (cyrb53), in base 36: ids that stay the same when a file is imported again. */
export function stableHash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36).padStart(11, "0");
}

/** The day of a date or date-time of a machine format (`2026-03-04T09:12:00.123Z` → `2026-03-04`, the day where it was written), or undefined. */
export function dayOfTimestamp(value: unknown): string | undefined {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) return undefined;
  const day = value.slice(0, 10);
  return isIsoDate(day) ? day : undefined;
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
export { text as textOf };

/** A text cut to a length, with an ellipsis. */
export function clip(value: string, max: number): string {
  const one = value.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** A vulnerability read from a machine format, with where it came from in the file. */
export interface MachineRecord {
  /** The number of the finding in the file, from 1, as problems name it. */
  readonly row: number;
  readonly at: JsonPath;
  readonly record: Json;
}

/**
 * Checks the vulnerabilities read from a machine format as every import checks its rows — all or
 * nothing — and gives the import's result.
 */
export function finishMachineImport(
  format: "sarif" | "cyclonedx",
  sheet: string,
  records: readonly MachineRecord[],
  problems: ImportProblem[],
  isms: Json | undefined,
  read: number,
) {
  const rows: PreparedRow[] = records.map(({ row, at, record }) => ({
    row,
    record,
    failed: new Set<string>(),
    locate: (path: JsonPath) => ({ place: { field: `${formatJsonPath(at)} → ${formatJsonPath(path)}` }, rest: [] }),
  }));
  const result = finishRecordImport(RECORD_KINDS.vulnerabilities, rows, isms, problems);
  return {
    kind: "vulnerabilities" as const,
    format,
    ok: result.ok,
    fragment: result.fragment as IsmsFragment,
    sheet,
    headerRow: 0,
    columns: [],
    problems: [...result.problems].sort((a, b) => a.row - b.row),
    rows: { read, imported: result.imported, skipped: read - result.imported },
  };
}

/**
 * A finding a scan reports again, as an update of the vulnerability the ISMS has with its id: the
 * day it was first found is kept (the remediation clock does not restart), a vulnerability marked
 * remediated is reopened, one accepted stays accepted.
 */
export function asUpdate(record: Json, existing: Json | undefined, warn: (message: string) => void): Json {
  if (existing === undefined) return record;
  const { identifiedOn: _, ...update } = record;
  const kept = existing["identifiedOn"] === undefined ? record : update;
  if (existing["status"] === "mitigated" || existing["remediatedOn"] !== undefined) {
    warn(`vulnerability ${String(existing["id"])} was marked remediated${typeof existing["remediatedOn"] === "string" ? ` on ${existing["remediatedOn"]}` : ""}, and the scan finds it again: reopened`);
    return { ...kept, status: "open", remediatedOn: undefined };
  }
  return kept;
}

/** Reads and checks the options both scan imports share. */
export function readScanOptions(options: ImportScanOptions | undefined, fn: string, prefix: string) {
  const given = readOptions(options, fn);
  const ids = (key: "assetIds" | "riskIds") => {
    const value = given[key];
    if (value === undefined) return undefined;
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v.trim() !== "")) throw argumentError(fn, ["options", key], "invalid_type", `expected a list of ids; found ${describeValue(value)}`);
    return [...value];
  };
  if (given.identifiedOn !== undefined && !isIsoDate(given.identifiedOn)) throw argumentError(fn, ["options", "identifiedOn"], "invalid_format", `expected a date YYYY-MM-DD that exists; found ${describeValue(given.identifiedOn)}`);
  const idPrefix = given.idPrefix ?? prefix;
  if (typeof idPrefix !== "string" || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(idPrefix)) throw argumentError(fn, ["options", "idPrefix"], "invalid_value", `expected letters, digits, dots, dashes or underscores (at most 40); found ${describeValue(idPrefix)}`);
  const isms = given.isms;
  if (isms !== undefined && (isms === null || typeof isms !== "object" || Array.isArray(isms))) throw argumentError(fn, ["options", "isms"], "invalid_type", `expected an ISMS document; found ${describeValue(isms)}`);
  return { assetIds: ids("assetIds"), riskIds: ids("riskIds"), identifiedOn: given.identifiedOn, idPrefix, allResults: given.allResults === true, isms: isms as Json | undefined };
}
