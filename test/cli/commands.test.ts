/**
 * The commands and formats this release added, run in-process on real files: init, suggest, soa diff,
 * import, certification status, folders and YAML as input, --format github, --fail-on, and the
 * "did you mean" of commands and options.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIsms } from "isms-kit";
import { readIsmsSources } from "isms-kit/source";
import { root } from "./_helpers/builtCli";
import { runInProcess } from "./_helpers/runInProcess";

let work = "";
const cli = (args: readonly string[], cwd = work) => runInProcess(args, { cwd, today: "2026-11-28" });
const example = readFileSync(join(root, "examples/saas-company.isms.json"), "utf8");

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "isms-kit-commands-"));
  writeFileSync(join(work, "saas.json"), example);
  cpSync(join(root, "examples/saas-company"), join(work, "folder"), { recursive: true });
  cpSync(join(root, "test/fixtures/import"), join(work, "sheets"), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("isms-kit init", () => {
  it("writes a valid ISMS with every Annex A control undecided, and refuses to overwrite without --force", async () => {
    const run = await cli(["init", "new", "--name", "Acme", "--preset", "4x4"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote new\/isms\.yaml \(/);
    const files = Object.fromEntries(["isms.yaml", "isms/people.yaml", "isms/risks.yaml", "isms/controls.yaml"].map((f) => [f, readFileSync(join(work, "new", f), "utf8")]));
    expect(files["isms.yaml"]).toMatch(/^# The ISMS of Acme, as isms-kit data/);
    expect(files["isms/controls.yaml"]).toContain('# 5.10 Acceptable use of information and other associated assets\n- id: "5.10"\n  applicable: null\n');
    const isms = parseIsms(readIsmsSources(files).input);
    expect(isms.controls).toHaveLength(93);
    expect(isms.controls.every((c) => c.applicable === null)).toBe(true);
    expect(isms.riskMethod).toMatchObject({ preset: "4x4", acceptance: { maxLevel: "low" } });
    const again = await cli(["init", "new"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/new\/isms\.yaml, new\/isms\/people\.yaml, new\/isms\/risks\.yaml, new\/isms\/controls\.yaml already exist; use --force/);
    expect((await cli(["init", "new", "--force", "--format", "json"])).code).toBe(0);
    expect(existsSync(join(work, "new/isms/controls.json"))).toBe(true);
  });
});

describe("folders and YAML as input", () => {
  it("validates a folder and a YAML file, and places problems at file:line:column", async () => {
    expect((await cli(["validate", "folder"])).stdout).toMatch(/^✓ folder: a valid ISMS document for Northwind Cloud/);
    mkdirSync(join(work, "broken"), { recursive: true });
    writeFileSync(join(work, "broken/isms.yaml"), 'schemaVersion: "1.0"\norganization:\n  name: Acme\n');
    mkdirSync(join(work, "broken/isms"), { recursive: true });
    writeFileSync(join(work, "broken/isms/people.yaml"), "- id: p-1\n  name: Ada\n  topManagment: true\n");
    writeFileSync(join(work, "broken/isms/risks.yaml"), "- id: r-1\n  title: Theft\n  ownerId: p-2\n");
    const run = await cli(["validate", "broken"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        "isms-kit: broken is not a valid ISMS document: 2 problems",
        '  broken/isms/people.yaml:3:3: /people/0/topManagment: unknown field "topManagment" (did you mean "topManagement"?): the ISMS document has no such field here (keep tool-specific data under "extensions")',
        '  broken/isms/risks.yaml:3:3: /risks/0/ownerId: no person with id "p-2"',
        "",
      ].join("\n"),
    );
    const github = await cli(["validate", "broken", "--format", "github"]);
    expect(github.code).toBe(2);
    expect(github.stdout.split("\n")[1]).toBe('::error file=broken/isms/risks.yaml,line=3,col=3,endLine=3,endColumn=15,title=isms-kit%3A dangling_reference::/risks/0/ownerId: no person with id "p-2"');
    const json = JSON.parse((await cli(["validate", "broken", "--format", "json"])).stdout);
    expect(json.issues[1].location).toEqual({ file: "broken/isms/risks.yaml", line: 3, column: 3, endLine: 3, endColumn: 15 });
  });

  it("reports the syntax problems of every file at once", async () => {
    mkdirSync(join(work, "syntax/isms"), { recursive: true });
    writeFileSync(join(work, "syntax/isms.yaml"), 'schemaVersion: "1.0"\norganization: { name: Acme\n');
    writeFileSync(join(work, "syntax/isms/risks.json"), "[ { } ");
    const run = await cli(["validate", "syntax"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n").slice(0, 1)).toEqual(["isms-kit: syntax cannot be read as JSON or YAML: 2 problems"]);
    expect(run.stderr).toMatch(/\n {2}syntax\/isms\.yaml:\d+:\d+: not valid YAML: /);
    expect(run.stderr).toMatch(/\n {2}syntax\/isms\/risks\.json:1:\d+: not valid JSON: /);
  });
});

describe("isms-kit check --fail-on and --format github", () => {
  it("gates on the severity asked for", async () => {
    expect((await cli(["check", "saas.json"])).code).toBe(1); // 5 minor
    expect((await cli(["check", "saas.json", "--fail-on", "major"])).code).toBe(0);
    expect((await cli(["check", "saas.json", "--fail-on", "ofi"])).code).toBe(1);
    const typo = await cli(["check", "saas.json", "--fail-on", "majr"]);
    expect(typo.stderr).toBe(`isms-kit: check: --fail-on must be one of "major", "minor", "ofi"; found "majr" (did you mean "major"?) (see 'isms-kit check --help')\n`);
  });

  it("prints each finding as an annotation on its line: minor as a warning, OFI as a notice", async () => {
    const run = await cli(["check", "saas.json", "--format", "github"]);
    const { counts } = JSON.parse((await cli(["check", "saas.json", "--format", "json"])).stdout);
    const lines = run.stdout.trim().split("\n");
    expect(lines).toHaveLength(counts.total);
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(counts.major);
    expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(counts.minor);
    expect(lines.filter((l) => l.startsWith("::notice "))).toHaveLength(counts.ofi);
    expect(counts.minor).toBeGreaterThan(0);
    const line = example.split("\n").findIndex((text, i, all) => /^ {6}"acceptance": \{/.test(text) && all.slice(0, i).filter((t) => /^ {6}"id": "risk-/.test(t)).length === 7) + 1;
    expect(line).toBeGreaterThan(0);
    expect(lines.find((l) => l.includes("6.1.3-acceptance-current"))).toMatch(new RegExp(`^::warning file=saas\\.json,line=${line},col=7,`));
    expect(lines.find((l) => l.includes("6.1.3-acceptance-current"))).toMatch(/,title=minor nonconformity 6\.1\.3 \(6\.1\.3-acceptance-current\)::the owner's acceptance of risk /);
    expect(lines.find((l) => l.includes("6.1.3-acceptance-current"))).toMatch(/^::warning file=saas\.json,line=\d+,col=7,endLine=\d+,title=minor nonconformity 6\.1\.3 \(6\.1\.3-acceptance-current\)::the owner's acceptance of risk /);
  });

  it("shows the next steps while the ISMS is not ready", async () => {
    await cli(["init", "young"]);
    const run = await cli(["check", "young"]);
    expect(run.stdout).toMatch(/Next steps, in the order an organisation takes them:\n {2}1\. Set the context and the scope \(5 findings;/);
    const steps = [...run.stdout.matchAll(/^ {2}\d\. (.+?) \(/gm)].map((m) => m[1]);
    expect(steps[0]).toBe("Set the context and the scope");
    expect(steps.indexOf("Assess the risks")).toBeLessThan(steps.indexOf("Evaluate: measure, audit internally, review with management"));
    expect((await cli(["check", "saas.json"])).stdout).not.toContain("Next steps");
  });
});

describe("isms-kit suggest, soa diff, certification status", () => {
  it("suggest lists controls for a risk, and names the closest risk id for a typo", async () => {
    const run = await cli(["suggest", "saas.json", "risk-01", "--limit", "3", "--format", "json"]);
    expect(run.code).toBe(0);
    const { riskId, suggestions } = JSON.parse(run.stdout);
    expect(riskId).toBe("risk-01");
    expect(suggestions).toHaveLength(3);
    expect(suggestions[0].reasons.length).toBeGreaterThan(0);
    const typo = await cli(["suggest", "saas.json", "risk-O1"]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^isms-kit: suggest: no risk with id "risk-O1" \(did you mean "risk-01"\?\)/);
  });

  it("soa diff exits 0 for the same SoA, and 1 with each change listed", async () => {
    expect((await cli(["soa", "diff", "saas.json", "folder"])).code).toBe(0);
    const doc = JSON.parse(example);
    doc.controls.find((c: { id: string }) => c.id === "8.24").implementationStatus = "partially-implemented";
    writeFileSync(join(work, "changed.json"), JSON.stringify(doc));
    const run = await cli(["soa", "diff", "saas.json", "changed.json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("  ~ 8.24 Use of cryptography\n      implementationStatus: implemented → partially-implemented\n");
    expect(run.stdout).toMatch(/0 controls added, 0 removed, 1 changed, 94 unchanged\.\n$/);
  });

  it("certification status judges the certificate on the day", async () => {
    const run = await cli(["certification", "status", "saas.json", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ asOf: "2026-11-28", status: "valid" });
    const missing = await cli(["certification"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`isms-kit: "certification" needs a subcommand: 'isms-kit certification status'\n`);
  });
});

describe("isms-kit import", () => {
  it("--dry-run reports the mapping and every bad row, and exits 1 when rows are left out", async () => {
    const run = await cli(["import", "soa", "sheets/soa-template.xlsx", "--dry-run"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^sheets\/soa-template\.xlsx, sheet "SoA", header on row 4: 94 rows read, 91 imported, 3 left out\n/);
    expect(run.stdout).toContain("  A  Annex A Ref");
    expect(run.stdout).toContain('  row 16, C (Applicable (Y/N)): expected yes, no, or empty for not decided; found "Partly"\n');
    expect(run.stderr).toBe("");
  });

  it("prints the fragment, and merges a sheet into a folder ISMS, writing back the files concerned", async () => {
    await cli(["init", "target", "--name", "Brightwater Analytics Ltd"]);
    const csv = "Annex A Ref,Applicable,Justification,Owner\nA.5.1,Yes,Required by clause 5.2,Priya Nair\nA.7.5,No,No such activity in scope,\n";
    writeFileSync(join(work, "sheets/small.csv"), csv);
    const fragment = await cli(["import", "soa", "sheets/small.csv"]);
    expect(fragment.code).toBe(0);
    expect(fragment.stdout).toMatch(/^controls:\n {2}- id: "5\.1"\n {4}applicable: true\n/);
    const merged = await cli(["import", "soa", "sheets/small.csv", "--into", "target"]);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe("merged into target: wrote target/isms/controls.yaml, target/isms/people.yaml\n");
    const check = await cli(["validate", "target"]);
    expect(check.code).toBe(0);
    const controls = readFileSync(join(work, "target/isms/controls.yaml"), "utf8");
    expect(controls).toContain('- id: "5.1"\n  applicable: true\n  justification: Required by clause 5.2\n  ownerId: p-priya-nair\n');
    expect(readFileSync(join(work, "target/isms/people.yaml"), "utf8")).toBe("- id: p-priya-nair\n  name: Priya Nair\n");
  });

  it("writes nothing when a row has an error, and takes --column overrides", async () => {
    const run = await cli(["import", "risks", "sheets/risk-register-template.csv", "--into", "target"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Nothing was written");
    expect(existsSync(join(work, "target/isms/assets.yaml"))).toBe(false);
    writeFileSync(join(work, "sheets/custom.csv"), "Ref,Scenario,Chance,Harm\nR1,Outage,likely,major\n");
    const custom = await cli(["import", "risks", "sheets/custom.csv", "--column", "title=Scenario", "--column", "inherentLikelihood=C", "--column", "inherentImpact=Harm", "--format", "json"]);
    expect(custom.code).toBe(0);
    expect(JSON.parse(custom.stdout)).toEqual({ risks: [{ id: "R1", title: "Outage", inherent: { likelihood: "likely", impact: "major" } }] });
  });
});

describe("did you mean, for commands and options", () => {
  it("names the command or option meant", async () => {
    expect((await cli(["chek", "saas.json"])).stderr).toMatch(/^isms-kit: unknown command "chek" \(did you mean "check"\?\)/);
    expect((await cli(["validate", "saas.json", "--formt", "json"])).stderr).toBe(`isms-kit: validate: unknown option --formt (did you mean --format?) (see 'isms-kit validate --help')\n`);
  });

  it("help shows a command with a subcommand", async () => {
    const run = await cli(["help", "soa", "diff"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: isms-kit soa diff <old> <new> \[options\]/);
  });
});
