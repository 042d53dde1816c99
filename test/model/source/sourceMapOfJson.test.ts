import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArgumentError } from "../../../src/core/ArgumentError";
import { IsmsSourceError, locatePointer, readIsmsSources, sourceMapOfJson } from "../../../src/model/source/index";
import { arbitraryIsms } from "../../fixtures/arbitraryIsms";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const saas = readFileSync(new URL("../../../examples/saas-company.isms.json", import.meta.url), "utf8");

/** The full map readIsmsSources makes of one JSON file. */
const fullMap = (text: string, file = "isms.json") => readIsmsSources({ [file]: text }).sourceMap;

/** Every pointer of a value, in the order of its text. */
function pointersOf(value: unknown, pointer = ""): string[] {
  const out = [pointer];
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...pointersOf(item, `${pointer}/${i}`)));
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) out.push(...pointersOf(item, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  }
  return out;
}

/** The result of reading a text both ways: the error's issues, or the map's entries. */
function outcome(read: () => { locations: ReadonlyMap<string, unknown> }): unknown {
  try {
    return [...read().locations];
  } catch (error) {
    if (!(error instanceof IsmsSourceError)) throw error;
    return error.issues.map((i) => i.code);
  }
}

describe("sourceMapOfJson", () => {
  it("places every entry exactly as readIsmsSources does, in the same order (the SaaS example, compact and indented)", () => {
    for (const text of [saas, JSON.stringify(JSON.parse(saas)), JSON.stringify(JSON.parse(saas), null, "\t")]) {
      const full = fullMap(text);
      const mine = sourceMapOfJson("isms.json", text, [...full.locations.keys()]);
      expect([...mine.locations]).toEqual([...full.locations]);
      expect(mine.files).toEqual(full.files);
      expect([...mine.parts]).toEqual([...full.parts]);
      expect(mine.plainScalars.size).toBe(0);
    }
  });

  it("holds only the pointers asked for and the entries that contain them; locatePointer gives what the full map gives", () => {
    const full = fullMap(saas);
    const asked = ["/risks/2/ownerId", "/controls/10", "/risks/2/no-such-field", "/nothing/here"];
    const mine = sourceMapOfJson("isms.json", saas, asked);
    // in the order of the text, as the full map has them
    const expected = ["", "/controls", "/controls/10", "/risks", "/risks/2", "/risks/2/ownerId"];
    expect([...mine.locations.keys()]).toEqual([...full.locations.keys()].filter((p) => expected.includes(p)));
    expect(mine.locations.size).toBe(expected.length);
    for (const pointer of asked) expect(locatePointer(mine, pointer)).toEqual(locatePointer(full, pointer));
  });

  it("agrees with readIsmsSources on any JSON value, any indentation and any pointers asked for (property)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(undefined, 1, 2, "\t", " \r\n"), fc.integer({ min: 0, max: 1_000 }), (value, indent, seed) => {
        const text = typeof indent === "string" && indent.includes("\r") ? JSON.stringify(value, null, 1).replace(/\n/g, indent) : JSON.stringify(value, null, indent);
        const full = fullMap(text);
        const all = pointersOf(JSON.parse(text));
        expect([...sourceMapOfJson("isms.json", text, all).locations]).toEqual([...full.locations]);
        const some = all.filter((_, i) => (i * 7919 + seed) % 5 === 0).map((p, i) => (i % 3 === 0 ? `${p}/missing` : p));
        const mine = sourceMapOfJson("isms.json", text, some);
        for (const pointer of some) expect(locatePointer(mine, pointer)).toEqual(locatePointer(full, pointer));
      }),
      { numRuns: RUNS },
    );
  });

  it("places the entries of an ISMS document as readIsmsSources does (fuzzed documents)", () => {
    fc.assert(
      fc.property(arbitraryIsms, (isms) => {
        const text = JSON.stringify(isms, null, 2);
        const full = fullMap(text);
        expect([...sourceMapOfJson("isms.json", text, [...full.locations.keys()]).locations]).toEqual([...full.locations]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it("rejects text JSON.parse rejects, and a key given twice as readIsmsSources reports it; accepts the rest (property)", () => {
    const mutated = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom("", "}", "]", ",", ":", '"', "\\", "x", " ", "\n", "-", "0", "e", "\u0001"))
      .map(([text, at, insert]) => {
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + (at % 2));
      });
    const duplicated = fc.tuple(fc.string({ maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => `{${JSON.stringify(key)}: 1, "k": ${JSON.stringify(value)}, ${JSON.stringify(key)}: 2}`);
    fc.assert(
      fc.property(fc.oneof(mutated, duplicated, fc.json({ maxDepth: 3 })), (text) => {
        const mine = outcome(() => sourceMapOfJson("isms.json", text, pointersOfText(text)));
        let json = true;
        try {
          JSON.parse(text);
        } catch {
          json = false;
        }
        // momoa, under readIsmsSources, lets a raw control character through in a string; JSON.parse is the judge of syntax
        if (!json) expect(mine).toEqual(["syntax_error"]);
        else expect(mine).toEqual(outcome(() => fullMap(text)));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it("reports only the syntax error of text that is not JSON, though a key came twice before it (found by the property above)", () => {
    const text = '{" ":{"":-4.36980749036069e-134,"    ":null,""   #":null," \\"     ":null}}';
    expect(() => JSON.parse(text)).toThrow();
    expect(outcome(() => sourceMapOfJson("isms.json", text, []))).toEqual(["syntax_error"]);
  });

  it("reports a key given twice at the same place, in the same words, as readIsmsSources", () => {
    const text = '{\n  "a": 1,\n  "b": { "c": 1, "c": 2 },\n  "a": 3\n}';
    let theirs: IsmsSourceError | undefined;
    try {
      fullMap(text);
    } catch (error) {
      theirs = error as IsmsSourceError;
    }
    expect(() => sourceMapOfJson("isms.json", text, [])).toThrow(IsmsSourceError);
    try {
      sourceMapOfJson("isms.json", text, []);
    } catch (error) {
      expect((error as IsmsSourceError).issues.map((i) => [i.code, i.message, i.location])).toEqual(theirs!.issues.map((i) => [i.code, i.message, i.location]));
    }
  });

  it("says where text that is not JSON goes wrong", () => {
    const problems = (text: string) => {
      try {
        sourceMapOfJson("isms.json", text, []);
        return [];
      } catch (error) {
        return (error as IsmsSourceError).issues.map((i) => `${i.location.line}:${i.location.column} ${i.message}`);
      }
    };
    expect(problems('{\n  "a": [1, 2,]\n}')).toEqual(['2:14 not valid JSON: unexpected "]"']);
    expect(problems('{"a": tru}')).toEqual(['1:7 not valid JSON: unexpected "t"']);
    expect(problems('{"a": 1')).toEqual(["1:8 not valid JSON: the text ends too early (a { or [ is not closed?)"]);
    expect(problems("[1] 2")).toEqual(['1:5 not valid JSON: unexpected "2"']);
    expect(problems(" \n ")).toEqual(["1:1 the file is empty"]);
    expect(problems('"\\q"')).toEqual(['1:1 not valid JSON: unexpected "\\""']);
    expect(problems("\uFEFF[]")).toEqual([]);
  });

  it("reads a document nested far deeper than any ISMS without overflowing the stack, mapping the first 64 levels as readIsmsSources does", () => {
    const text = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const deep = Array.from({ length: 70 }, (_, i) => `/0`.repeat(i + 1)).at(-1)!;
    const mine = sourceMapOfJson("isms.json", text, [deep]);
    expect(mine.locations.size).toBe(65);
    const shallow = `${"[".repeat(80)}${"]".repeat(80)}`;
    const pointers = Array.from({ length: 80 }, (_, i) => "/0".repeat(i));
    expect([...sourceMapOfJson("isms.json", shallow, pointers).locations]).toEqual([...fullMap(shallow).locations]);
  });

  it("is an ArgumentError when called with something other than a name, a text and pointers", () => {
    expect(() => sourceMapOfJson(1 as unknown as string, "{}", [])).toThrow(ArgumentError);
    expect(() => sourceMapOfJson("isms.json", undefined as unknown as string, [])).toThrow(ArgumentError);
    expect(() => sourceMapOfJson("isms.json", "{}", "/risks" as unknown as string[])).toThrow(ArgumentError);
    expect(() => sourceMapOfJson("isms.json", "{}", ["risks/0"])).toThrow(/JSON Pointers/);
  });
});

/** The pointers of a text JSON.parse reads (none for one it does not). */
function pointersOfText(text: string): string[] {
  try {
    return pointersOf(JSON.parse(text));
  } catch {
    return [""];
  }
}
