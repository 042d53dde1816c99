/**
 * The SaaS example as a folder (examples/saas-company/: isms.yaml and one YAML file per collection in
 * isms/) is what scripts/writeExampleFolder.ts writes from the JSON, parses to the same ISMS, and
 * places findings on their lines: `isms/risks.yaml:299:3`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseIsms } from "../../src/index";
import { safeParseIsmsSources } from "../../src/model/source/index";
import { exampleFolderFiles } from "../../scripts/writeExampleFolder";
import { runInProcess } from "../cli/_helpers/runInProcess";
import { root } from "../cli/_helpers/builtCli";

const folder = join(root, "examples/saas-company");
const onDisk = (): Record<string, string> => {
  const files: Record<string, string> = { "isms.yaml": readFileSync(join(folder, "isms.yaml"), "utf8") };
  for (const name of readdirSync(join(folder, "isms")).sort()) files[`isms/${name}`] = readFileSync(join(folder, "isms", name), "utf8");
  return files;
};

describe("examples/saas-company/ (the SaaS example as a YAML folder)", () => {
  it("is what scripts/writeExampleFolder.ts writes from the JSON (run it after changing the JSON)", () => {
    const expected = exampleFolderFiles();
    const actual = onDisk();
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const name of Object.keys(expected)) expect(actual[name], name).toBe(expected[name]);
  });

  it("parses to the identical ISMS as examples/saas-company.isms.json", () => {
    const result = safeParseIsmsSources(onDisk());
    if (!result.success) expect.fail(result.error.message);
    expect(result.data).toEqual(parseIsms(JSON.parse(readFileSync(join(root, "examples/saas-company.isms.json"), "utf8"))));
  });

  it("check prints each finding at its file:line:column, e.g. the expired acceptance of risk 6 at isms/risks.yaml", async () => {
    const risks = readFileSync(join(folder, "isms/risks.yaml"), "utf8").split("\n");
    // The line of the 7th risk's acceptance, found from the text itself.
    let seen = -1;
    const line = risks.findIndex((text) => (/^- id: /.test(text) ? ++seen : seen) === 6 && /^  acceptance:/.test(text)) + 1;
    expect(line).toBeGreaterThan(0);
    const run = await runInProcess(["check", ".", "--as-of", "2026-11-28"], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`isms/risks.yaml:${line}:3 /risks/6/acceptance`);
    const annotations = await runInProcess(["check", ".", "--as-of", "2026-11-28", "--format", "github"], { cwd: folder });
    expect(annotations.stdout).toContain(`::warning file=isms/risks.yaml,line=${line},col=3,`);
  });
});
