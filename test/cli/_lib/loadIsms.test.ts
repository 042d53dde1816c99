import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readIsmsLocated, readJsonFast, type IsmsLoadResult } from "../../../src/cli/_lib/loadIsms";
import { STDIN_NAME } from "../../../src/cli/_lib/readIsmsFiles";
import { checkConformity } from "../../../src/index";
import { locatePointer } from "../../../src/model/source/index";
import { arbitraryIsms } from "../../fixtures/arbitraryIsms";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const saas = readFileSync(new URL("../../../examples/saas-company.isms.json", import.meta.url), "utf8");

/** What a command sees of a result: the outcome, the document, the problems and warnings with their places, and the places of the given pointers. */
function seen(result: IsmsLoadResult, pointers: readonly string[]) {
  const sourceMap = result.success ? result.sourceMapFor(pointers) : undefined;
  return {
    success: result.success,
    label: result.label,
    isms: result.success ? result.isms : undefined,
    issues: result.success ? undefined : result.issues,
    unreadable: result.success ? undefined : result.unreadable,
    warnings: result.warnings,
    places: sourceMap === undefined ? undefined : pointers.map((p) => locatePointer(sourceMap, p)),
    files: sourceMap?.files,
  };
}

/** The pointers the conformity findings of a valid document refer to, and a few that are not there. */
function findingRefs(result: IsmsLoadResult): string[] {
  if (!result.success) return [];
  return [...checkConformity(result.isms, { asOf: "2026-11-28" }).findings.flatMap((f) => f.refs), "/risks/0/no-such-field", "/nothing"];
}

describe("reading one JSON file the fast way (validate, check)", () => {
  it("gives what reading with every location gives — the document, warnings and the findings' places — for the SaaS example", () => {
    const files = { "examples/saas-company.isms.json": saas };
    const fast = readJsonFast("examples/saas-company.isms.json", files);
    expect(fast?.success).toBe(true);
    const located = readIsmsLocated("examples/saas-company.isms.json", files);
    const refs = findingRefs(located);
    expect(refs.length).toBeGreaterThan(10);
    expect(seen(fast!, refs)).toEqual(seen(located, refs));
  });

  it("places the warnings as reading with every location does (ids that only look alike), from standard input too", () => {
    const text = JSON.stringify(
      { schemaVersion: "1.0", organization: { name: "Acme" }, people: [{ id: "ada", name: "Ada" }, { id: "Ada", name: "Ada L." }] },
      null,
      2,
    );
    for (const name of ["isms.json", STDIN_NAME]) {
      const fast = readJsonFast("standard input", { [name]: text });
      expect(fast?.warnings.map((w) => [w.code, w.location?.line])).toEqual([["similar_id", 12]]);
      expect(seen(fast!, ["/people/1"])).toEqual(seen(readIsmsLocated("standard input", { [name]: text }), ["/people/1"]));
    }
  });

  it("leaves to the located reading whatever has a problem, a YAML file and a folder, so every problem keeps its place", () => {
    const valid = '{ "schemaVersion": "1.0", "organization": { "name": "Acme" } }';
    expect(readJsonFast("isms.json", { "isms.json": valid })?.success).toBe(true);
    // a key given twice: JSON.parse would keep the last one silently
    const twice = '{ "schemaVersion": "1.0", "organization": { "name": "Acme", "name": "Acme Ltd" } }';
    expect(readJsonFast("isms.json", { "isms.json": twice })).toBeUndefined();
    expect(readIsmsLocated("isms.json", { "isms.json": twice })).toMatchObject({ success: false, issues: [{ code: "duplicate_key", location: { line: 1, column: 61 } }] });
    expect(readJsonFast("isms.json", { "isms.json": '{ "schemaVersion": "1.0" }' })).toBeUndefined();
    expect(readJsonFast("isms.json", { "isms.json": "{ broken" })).toBeUndefined();
    // a byte-order mark: read the fast way too, each place as the located reading has it
    const marked = { "isms.json": `\uFEFF${valid}` };
    expect(seen(readJsonFast("isms.json", marked)!, ["/organization/name"])).toEqual(seen(readIsmsLocated("isms.json", marked), ["/organization/name"]));
    expect(readJsonFast("isms.yaml", { "isms.yaml": valid })).toBeUndefined();
    expect(readJsonFast(STDIN_NAME, { [STDIN_NAME]: 'schemaVersion: "1.0"\n' })).toBeUndefined();
    expect(readJsonFast("dir", { "dir/isms.json": valid, "dir/isms/risks.json": "[]" })).toBeUndefined();
  });

  it("agrees with the located reading on fuzzed documents, valid or not (property)", () => {
    fc.assert(
      fc.property(arbitraryIsms, fc.boolean(), (isms, indent) => {
        const files = { "isms.json": JSON.stringify(isms, null, indent ? 2 : undefined) };
        const located = readIsmsLocated("isms.json", files);
        const fast = readJsonFast("isms.json", files);
        // valid documents take the fast way; the rest are read with every location, as before
        expect(fast === undefined).toBe(!located.success);
        if (fast !== undefined) {
          const pointers = [...findingRefs(located).slice(0, 50), ...located.warnings.map((w) => w.pointer)];
          expect(seen(fast, pointers)).toEqual(seen(located, pointers));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
