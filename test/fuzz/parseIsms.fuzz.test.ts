/**
 * Hostile-input fuzzing of parseIsms: arbitrary JSON and mutations of valid documents. parseIsms may
 * only ever return a document or throw IsmsValidationError; it never hangs and never pollutes a
 * prototype. `npm test` runs a few thousand cases; `npm run fuzz` runs many more (FUZZ_RUNS).
 */
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IsmsValidationError, parseIsms } from "../../src/index";
import { arbitraryIsms } from "../fixtures/arbitraryIsms";
import { smallIsms } from "../fixtures/smallIsms";
import { BREAKING, mutate, seeded, type Mutation } from "./_lib/mutate";

const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
// A timeout only catches a hang: a long run (`npm run fuzz`) gets time in proportion to its runs.
vi.setConfig({ testTimeout: Math.max(120_000, RUNS * 250) });

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

/** The breaking mutations, and two more: a huge array and duplicated ids (valid data, which must not hang), and impossible dates. */
const mutations: Mutation[] = [
  ...BREAKING,
  // huge array
  (doc) => {
    doc.risks = Array.from({ length: 2_000 }, (_, i) => ({ id: `bulk-${i}`, title: "t", ownerId: "nobody" }));
  },
  // duplicated ids
  (doc, pick) => {
    const people = Array.isArray(doc.people) ? doc.people : [];
    if (people.length) people.push({ ...people[pick(people.length - 1)] });
    doc.assets = [...(Array.isArray(doc.assets) ? doc.assets : []), { id: people[0]?.id ?? "dup", name: "dup", type: "other" }];
  },
  // cycles of references (must not hang)
  (doc) => {
    doc.assets = [
      { id: "c1", name: "c1", type: "service", dependsOnAssetIds: ["c2"] },
      { id: "c2", name: "c2", type: "service", dependsOnAssetIds: ["c1"] },
    ];
  },
  // impossible dates and NaN/Infinity in numbers
  (doc, pick) => {
    const dates = ["2026-02-30", "2025-02-29", "2026-00-10", "2026-12-32", "20260101", "2026-1-1", "1899-12-31", "3000-01-01"];
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
        mutate(copy, ops.map((op) => mutations[op]!), pick);
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
