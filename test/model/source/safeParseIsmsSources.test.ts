import { describe, expect, it } from "vitest";
import { IsmsValidationError } from "../../../src/index";
import { formatSourceLocation, IsmsSourceError, locateIssues, readIsmsSources, safeParseIsmsSources } from "../../../src/model/source/index";

const ROOT = 'schemaVersion: "1.0"\norganization:\n  name: Acme\n';

describe("safeParseIsmsSources", () => {
  it("gives the document and its source map when the files are valid", () => {
    const result = safeParseIsmsSources({ "isms.yaml": ROOT, "isms/people.yaml": "- id: p-1\n  name: Ada\n" });
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.people).toEqual([{ id: "p-1", name: "Ada", topManagement: false, external: false, status: "active" }]);
      expect(result.sourceMap.files).toEqual(["isms.yaml", "isms/people.yaml"]);
    }
  });

  it("places every validation issue in its file, with the issues of safeParseIsms", () => {
    const result = safeParseIsmsSources({
      "isms.yaml": `${ROOT}  employes: 3\n`,
      "isms/risks.yaml": "- id: r-1\n  title: Theft\n  ownerId: p-9\n  treatment:\n    option: modifiy\n",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(IsmsValidationError);
    expect(result.issues.map((i) => `${i.location ? formatSourceLocation(i.location) : "?"} ${i.pointer}: ${i.message}`)).toEqual([
      'isms.yaml:4:3 /organization/employes: unknown field "employes" (did you mean "employees"?): the ISMS document has no such field here (keep tool-specific data under "extensions")',
      'isms/risks.yaml:5:5 /risks/0/treatment/option: Invalid option: expected one of "modify"|"retain"|"avoid"|"share"; found "modifiy" (did you mean "modify"?)',
      'isms/risks.yaml:3:3 /risks/0/ownerId: no person with id "p-9"',
    ]);
    expect(result.error.issues).toEqual(result.issues);
  });

  it("tells YAML users to quote what YAML read as a number, a boolean or null", () => {
    const result = safeParseIsmsSources({ "isms.yaml": "schemaVersion: 1.0\norganization:\n  name: Acme\ncontrols:\n  - id: 5.10\n    applicable: null\n" });
    expect(result.success ? [] : result.issues.map((i) => i.message)).toEqual([
      'expected schemaVersion "1.0"; found 1 (YAML read the unquoted 1.0 as a number; write it in quotes: "1.0")',
      'expected string; found 5.1 (YAML read the unquoted 5.10 as a number; write it in quotes: "5.10")',
    ]);
  });

  it("gives the syntax problems of every file, without validating, when a file cannot be read", () => {
    const result = safeParseIsmsSources({ "isms.yaml": ROOT, "isms/risks.yaml": "- [", "isms/people.json": "{" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(IsmsSourceError);
    expect(result.sourceMap).toBeUndefined();
    expect(result.issues.map((i) => i.location?.file)).toEqual(["isms/risks.yaml", "isms/people.json"]);
  });

  it("locateIssues keeps each issue as it was, in order, and adds only the location", () => {
    const { sourceMap } = readIsmsSources({ "isms.yaml": ROOT });
    const issue = { path: ["organization", "name"], pointer: "/organization/name", code: "x", message: "m" };
    expect(locateIssues([issue], sourceMap)).toEqual([{ ...issue, location: { file: "isms.yaml", line: 3, column: 3, endLine: 3, endColumn: 13 } }]);
    expect(locateIssues([{ ...issue, pointer: "/nowhere/at/all" }], sourceMap)[0]?.location?.line).toBe(1);
  });
});
