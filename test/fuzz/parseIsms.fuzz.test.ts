/**
 * Hostile-input fuzzing of parseIsms: arbitrary JSON and mutations of valid documents. parseIsms may
 * only ever return a document or throw IsmsValidationError; it never hangs and never pollutes a
 * prototype. `npm test` runs a few thousand cases; `npm run fuzz` runs many more (FUZZ_RUNS).
 */
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { IsmsValidationError, parseIsms } from "../../src/index";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { smallIsms } from "../fixtures/smallIsms";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);

/** parseIsms's whole contract on hostile input: a value, or IsmsValidationError with issues. */
function expectValueOrValidationError(input: unknown): void {
  let result: unknown;
  try {
    result = parseIsms(input);
  } catch (error) {
    if (!(error instanceof IsmsValidationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(typeof issue.pointer).toBe("string");
      expect(typeof issue.message).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
    }
    return;
  }
  expect(typeof result).toBe("object");
}

const pollutionProbes = ["polluted", "isAdmin", "x"];
afterEach(() => {
  for (const key of pollutionProbes) {
    expect(Object.prototype).not.toHaveProperty(key);
    expect(Array.prototype).not.toHaveProperty(key);
  }
});

/** A seeded integer source: `pick(n)` is a whole number from 0 to n inclusive. */
type Pick = (n: number) => number;
function seeded(seed: number): Pick {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (n + 1));
  };
}

type Mutation = (doc: any, pick: Pick) => void;

/** Every object and array inside a value, with the key that holds it. */
function containers(value: unknown): { parent: any; key: string | number }[] {
  const out: { parent: any; key: string | number }[] = [];
  const stack = [value];
  const seen = new Set<unknown>();
  while (stack.length) {
    const v = stack.pop();
    if (v && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      for (const [k, child] of Object.entries(v)) {
        out.push({ parent: v, key: Array.isArray(v) ? Number(k) : k });
        stack.push(child);
      }
    }
  }
  return out;
}

const weird: unknown[] = [
  null, true, 0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY, "", " ", "x".repeat(100_000), "2026-02-30", "9999-99-99",
  [], {}, [[[[[]]]]], { __proto__: { polluted: true } }, "__proto__", "constructor", "5.1", "8.35", "\u0000", "😀".repeat(1000),
];

const mutations: Mutation[] = [
  // wrong type somewhere
  (doc, pick) => {
    const places = containers(doc);
    const p = places[pick(places.length - 1)];
    if (p) p.parent[p.key] = weird[pick(weird.length - 1)];
  },
  // missing field
  (doc, pick) => {
    const places = containers(doc).filter((p) => !Array.isArray(p.parent));
    const p = places[pick(places.length - 1)];
    if (p) delete p.parent[p.key];
  },
  // extra field, including prototype-ish keys
  (doc, pick) => {
    const places = containers(doc).filter((p) => p.parent[p.key] && typeof p.parent[p.key] === "object" && !Array.isArray(p.parent[p.key]));
    const p = places[pick(places.length - 1)];
    const key = ["__proto__", "constructor", "prototype", "extra", "toString"][pick(4)]!;
    if (p) Object.defineProperty(p.parent[p.key], key, { value: { polluted: true, isAdmin: true }, enumerable: true, configurable: true, writable: true });
  },
  // huge array
  (doc) => {
    doc.risks = Array.from({ length: 2_000 }, (_, i) => ({ id: `bulk-${i}`, title: "t", ownerId: "nobody" }));
  },
  // deep nesting in free-form data and in the schema's places
  (doc, pick) => {
    let deep: unknown = {};
    for (let i = 0; i < 2_000; i++) deep = pick(1) ? [deep] : { a: deep };
    if (pick(1)) doc.extensions = { deep };
    else doc.risks = deep;
  },
  // object cycles
  (doc) => {
    const a: any = { id: "cyc" };
    a.self = a;
    doc.extensions = { a };
    doc.people = [a, a];
  },
  // duplicated ids
  (doc, pick) => {
    const people = Array.isArray(doc.people) ? doc.people : [];
    if (people.length) people.push({ ...people[pick(people.length - 1)] });
    doc.assets = [...(Array.isArray(doc.assets) ? doc.assets : []), { id: people[0]?.id ?? "dup", name: "dup", type: "other" }];
  },
  // cycles of references (valid data: must not hang)
  (doc) => {
    doc.assets = [
      { id: "c1", name: "c1", type: "service", dependsOnAssetIds: ["c2"] },
      { id: "c2", name: "c2", type: "service", dependsOnAssetIds: ["c1"] },
    ];
  },
  // impossible dates and NaN/Infinity in numbers
  (doc, pick) => {
    const dates = ["2026-02-30", "2025-02-29", "2026-00-10", "2026-12-32", "20260101", "2026-1-1"];
    doc.evidence = [...(Array.isArray(doc.evidence) ? doc.evidence : []), { id: "ev-x", title: "x", kind: "log", collectedOn: dates[pick(dates.length - 1)] }];
    doc.organization = { ...(doc.organization ?? {}), employees: [Number.NaN, Number.POSITIVE_INFINITY, -0.5][pick(2)] };
  },
];

describe("parseIsms under fuzzing", () => {
  it("arbitrary JSON values give a document or IsmsValidationError", () => {
    fc.assert(fc.property(fc.jsonValue(), expectValueOrValidationError), { numRuns: RUNS * 2 });
  });

  it("arbitrary JSON objects with ISMS-like keys give a document or IsmsValidationError", () => {
    const keys = fc.constantFrom("schemaVersion", "organization", "risks", "people", "controls", "extensions", "__proto__", "constructor", "id", "ownerId");
    fc.assert(fc.property(fc.dictionary(keys, fc.jsonValue({ maxDepth: 4 })), expectValueOrValidationError), { numRuns: RUNS * 2 });
  });

  it("mutations of valid documents give a document or IsmsValidationError", () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryIsms, fc.constant(smallIsms())), fc.array(fc.nat(mutations.length - 1), { minLength: 1, maxLength: 4 }), fc.integer(), (doc, ops, seed) => {
        const copy = structuredClone(doc);
        const pick = seeded(seed);
        for (const op of ops) mutations[op]!(copy, pick);
        expectValueOrValidationError(copy);
      }),
      { numRuns: RUNS },
    );
  });

  it("never mutates what it is given, even when it rejects it", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = JSON.stringify(value);
        try {
          parseIsms(value);
        } catch {
          // rejected: fine
        }
        expect(JSON.stringify(value)).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });
});
