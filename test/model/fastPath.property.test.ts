/**
 * The fast and the slow validation paths agree: on every generated document and every mutation of
 * one, the compiled fast path (`fastParseIsms`) accepts exactly what zod and the integrity checks
 * (`slowParseIsms`) accept, and gives the identical document (same keys in the same order, same
 * values, same frozen arrays). The text entry (`safeParseIsmsJson`), whose fast path completes the
 * tree `JSON.parse` made in place, agrees with both on the same document as JSON text: same
 * accept/reject, the same document (keys in the text's order), the same issues and warnings.
 * `npm test` runs a few thousand documents; `npm run fuzz` (FUZZ_RUNS=20000) runs twenty thousand.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileFastParser, FAIL } from "../../src/model/_lib/compileFastParser";
import { fastParseIsms, integrityScanner, shapeParser } from "../../src/model/_lib/fastParseIsms";
import { scanIntegrity } from "../../src/model/_lib/scanIntegrity";
import { IsmsSchema } from "../../src/model/IsmsSchema";
import { findIdWarnings } from "../../src/model/_lib/findIdWarnings";
import { slowParseIsms } from "../../src/model/_lib/slowParseIsms";
import { safeParseIsms } from "../../src/model/safeParseIsms";
import { safeParseIsmsJson } from "../../src/model/safeParseIsmsJson";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";

const RUNS = Number(process.env.FUZZ_RUNS ?? 1_000);
/** Long runs (`npm run fuzz`) take about 10 ms a document on a loaded 2-core machine. */
const TIMEOUT = 120_000 + RUNS * 20;
const examples = ["saas-company", "startup"].map((name) => JSON.parse(readFileSync(new URL(`../../examples/${name}.isms.json`, import.meta.url), "utf8")) as Record<string, unknown>);

/**
 * The same value with every array and object marked by whether it is frozen, for a comparison that
 * sees freezing; with `sortKeys`, every object's keys sorted (for the text entry, which keeps the
 * text's key order).
 */
function withFrozenMarks(value: unknown, sortKeys = false): unknown {
  if (value === null || typeof value !== "object") return value;
  const frozen = Object.isFrozen(value);
  if (Array.isArray(value)) return { frozen, items: value.map((item) => withFrozenMarks(item, sortKeys)) };
  const entries = Object.entries(value);
  if (sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { frozen, entries: entries.map(([k, v]) => [k, withFrozenMarks(v, sortKeys)]) };
}

function expectAgreement(input: unknown): boolean {
  const slow = slowParseIsms(input as object);
  const result = fastParseIsms(input);
  const fast = result?.data;
  // A document whose ids are all plain draws no id warning: safeParseIsms then skips looking for them.
  if (result?.plainIds) expect(findIdWarnings(input)).toEqual([]);
  expect(fast !== undefined, slow.success ? "the fast path refused a valid document" : "the fast path accepted an invalid document").toBe(slow.success);
  if (slow.success && fast !== undefined) expect(withFrozenMarks(fast)).toStrictEqual(withFrozenMarks(slow.data));
  // The text entry, on the same document as JSON text.
  const text = JSON.stringify(input);
  const viaText = safeParseIsmsJson(text);
  const viaValue = safeParseIsms(JSON.parse(text));
  expect(viaText.success, "the text entry and safeParseIsms disagree").toBe(viaValue.success);
  expect(viaText.warnings).toStrictEqual(viaValue.warnings);
  if (viaText.success && viaValue.success) expect(withFrozenMarks(viaText.data, true)).toStrictEqual(withFrozenMarks(viaValue.data, true));
  if (!viaText.success && !viaValue.success) expect(viaText.error.issues).toStrictEqual(viaValue.error.issues);
  // The shape check is code generated from the schema: in both modes it decides as the closures
  // compiled from the same schema do, and gives the same document (keys in the same order).
  expectSameAsClosures(input, "copy");
  expectSameAsClosures(JSON.parse(text), "in-place", () => JSON.parse(text));
  // …and it answers a valid document on its fast path: a fast path that refused everything would agree too, slowly.
  expect(fastParseIsms(JSON.parse(text), "in-place") !== undefined, "the in-place fast path refused a valid document").toBe(viaValue.success);
  return slow.success;
}

/** The generated shape check and the closures, on the same value (a fresh copy of it for each, in place). */
function expectSameAsClosures(input: unknown, mode: "copy" | "in-place", fresh: () => unknown = () => input): void {
  const byCode = shapeParser(mode)(mode === "in-place" ? fresh() : input);
  const byClosures = compileFastParser(IsmsSchema, mode)(fresh());
  expect(byCode === FAIL, `the generated ${mode} parser and the closures disagree`).toBe(byClosures === FAIL);
  if (byCode !== FAIL && byClosures !== FAIL) {
    // Compared as text first (fast: thousands of documents in every run), as marked values when they differ (a readable diff).
    if (fingerprint(byCode) !== fingerprint(byClosures)) expect(withFrozenMarks(byCode)).toStrictEqual(withFrozenMarks(byClosures));
    // …and on a document of valid shape, the integrity scan written as code answers as scanIntegrity does.
    expect(scan(byCode), "the generated integrity scan and scanIntegrity disagree").toStrictEqual(scanIntegrity(byCode));
  }
}
const scan = integrityScanner();

/** A value as text that keeps what JSON drops: which arrays and objects are frozen, `undefined` fields, -0; keys in their order. */
function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => {
    if (v === undefined) return "\u0000undefined";
    if (typeof v === "number" && Object.is(v, -0)) return "\u0000-0";
    if (v !== null && typeof v === "object" && Object.isFrozen(v)) return Array.isArray(v) ? ["\u0000frozen", ...v] : { "\u0000frozen": true, ...v };
    return v;
  });
}

const weird = [null, true, 0, -1, 1.5, 1e308, "", " ", "x", "P-1", "p\u200b-1", "ｐ-1", "2026-02-30", "2026-02-28", "5.1", "8.35", "p-1", [], {}, [1], ["x"], { id: "x" }, "__proto__"];

/** A mutation: a path into the document (indices as numbers) and what to do there. */
const arbitraryMutation = fc.record({
  depth: fc.nat(6),
  choices: fc.array(fc.nat(1_000), { minLength: 7, maxLength: 7 }),
  action: fc.constantFrom("replace", "delete", "add-key", "duplicate", "swap-id"),
  value: fc.constantFrom(...weird),
  key: fc.constantFrom("extra", "id", "ownerId", "__proto__", "status", "applicable", "controlIds"),
});

type Mutation = typeof arbitraryMutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let parent: any = copy;
  let key: string | number | undefined;
  for (let i = 0; i <= m.depth; i++) {
    const here = key === undefined ? parent : parent[key];
    if (here === null || typeof here !== "object") break;
    const keys = Object.keys(here);
    if (keys.length === 0) break;
    const next = keys[m.choices[i]! % keys.length]!;
    if (key !== undefined) parent = parent[key];
    key = Array.isArray(parent) ? Number(next) : next;
  }
  if (key === undefined) return copy;
  switch (m.action) {
    case "replace":
      parent[key] = structuredClone(m.value);
      break;
    case "delete":
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case "add-key": {
      const target = parent[key];
      if (target !== null && typeof target === "object" && !Array.isArray(target)) Object.defineProperty(target, m.key, { value: structuredClone(m.value), enumerable: true, configurable: true, writable: true });
      break;
    }
    case "duplicate":
      if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]));
      break;
    case "swap-id": {
      const target = parent[key];
      if (target !== null && typeof target === "object" && "id" in target) (target as { id: unknown }).id = m.value === "" ? "5.1" : typeof m.value === "string" ? m.value : "p-1";
      break;
    }
  }
  return copy;
}

describe("the fast and slow validation paths", () => {
  it("agree on the examples and on generated documents, valid and invalid alike", () => {
    for (const example of examples) expect(expectAgreement(example)).toBe(true);
    let valid = 0;
    fc.assert(
      fc.property(arbitraryIsms, (doc) => {
        if (expectAgreement(doc)) valid++;
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
    expect(valid).toBeGreaterThan(0);
  }, TIMEOUT);

  it("agree on mutations of the examples and of generated documents", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...examples), arbitraryIsms), fc.array(arbitraryMutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        let doc: unknown = base;
        for (const m of mutations) doc = mutate(doc, m);
        if (expectAgreement(doc)) accepted++;
        else rejected++;
      }),
      { numRuns: RUNS },
    );
    // Both paths were exercised: some mutants stay valid (a new key in extensions, a harmless value), most do not.
    expect(accepted).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(RUNS / 4);
  }, TIMEOUT);

  it("agree, generated code and closures, on values only code makes: undefined fields, holes, inherited and hidden keys, getters", () => {
    const startup = examples[1]!;
    const variants: [string, (doc: any) => unknown][] = [
      ["an optional field present as undefined", (doc) => { doc.risks[0].description = undefined; return doc; }],
      ["a required field present as undefined", (doc) => { doc.risks[0].title = undefined; return doc; }],
      ["a defaulted list present as undefined", (doc) => { doc.evidence[0].clauseIds = undefined; return doc; }],
      ["a collection present as undefined", (doc) => { doc.assets = undefined; return doc; }],
      ["a hole in a list of records", (doc) => { doc.people.length += 1; return doc; }],
      ["a hole in a list of ids", (doc) => { doc.evidence[0].controlIds = [, "5.1"]; return doc; }],
      ["a field inherited, not own", (doc) => { const { title, ...rest } = doc.risks[0]; doc.risks[0] = Object.assign(Object.create({ title }), rest); return doc; }],
      ["a field not enumerable", (doc) => { Object.defineProperty(doc.risks[0], "title", { value: doc.risks[0].title, enumerable: false }); return doc; }],
      ["a field behind a getter", (doc) => { const title = doc.risks[0].title; delete doc.risks[0].title; Object.defineProperty(doc.risks[0], "title", { get: () => title, enumerable: true }); return doc; }],
      ["a record that is a Date", (doc) => { doc.people[0] = new Date(0); return doc; }],
      ["a record that is a class instance", (doc) => { doc.people[0] = Object.assign(new (class Person {})(), doc.people[0]); return doc; }],
      ["a record with a null prototype", (doc) => { doc.people[0] = Object.assign(Object.create(null), doc.people[0]); return doc; }],
    ];
    let accepted = 0;
    for (const [what, change] of variants) {
      const doc = change(structuredClone(startup));
      const byClosures = compileFastParser(IsmsSchema, "copy")(doc);
      if (byClosures !== FAIL) accepted++;
      const byCode = shapeParser("copy")(doc);
      expect(byCode === FAIL, what).toBe(byClosures === FAIL);
      if (byCode !== FAIL) expect(withFrozenMarks(byCode), what).toStrictEqual(withFrozenMarks(byClosures));
      // Never accepted when zod refuses; refused, the slow path answers (zod reads an inherited field, the fast path does not).
      const slow = slowParseIsms(doc as object);
      if (fastParseIsms(doc) !== undefined) expect(slow.success, what).toBe(true);
      expect(safeParseIsms(doc).success, what).toBe(slow.success);
    }
    expect(accepted).toBeGreaterThan(3);
  });

  it("refuse, both, every kind of integrity problem: a completed audit with no day, assets that depend on each other or on themselves, date-times out of order as instants", () => {
    const startup = examples[1]!;
    const variants: [string, (doc: any) => void][] = [
      ["completed audit without performedOn", (doc) => { doc.audits[0].status = "completed"; delete doc.audits[0].performedOn; }],
      ["asset cycle", (doc) => { doc.assets.find((a: { id: string }) => a.id === "bp-a-db").dependsOnAssetIds = ["bp-a-app"]; }],
      ["asset depending on itself", (doc) => { doc.assets.find((a: { id: string }) => a.id === "bp-a-aws").dependsOnAssetIds = ["bp-a-aws"]; }],
    ];
    const incident = (detectedAt: string, containedAt: string) => (doc: any) => {
      doc.incidents = [{ id: "inc-x", title: "Phishing", severity: "low", status: "contained", detectedAt, containedAt }];
    };
    // Date-times are instants: 13:00+05:00 is 08:00 UTC, before 09:00 UTC, though it sorts after it as text.
    variants.push(["contained before detected, as instants", incident("2026-01-01T09:00:00+00:00", "2026-01-01T13:00:00+05:00")]);
    for (const [what, change] of variants) {
      const doc = structuredClone(startup);
      change(doc);
      expect(fastParseIsms(doc), what).toBeUndefined();
      expect(slowParseIsms(doc).success, what).toBe(false);
    }
    // … and 08:00+00:00 is after 09:00+05:00 (04:00 UTC), though it sorts before it: both accept.
    const valid = structuredClone(startup);
    incident("2026-01-01T09:00:00+05:00", "2026-01-01T08:00:00+00:00")(valid);
    expect(fastParseIsms(valid)).toBeDefined();
    expect(slowParseIsms(valid).success).toBe(true);
  });

  it("read a measurement's value, a number or a text, as zod's union does: every kind of value, in both modes and from text", () => {
    const base = structuredClone(examples[0]!) as any;
    expect(base.measurements[0].results.length).toBeGreaterThan(0);
    const values: [unknown, boolean][] = [
      [97.5, true], [0, true], [-3, true], [1e15, true], [-1e15, true], ["green", true], ["", true],
      [1e16, false], [-1e16, false], [true, false], [null, false], [[1], false], [{ n: 1 }, false],
    ];
    for (const [value, valid] of values) {
      const doc = structuredClone(base);
      doc.measurements[0].results[0].value = value;
      const what = JSON.stringify(value);
      expect(slowParseIsms(doc).success, what).toBe(valid);
      expect(fastParseIsms(doc) !== undefined, what).toBe(valid);
      expect(shapeParser("in-place")(JSON.parse(JSON.stringify(doc))) !== FAIL, what).toBe(valid);
      expectAgreement(doc);
    }
  });

  it("look a reference up wherever its id comes, before or after it in the document (a forward reference)", () => {
    // people and assets moved after the risks that name them: every owner is a forward reference
    const forward = (change: (doc: any) => void) => {
      const { people, assets, ...rest } = structuredClone(examples[1]!) as any;
      const doc = { ...rest, people, assets };
      change(doc);
      return doc;
    };
    const valid = forward(() => {});
    expect(valid.risks.length).toBeGreaterThan(0);
    expect(fastParseIsms(valid)).toBeDefined();
    expect(slowParseIsms(valid).success).toBe(true);
    const variants: [string, (doc: any) => void][] = [
      ["owner further on, of the wrong kind (an asset)", (doc) => { doc.risks[0].ownerId = doc.assets[0].id; }],
      ["owner named nowhere", (doc) => { doc.risks[0].ownerId = "p-nobody"; }],
      ["an Annex A id as a person", (doc) => { doc.risks[0].ownerId = "5.1"; }],
    ];
    for (const [what, change] of variants) {
      const doc = forward(change);
      expect(fastParseIsms(doc), what).toBeUndefined();
      expect(slowParseIsms(doc).success, what).toBe(false);
    }
  });
});
