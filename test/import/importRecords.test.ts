import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseIsms, type Isms } from "../../src/index";
import { importRecords, mergeIsmsFragment, operationalRecordKinds, type OperationalRecordKind } from "../../src/import/index";
import { conformantIsms } from "../conformity/_fixtures/conformantIsms";
import { deepFreeze } from "../_lib/deepFreeze";
import { thrownIssues } from "../_lib/thrownIssues";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/secops/${name}`, import.meta.url), "utf8");
const isms = deepFreeze(parseIsms(conformantIsms()));
const lines = (result: ReturnType<typeof importRecords>) => result.problems.map((p) => `${p.severity} ${p.row}${p.column ? ` ${p.column}` : ""} ${p.field}: ${p.message}`);

describe("importRecords from a sheet", () => {
  it("reads an identity provider's export: header below a title, columns by their export names, names and e-mails read as ids, every bad cell at once", () => {
    const result = importRecords("accounts", fixture("idp-accounts.csv"), { isms });
    expect(result.headerRow).toBe(2);
    expect(result.columns.map((c) => `${c.column} ${c.header} → ${c.field ?? c.how}`)).toEqual([
      "A Object ID → id",
      "B Application → systemId",
      "C User principal name → username",
      "D Display name → personId",
      "E Privilege level → privilege",
      "F MFA registered → mfa",
      "G Last sign-in → lastUsedOn",
      "H Created date → createdOn",
      "I Account enabled → ignored",
    ]);
    expect(lines(result)).toEqual([
      'error 6 D personId: no person with id "Contractor Smith"',
      'error 6 E privilege: expected one of "standard", "privileged"; found "Admin"',
      'error 6 F mfa: expected yes or no (true, false, x …); found "Maybe"',
      'error 6 G lastUsedOn: expected a date YYYY-MM-DD (or DD.MM.YYYY) that exists; found "27/11/2026"',
    ]);
    expect(result).toMatchObject({ ok: false, fragment: {}, rows: { read: 4, imported: 0, skipped: 4 } });

    const fixed = importRecords("accounts", fixture("idp-accounts.csv").replace("Contractor Smith,Admin,Maybe,27/11/2026", "Dev Person,Standard,No,27.11.2026"), { isms });
    expect(fixed).toMatchObject({ ok: true, problems: [], rows: { read: 4, imported: 4, skipped: 0 } });
    expect(fixed.fragment.accounts).toEqual([
      { id: "acc-it", systemId: "sys-cloud", username: "it.admin@tiny.example", personId: "p-it", privilege: "privileged", mfa: true, lastUsedOn: "2026-11-26", createdOn: "2024-01-02" },
      { id: "acc-soc", systemId: "sys-cloud", username: "soc.analyst@tiny.example", personId: "p-soc", privilege: "standard", mfa: true, lastUsedOn: "2026-11-27", createdOn: "2026-04-01" },
      { id: "acc-hire", systemId: "sys-app", username: "new.hire@tiny.example", personId: "p-dev", privilege: "standard", mfa: false, createdOn: "2026-11-20" },
      { id: "acc-x", systemId: "sys-app", username: "x@tiny.example", personId: "p-dev", privilege: "standard", mfa: false, lastUsedOn: "2026-11-27", createdOn: "2026-11-02" },
    ]);
    // acc-it is updated field by field; the others are added.
    const merged = parseIsms(mergeIsmsFragment(isms, fixed.fragment));
    expect(merged.accounts.find((a) => a.id === "acc-it")).toMatchObject({ approvedById: "p-ceo", username: "it.admin@tiny.example" });
    expect(merged.accounts).toHaveLength(isms.accounts.length + 2);
  });

  it("reads a scanner's export: CVSS version from the score's header, hosts as assets, statuses in any case", () => {
    const result = importRecords("vulnerabilities", fixture("scanner-vulnerabilities.csv"), { isms });
    expect(result.ok).toBe(true);
    expect(result.fragment.vulnerabilities?.[0]).toEqual({
      id: "F-1001",
      name: "OpenSSL 3.0.x < 3.0.7 Multiple Vulnerabilities",
      assetIds: ["a-1"],
      severity: "high",
      identifiedOn: "2026-11-02",
      status: "open",
      cve: "CVE-2022-3602",
      cvss: { score: 7.5, version: "3.1" },
    });
    expect(result.fragment.vulnerabilities?.map((v) => [v.id, v["dueOn"], v["status"]])).toEqual([
      ["F-1001", undefined, "open"],
      ["F-1002", "2027-01-15", "open"],
      ["F-1003", undefined, "mitigated"],
    ]);
    const noVersion = importRecords("vulnerabilities", "Name,CVSS score\nx,5.0\n");
    expect(lines(noVersion)).toEqual([
      "warning 2 id: no id: records without one get new ids (vuln-0001 …); give ids (a ticket or finding number) so that importing again updates them instead of adding them again",
      "error 2 cvss.version: missing required field (expected one of \"3.1\"|\"4.0\"); no column holds cvss.version (name one with columns: { \"cvss.version\": \"…\" })",
    ]);
  });

  it("reads cells for their field: date-times need an offset, enums any case, numbers a comma, lists and JSON cells", () => {
    const csv = [
      "Id,Title,Severity,Status,Detected at,Responders,Notifications,Personal data breach",
      'inc-10,Mailbox takeover,HIGH,Contained,2026-03-04 09:12+0100,"p-soc, p-it","[{""id"":""n1"",""regime"":""gdpr-authority"",""recipient"":""DPA"",""sentAt"":""2026-03-06T17:40:00+01:00""}]",yes',
      "inc-11,Lost laptop,low,open,2026-03-04 09:12,,not json,",
      "inc-12,Phish,medium,open,2026-03-05T10:00:00+14:30,,,",
    ].join("\n");
    const result = importRecords("incidents", csv, { isms });
    expect(lines(result)).toEqual([
      'error 3 E detectedAt: "2026-03-04 09:12" has no offset from UTC, so it names no instant; add it (Z, +01:00 …)',
      'error 3 G notifications: expected JSON (for a list of records: [{…}, {…}]); found "not json"',
      'error 4 E detectedAt: expected a date-time that exists, with an offset from −12:00 to +14:00; found "2026-03-05T10:00:00+14:30"',
    ]);
    const fixed = importRecords("incidents", csv.split("\n").slice(0, 2).join("\n"), { isms });
    expect(fixed.fragment.incidents).toEqual([
      {
        id: "inc-10",
        title: "Mailbox takeover",
        severity: "high",
        status: "contained",
        personalDataBreach: true,
        detectedAt: "2026-03-04T09:12:00+01:00",
        responderIds: ["p-soc", "p-it"],
        notifications: [{ id: "n1", regime: "gdpr-authority", recipient: "DPA", sentAt: "2026-03-06T17:40:00+01:00" }],
      },
    ]);
    const decimals = importRecords("endpointCoverage", "Scope;Checked on;Devices;Malware protected\nLaptops;2026-11-20;12;12,5\n");
    expect(lines(decimals).filter((l) => l.startsWith("error"))).toEqual(['error 2 D malwareProtected: expected a whole number; found "12,5"']);
    expect(importRecords("configurationBaselines", "Name,Target compliance percent,System ids\nCIS,\"97,5\",\"sys-cloud; sys-app\"\n", { isms }).fragment.configurationBaselines).toEqual([
      { id: "cb-0001", name: "CIS", systemIds: ["sys-cloud", "sys-app"], targetCompliancePercent: 97.5 },
    ]);
  });

  it("takes columns named in the options, and says which column a required field lacks", () => {
    const csv = "When,What,Kind of test,Outcome\n2026-05-20,Region loss,Tabletop,Partially met\n";
    const result = importRecords("continuityExercises", csv, { columns: { performedOn: "When", title: "What", type: "C", result: "Outcome" } });
    expect(lines(result)).toEqual([
      "warning 2 id: no id: records without one get new ids (ex-0001 …); give ids (a ticket or finding number) so that importing again updates them instead of adding them again",
      'error 2 kind: missing required field (expected one of "business-continuity"|"disaster-recovery"); no column holds kind (name one with columns: { "kind": "…" })',
    ]);
    expect(thrownIssues(() => importRecords("continuityExercises", csv, { columns: { performedOnn: "When" } }))[0]).toMatch(/^\/options\/columns\/performedOnn unrecognized_keys: unknown field "performedOnn" \(did you mean "performedOn"\?\)/);
  });

  it("gives ids to rows without one (warning once, never an id the ISMS has), and refuses an id used twice", () => {
    const result = importRecords("timeSources", "Name,Reference\nA,NTP\nB,NTP\n", { isms: { ...isms, timeSources: [{ id: "ts-0001", name: "x", reference: "y" }] } });
    expect(result.fragment.timeSources?.map((t) => t.id)).toEqual(["ts-0002", "ts-0003"]);
    expect(result.problems.filter((p) => p.severity === "warning")).toHaveLength(1);
    expect(lines(importRecords("timeSources", "Id,Name,Reference\nts-a,A,NTP\nts-a,B,NTP\n"))).toEqual(["error 3 A id: time source ts-a is already in row 2; give each its own id"]);
  });

  it("puts the services of the business impact analysis into it", () => {
    const result = importRecords("businessServices", "Id,Service,Criticality,RTO,RPO\nsvc-2,Billing,high,480,60\n", { isms });
    expect(result.fragment).toEqual({ "businessImpactAnalysis/services": [{ id: "svc-2", name: "Billing", criticality: "high", rtoMinutes: 480, rpoMinutes: 60 }] });
    const merged = parseIsms(mergeIsmsFragment(isms, result.fragment));
    expect(merged.businessImpactAnalysis?.services.map((s) => s.id)).toEqual(["svc-1", "svc-2"]);
    expect(merged.businessImpactAnalysis?.performedOn).toBe("2026-03-15");
  });
});

describe("importRecords from JSON lines", () => {
  it("adds log reviews to their log sources, by id or name, leaving out those recorded already", () => {
    const result = importRecords("logReviews", fixture("log-reviews.jsonl"), { isms });
    expect(result).toMatchObject({ ok: true, format: "jsonl", sheet: "JSON lines", rows: { read: 3, imported: 2, skipped: 1 } });
    expect(lines(result)).toEqual(["warning 3 reviews: the log source log-app has this log review already; not added again"]);
    const merged = parseIsms(mergeIsmsFragment(isms, result.fragment));
    expect(merged.logSources.map((l) => l.reviews.map((r) => `${r.performedOn} ${r.reviewerId}`))).toEqual([
      ["2026-11-25 p-soc", "2026-11-27 p-soc"],
      ["2026-11-17 p-soc", "2026-11-24 p-soc", "2026-11-27 p-soc"],
    ]);
  });

  it("reports each line that is not a record, each unknown key and each bad reference, by line", () => {
    const jsonl = [
      '{"logSourceId":"log-cloud","performedOn":"2026-11-27","reviewer":"p-soc"}',
      "not json",
      "[1,2]",
      "",
      '{"logSourceId":"log-nowhere","performedOn":"2026-11-27"}',
      '{"logSourceId":"log-app","performedOn":"2026-11-27","reviewerId":"p-nobody"}',
    ].join("\n");
    const result = importRecords("logReviews", jsonl, { isms });
    expect(lines(result)).toEqual([
      'error 1 reviewer: unknown field "reviewer" (did you mean "reviewerId"?)',
      expect.stringMatching(/^error 2 \(line\): not JSON: /),
      "error 3 (line): expected a JSON object (one record); found an array of 2",
      'error 5 logSourceId: no log source with id "log-nowhere" in the ISMS',
      'error 6 reviewerId: no person with id "p-nobody"',
    ]);
    expect(result.fragment).toEqual({});
  });

  it("needs the ISMS for records kept in another, and names unknown kinds and formats", () => {
    expect(thrownIssues(() => importRecords("logReviews", "{}"))).toEqual([
      "/options/isms invalid_type: log reviews are kept in their log source: give the ISMS they go into (options.isms), so that they can be added to it",
    ]);
    expect(thrownIssues(() => importRecords("acounts" as never, ""))[0]).toMatch(/^\/kind invalid_value: expected a kind of operational record \(.*\); found "acounts" \(did you mean "accounts"\?\)$/);
    expect(thrownIssues(() => importRecords("accounts", "", { format: "xml" as never }))).toEqual(['/options/format invalid_value: expected csv, xlsx or jsonl; found "xml"']);
    expect(thrownIssues(() => importRecords("accounts", 42 as never))[0]).toMatch(/^\/input invalid_type: /);
  });
});

/** A document without the records of a kind: the collection emptied, or a child kind's lists. */
function without(doc: Isms, kind: OperationalRecordKind): Isms {
  const info = operationalRecordKinds.find((k) => k.kind === kind)!;
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  if (info.parent !== undefined) {
    for (const parent of copy[info.collection] as Record<string, unknown>[]) parent[info.parent.list] = [];
  } else if (info.collection.includes("/")) (copy["businessImpactAnalysis"] as Record<string, unknown>)["services"] = [];
  else copy[info.collection] = [];
  return copy as Isms;
}

/** The records of a kind, each with its parent's id for a child kind. */
function recordsOf(doc: Isms, kind: OperationalRecordKind): Record<string, unknown>[] {
  const info = operationalRecordKinds.find((k) => k.kind === kind)!;
  const root = doc as unknown as Record<string, unknown>;
  if (info.parent !== undefined) {
    return (root[info.collection] as Record<string, unknown>[]).flatMap((parent) => (parent[info.parent!.list] as Record<string, unknown>[]).map((item) => ({ [info.parent!.key]: parent["id"], ...item })));
  }
  if (info.collection.includes("/")) return doc.businessImpactAnalysis!.services as unknown as Record<string, unknown>[];
  return root[info.collection] as Record<string, unknown>[];
}

/** Records as a CSV the way a spreadsheet would hold them: a column per field, lists joined, lists of records as JSON. */
function toCsv(kind: OperationalRecordKind, records: readonly Record<string, unknown>[]): string {
  const fields = operationalRecordKinds.find((k) => k.kind === kind)!.fields;
  const cell = (record: Record<string, unknown>, name: string, type: string) => {
    const value = name.split(".").reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined), record);
    if (value === undefined) return "";
    const text = type === "JSON" ? JSON.stringify(value) : Array.isArray(value) ? value.join(", ") : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [fields.map((f) => f.name).join(","), ...records.map((r) => fields.map((f) => cell(r, f.name, f.type)).join(","))].join("\n");
}

describe("importRecords: every kind round-trips", () => {
  const doc = parseIsms(conformantIsms());
  const kinds = operationalRecordKinds.map((k) => k.kind).filter((kind) => recordsOf(doc, kind).length > 0);

  it("has records of most kinds in the fixture to try", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(22);
  });

  it.each(kinds)("%s: JSON lines and CSV written from the records import back into the same document", (kind) => {
    const base = without(doc, kind);
    const records = recordsOf(doc, kind);
    for (const [format, text] of [
      ["jsonl", records.map((r) => JSON.stringify(r)).join("\n")],
      ["csv", toCsv(kind, records)],
    ] as const) {
      const result = importRecords(kind, text, { isms: base, format });
      expect(result.problems.filter((p) => p.severity === "error"), `${kind} from ${format}`).toEqual([]);
      expect(parseIsms(mergeIsmsFragment(base, result.fragment)), `${kind} from ${format}`).toEqual(doc);
    }
  });
});

describe("importRecords: nothing is half-imported", () => {
  it("empties the fragment when any row has an error, however many are good, and changes no input", () => {
    const good = Array.from({ length: 50 }, (_, i) => `ts-${i},Source ${i},NTP`);
    const input = deepFreeze({ isms });
    const result = importRecords("timeSources", ["Id,Name,Reference", ...good, "ts-bad,,NTP"].join("\n"), input);
    expect(result).toMatchObject({ ok: false, fragment: {}, rows: { read: 51, imported: 0, skipped: 51 } });
    expect(lines(result)).toEqual(["error 52 B name: missing required field (expected string)"]);
    expect(input.isms.timeSources).toHaveLength(1);
  });
});
