import { describe, expect, it } from "vitest";
import { IsmsSourceError, locatePointer, readIsmsSources, type IsmsSourceIssue } from "../../../src/model/source/index";
import { thrownIssues } from "../../_lib/thrownIssues";

const ROOT_YAML = 'schemaVersion: "1.0"\norganization:\n  name: Acme\n';

/** The issues of an IsmsSourceError as `code file:line:column`. */
function sourceIssues(files: Record<string, string>): string[] {
  try {
    readIsmsSources(files);
  } catch (error) {
    if (!(error instanceof IsmsSourceError)) throw error;
    return error.issues.map((i: IsmsSourceIssue) => `${i.code} ${i.pointer} ${i.location.file}:${i.location.line}:${i.location.column}`);
  }
  return [];
}

describe("readIsmsSources", () => {
  it("reads one JSON file and maps every entry to its line and column", () => {
    const text = '{\n  "schemaVersion": "1.0",\n  "organization": { "name": "Acme" },\n  "risks": [\n    { "id": "r-1", "title": "Theft" }\n  ]\n}\n';
    const { input, sourceMap } = readIsmsSources({ "isms.json": text });
    expect(input).toEqual(JSON.parse(text));
    expect(sourceMap.files).toEqual(["isms.json"]);
    expect(sourceMap.locations.get("/organization/name")).toEqual({ file: "isms.json", line: 3, column: 21, endLine: 3, endColumn: 35 });
    expect(sourceMap.locations.get("/risks/0")).toEqual({ file: "isms.json", line: 5, column: 5, endLine: 5, endColumn: 38 });
    expect(sourceMap.locations.get("")?.line).toBe(1);
  });

  it("reads one YAML file (YAML 1.2: dates and yes stay text) and maps every entry", () => {
    const { input, sourceMap } = readIsmsSources({ "isms.yaml": `${ROOT_YAML}risks:\n  - id: r-1\n    title: yes\n    identifiedOn: 2026-01-05\n` });
    expect(input).toEqual({ schemaVersion: "1.0", organization: { name: "Acme" }, risks: [{ id: "r-1", title: "yes", identifiedOn: "2026-01-05" }] });
    expect(sourceMap.locations.get("/risks/0/identifiedOn")).toEqual({ file: "isms.yaml", line: 7, column: 5, endLine: 7, endColumn: 29 });
    expect(sourceMap.locations.get("/risks/0")?.line).toBe(5);
  });

  it("merges a root and one file per field, each mapped to its own file", () => {
    const { input, sourceMap } = readIsmsSources({
      "repo/isms.yaml": ROOT_YAML,
      "repo/isms/people.yaml": "- id: p-1\n  name: Ada\n",
      "repo/isms/scope.json": '{ "statement": "Everything" }',
    });
    expect(input).toEqual({ schemaVersion: "1.0", organization: { name: "Acme" }, people: [{ id: "p-1", name: "Ada" }], scope: { statement: "Everything" } });
    expect(sourceMap.files).toEqual(["repo/isms.yaml", "repo/isms/people.yaml", "repo/isms/scope.json"]);
    expect(sourceMap.parts.get("repo/isms/people.yaml")).toBe("/people");
    expect(locatePointer(sourceMap, "/people/0/name")).toMatchObject({ file: "repo/isms/people.yaml", line: 2, column: 3 });
    expect(locatePointer(sourceMap, "/scope/statement")).toMatchObject({ file: "repo/isms/scope.json", line: 1, column: 3 });
    // A missing field is placed at the nearest entry that holds it.
    expect(locatePointer(sourceMap, "/people/0/email")).toMatchObject({ file: "repo/isms/people.yaml", line: 1, column: 3 });
  });

  it("reports the problems of every file at once, each with its file, line and column", () => {
    expect(
      sourceIssues({
        "isms.yaml": `${ROOT_YAML}people: []\n`,
        "isms/people.yaml": "- id: p-1\n",
        "isms/risks.yaml": "- id: r-1\n  title: [unclosed\n",
        "isms/controls.json": '{ "a": 1, "a": 2 }',
        "isms/roles.yaml": "a: 1\na: 2\n",
        "isms/assets.yaml": "- id: a-1\n  name: !secret hunter2\n",
        "isms/threats.yaml": "- !!binary aGVsbG8=\n",
      }).map((line) => line.replace(/:\d+:\d+$/, "")),
    ).toEqual([
      "duplicate_field /people isms/people.yaml",
      "syntax_error /risks isms/risks.yaml",
      "duplicate_key /controls isms/controls.json",
      "duplicate_key /roles isms/roles.yaml",
      "unsupported_yaml /assets isms/assets.yaml",
      "unsupported_yaml /threats isms/threats.yaml",
    ]);
  });

  it("says where JSON breaks, in a person's words", () => {
    expect(() => readIsmsSources({ "a.json": '{\n  "organization": { "name": "Acme", }\n}' })).toThrow(/a\.json:2:37: not valid JSON: unexpected }/);
    expect(sourceIssues({ "a.json": '{ "a": [1, 2' })).toEqual(["syntax_error  a.json:1:13"]);
    expect(sourceIssues({ "a.yaml": "   \n" })).toEqual(["syntax_error  a.yaml:1:1"]);
    expect(() => readIsmsSources({ "a.json": "[1," })).toThrow(/a\.json:1:4: not valid JSON: the text ends too early after , \(a \{ or \[ is not closed\?\)/);
  });

  it("never crashes on hostile text: deep nesting, alias bombs and cycles are problems, __proto__ stays data", () => {
    expect(sourceIssues({ "a.json": "[".repeat(100_000) })[0]).toMatch(/^syntax_error/);
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(",")}]`)].join("\n");
    expect(sourceIssues({ "a.yaml": bomb })[0]).toMatch(/^unsupported_yaml/);
    expect(sourceIssues({ "a.yaml": "a: &x\n  b: *x\n" })).toEqual(["unsupported_yaml  a.yaml:1:1"]);
    for (const text of ['{ "__proto__": { "polluted": true } }', "__proto__:\n  polluted: true\n"]) {
      const { input } = readIsmsSources({ [text.startsWith("{") ? "a.json" : "a.yaml"]: text });
      expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
      expect(Object.keys(input as object)).toEqual(["__proto__"]);
      expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    }
  });

  it("tells JSON from YAML by the extension, else by the first character", () => {
    expect(readIsmsSources({ "-": ' {"a": 1}' }).input).toEqual({ a: 1 });
    expect(readIsmsSources({ "-": "a: 1" }).input).toEqual({ a: 1 });
    expect(readIsmsSources({ "a.yml": "[1, 2]" }).input).toEqual([1, 2]);
    expect(readIsmsSources({ "a.json": "\uFEFF{}" }).input).toEqual({});
  });

  it("finds the root: the only file, the one named isms.*, or the one named", () => {
    expect(readIsmsSources({ "x/isms.json": "{}", "x/isms/people.yaml": "[]" }).sourceMap.files[0]).toBe("x/isms.json");
    expect(readIsmsSources({ "main.yaml": "{}", "risks.yaml": "[]" }, { root: "main.yaml" }).input).toEqual({ risks: [] });
    expect(thrownIssues(() => readIsmsSources({ "a.yaml": "{}", "b.yaml": "{}" }))).toEqual([
      "/options/root invalid_value: several files but none named isms.yaml, isms.yml or isms.json; name the root file with options.root",
    ]);
    expect(thrownIssues(() => readIsmsSources({}))).toEqual(["/files invalid_type: expected at least one file; found none"]);
    expect(thrownIssues(() => readIsmsSources({ "a.yaml": 3 } as never))).toEqual(["/files/a.yaml invalid_type: expected the text of a.yaml; found 3"]);
  });

  it("refuses a root that is not an object when there are other files", () => {
    expect(sourceIssues({ "isms.yaml": "- 1\n", "isms/people.yaml": "[]" })).toEqual(["syntax_error  isms.yaml:1:1"]);
  });
});
