import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../../src/index";
import { readIsmsSources, writeIsmsSources } from "../../../src/model/source/index";
import { deepFreeze } from "../../_lib/deepFreeze";
import { thrownIssues } from "../../_lib/thrownIssues";
import { arbitraryIsms } from "../../fixtures/arbitraryIsms";
import { smallIsms } from "../../fixtures/smallIsms";

describe("writeIsmsSources", () => {
  it("writes a root and one file per list that has items; reading them back gives the same document", () => {
    const doc = deepFreeze(smallIsms());
    const files = writeIsmsSources(doc);
    expect(Object.keys(files)[0]).toBe("isms.yaml");
    expect(Object.keys(files).filter((name) => name !== "isms.yaml").every((name) => /^isms\/\w+\.yaml$/.test(name))).toBe(true);
    expect(files["isms/risks.yaml"]).toMatch(/^- id: /);
    expect(readIsmsSources(files).input).toEqual(doc);
  });

  it("leaves out a field whose value is undefined, as JSON does, and refuses undefined in a list", () => {
    const doc = { schemaVersion: "1.0", organization: { name: "Acme", sector: undefined }, controls: [{ id: "5.1", applicable: true, ownerId: undefined }] };
    const files = writeIsmsSources(doc, { split: false });
    expect(Object.values(files).join("")).not.toMatch(/sector|ownerId|undefined/);
    expect(readIsmsSources(files).input).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(thrownIssues(() => writeIsmsSources({ schemaVersion: "1.0", organization: { name: "A" }, risks: [undefined] }))).toEqual([
      "/input/risks/0 invalid_type: expected JSON data; found undefined",
    ]);
  });

  it("reads back what it writes, as YAML or JSON, split or whole, for any document (property)", () => {
    fc.assert(
      fc.property(arbitraryIsms, fc.constantFrom("yaml" as const, "json" as const), fc.boolean(), (doc, format, split) => {
        const files = writeIsmsSources(doc, { format, split });
        expect(readIsmsSources(files).input).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 40 },
    );
  });

  it("quotes what YAML would read as something else, and never folds long text", () => {
    const long = "A sentence that goes on. ".repeat(20).trim();
    const text = writeIsmsSources({ schemaVersion: "1.0", organization: { name: "yes" }, controls: [{ id: "5.10", applicable: null, justification: long }] }, { split: false })["isms.yaml"]!;
    expect(text).toContain('schemaVersion: "1.0"');
    expect(text).toContain("name: yes"); // text in YAML 1.2, which readIsmsSources reads
    expect(text).toContain('- id: "5.10"');
    expect(text).toContain(`justification: ${long}\n`);
    expect(readIsmsSources({ "isms.yaml": text }).input).toMatchObject({ organization: { name: "yes" }, controls: [{ id: "5.10" }] });
  });

  it("puts comments before the entries they are given for, in the file that holds them", () => {
    const files = writeIsmsSources(
      { schemaVersion: "1.0", organization: { name: "Acme" }, risks: [{ id: "r-1", title: "Theft" }] },
      { comments: { "": "The root.", "/organization": "Who we are.", "/risks": "The register.", "/risks/0/title": "Say what happens." } },
    );
    expect(files["isms.yaml"]).toBe('# The root.\n\nschemaVersion: "1.0"\n# Who we are.\norganization:\n  name: Acme\n');
    expect(files["isms/risks.yaml"]).toBe("# The register.\n\n- id: r-1\n  # Say what happens.\n  title: Theft\n");
  });

  it("writes the fields named in split, in the folder named, as JSON when asked", () => {
    const files = writeIsmsSources({ schemaVersion: "1.0", organization: { name: "Acme" }, scope: { statement: "All" }, risks: [] }, { format: "json", split: ["scope", "risks"], folder: "data/isms" });
    expect(files).toEqual({
      "isms.json": '{\n  "schemaVersion": "1.0",\n  "organization": {\n    "name": "Acme"\n  }\n}\n',
      "data/isms/scope.json": '{\n  "statement": "All"\n}\n',
      "data/isms/risks.json": "[]\n",
    });
  });

  it("reports bad arguments", () => {
    expect(thrownIssues(() => writeIsmsSources([]))).toEqual(["/input invalid_type: expected an ISMS document (an object); found an array of 0"]);
    expect(thrownIssues(() => writeIsmsSources({}, { format: "toml" as never }))).toEqual(['/options/format invalid_value: expected "yaml" or "json"; found "toml"']);
    expect(thrownIssues(() => writeIsmsSources({}, { folder: "../up" }))).toEqual(['/options/folder invalid_value: expected a relative folder name such as "isms"; found "../up"']);
  });

  it("keeps a parsed document's meaning: the folder parses to the same ISMS", () => {
    const isms = parseIsms(smallIsms());
    expect(parseIsms(readIsmsSources(writeIsmsSources(isms)).input)).toEqual(isms);
  });
});
