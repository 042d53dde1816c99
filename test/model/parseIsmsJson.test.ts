/**
 * The text entry: `parseIsmsJson(text)` is `parseIsms(JSON.parse(text))` — the same document (keys in
 * the text's order), the same errors — and it completes the tree `JSON.parse` made in place.
 */
import { readFileSync } from "node:fs";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import { assessRisks, buildStatementOfApplicability, checkConformity, IsmsValidationError, parseIsms, parseIsmsJson, safeParseIsms, safeParseIsmsJson } from "../../src/index";
import { compileFastParser, FAIL } from "../../src/model/_lib/compileFastParser";
import { fastParseIsms } from "../../src/model/_lib/fastParseIsms";

const saasText = readFileSync(new URL("../../examples/saas-company.isms.json", import.meta.url), "utf8");
const asOf = "2026-11-28";

/** The same value with every object's keys sorted. */
function sorted(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(sorted);
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
}

describe("parseIsmsJson", () => {
  it("gives the document parseIsms gives for JSON.parse of the text, and the same register, SoA and report from it", () => {
    const viaText = parseIsmsJson(saasText);
    const viaValue = parseIsms(JSON.parse(saasText));
    expect(sorted(viaText)).toStrictEqual(sorted(viaValue));
    const frozenLists = (isms: object) => Object.entries(isms).filter(([, v]) => Array.isArray(v) && Object.isFrozen(v)).map(([k]) => k).sort();
    expect(frozenLists(viaText)).toStrictEqual(frozenLists(viaValue));
    const run = (isms: typeof viaText) => {
      const riskRegister = assessRisks(isms, { asOf });
      const statementOfApplicability = buildStatementOfApplicability(isms);
      return { riskRegister, statementOfApplicability, report: checkConformity(isms, { asOf, riskRegister, statementOfApplicability }) };
    };
    expect(run(viaText)).toStrictEqual(run(viaValue));
  });

  it("takes its fast path for the examples: the in-place validator accepts them and returns the parsed tree itself", () => {
    for (const name of ["saas-company", "startup"]) {
      const tree = JSON.parse(readFileSync(new URL(`../../examples/${name}.isms.json`, import.meta.url), "utf8")) as object;
      const fast = fastParseIsms(tree, "in-place");
      expect(fast, name).toBeDefined();
      expect(fast!.data).toBe(tree);
    }
  });

  it("keeps the text's key order and adds the defaults after the keys given", () => {
    const isms = parseIsmsJson('{ "organization": { "name": "Acme" }, "schemaVersion": "1.0", "people": [{ "name": "Ada", "id": "p-1" }] }');
    expect(Object.keys(isms).slice(0, 3)).toStrictEqual(["organization", "schemaVersion", "people"]);
    expect(Object.keys(isms.people[0]!).slice(0, 2)).toStrictEqual(["name", "id"]);
    expect(isms.people[0]!.status).toBe("active");
    expect(isms.risks).toStrictEqual([]);
  });

  it("says that text is not JSON with one invalid_json issue, and skips a byte order mark", () => {
    const result = safeParseIsmsJson('{ "schemaVersion": "1.0", ');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(IsmsValidationError);
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({ pointer: "", code: "invalid_json" });
    expect(result.error.issues[0]!.message).toMatch(/^not valid JSON: /);
    expect(() => parseIsmsJson("")).toThrow(IsmsValidationError);
    expect(parseIsmsJson(`\ufeff${saasText}`).organization.name).toBe(parseIsms(JSON.parse(saasText)).organization.name);
    // Not a string at all (a caller without types): a typed error too.
    expect(() => parseIsmsJson(42 as unknown as string)).toThrow(IsmsValidationError);
  });

  it("answers text nested 200,000 deep with the issues safeParseIsms gives, without overflowing the stack", () => {
    const deep = (n: number) => `${'{"a":'.repeat(n)}1${"}".repeat(n)}`;
    for (const text of [
      `{ "schemaVersion": "1.0", "organization": { "name": "Acme", "extensions": { "acme:x": ${deep(200_000)} } } }`,
      `{ "schemaVersion": "1.0", "organization": { "name": ${deep(200_000)} } }`,
      "[".repeat(200_000) + "]".repeat(200_000),
    ]) {
      const result = safeParseIsmsJson(text);
      const reference = safeParseIsms(JSON.parse(text));
      expect(result.success).toBe(false);
      if (!result.success && !reference.success) expect(result.error.issues).toStrictEqual(reference.error.issues);
    }
  });

  it("leaves a document to the slow path while Object.prototype has an enumerable key, and answers as safeParseIsms does", () => {
    // The smallest document: a root and an organization, which both have `extensions`.
    const texts = [saasText, '{"schemaVersion":"1.0","organization":{"name":"Acme"}}'];
    const clean = texts.map((text) => safeParseIsmsJson(text));
    for (const text of texts) expect(fastParseIsms(JSON.parse(text), "in-place")).toBeDefined();
    // A polluted prototype: an enumerable key every record inherits (a field every record has, a
    // field some have, a key no schema knows). The in-place check counts a record's keys without
    // asking whose they are, so with `extensions` inherited it would take the smallest document as
    // complete and return a tree whose records do not own what they show.
    for (const key of ["extensions", "notes", "unknownField"]) {
      Object.defineProperty(Object.prototype, key, { value: key === "extensions" ? {} : "polluted", enumerable: true, configurable: true, writable: true });
      try {
        // The in-place check is not even started: it does not read the tree.
        const tree = JSON.parse(texts[1]!) as Record<string, unknown>;
        let read = false;
        Object.defineProperty(tree, "schemaVersion", { get: () => ((read = true), "1.0"), enumerable: true });
        expect(fastParseIsms(tree, "in-place"), key).toBeUndefined();
        expect(read, key).toBe(false);
        for (const text of texts) {
          expect(fastParseIsms(JSON.parse(text), "in-place"), key).toBeUndefined();
          const viaText = safeParseIsmsJson(text);
          const viaValue = safeParseIsms(JSON.parse(text));
          expect(viaText.success, key).toBe(viaValue.success);
          if (!viaText.success && !viaValue.success) expect(viaText.error.issues).toStrictEqual(viaValue.error.issues);
          if (viaText.success && viaValue.success) expect(sorted(viaText.data)).toStrictEqual(sorted(viaValue.data));
        }
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    }
    expect(texts.map((text) => safeParseIsmsJson(text))).toStrictEqual(clean);
  });

  it("refuses JSON that is not an object as safeParseIsms does", () => {
    for (const text of ["[]", "null", "3", '"isms"']) {
      const result = safeParseIsmsJson(text);
      const reference = safeParseIsms(JSON.parse(text));
      expect(result.success).toBe(false);
      if (!result.success && !reference.success) expect(result.error.issues).toStrictEqual(reference.error.issues);
    }
  });

  it("gives an invalid document's issues and warnings exactly as safeParseIsms does, though its fast pass had begun to complete the tree", () => {
    const doc = JSON.parse(saasText) as { risks: { ownerId?: string }[]; people: { id: string }[] };
    // A valid start (defaults already filled in place for the first collections), then a dangling reference.
    doc.risks[doc.risks.length - 1]!.ownerId = "nobody";
    doc.people.push({ ...doc.people[0]!, id: "P-1" } as never);
    doc.people.push({ ...doc.people[0]!, id: "p-1" } as never);
    const text = JSON.stringify(doc);
    const result = safeParseIsmsJson(text);
    const reference = safeParseIsms(JSON.parse(text));
    expect(result.success).toBe(false);
    if (result.success || reference.success) return;
    expect(result.error.issues).toStrictEqual(reference.error.issues);
    expect(result.error.issues.some((issue) => issue.code === "dangling_reference")).toBe(true);
    expect(result.warnings).toStrictEqual(reference.warnings);
    expect(result.warnings.length).toBeGreaterThan(0);
  });
});

describe("the in-place fast parser", () => {
  it("completes the input itself as zod would build its output: defaults, stripped keys, transformed subtrees, frozen lists", () => {
    const schema = z.strictObject({
      a: z.string(),
      list: z.array(z.strictObject({ n: z.number(), tags: z.array(z.string()).default([]) })).readonly(),
      loose: z.object({ keep: z.boolean() }),
      upper: z.string().transform((s) => s.toUpperCase()).optional(),
      gone: z.string().optional(),
    });
    const parse = compileFastParser(schema, "in-place");
    const input = { a: "x", list: [{ n: 1 }, { n: 2, tags: ["t"] }], loose: { keep: true, extra: 1 }, upper: "abc" };
    const expected = schema.parse(structuredClone(input));
    const out = parse(input);
    expect(out).toBe(input);
    expect(out).toStrictEqual(expected);
    expect(Object.isFrozen((out as { list: unknown }).list)).toBe(true);
    expect(Object.keys((out as { loose: object }).loose)).toStrictEqual(["keep"]);
    // A key the strict shape does not know, or a wrong value deep inside: FAIL.
    expect(parse({ ...structuredClone(input), other: 1 })).toBe(FAIL);
    expect(parse({ a: "x", list: [{ n: "1" }], loose: { keep: true } })).toBe(FAIL);
    expect(parse({ list: [], loose: { keep: true } })).toBe(FAIL);
  });
});
