/**
 * The `isms-kit` command line as a user drives it, on real files in a work folder: each test checks
 * the exit code, stdout and stderr. Every command is run on good input and on bad input (missing file,
 * broken JSON, invalid document, bad options), and the demo's files are opened and checked.
 *
 * The commands run in this process through `runCli(argv, io)`, with an io that captures the streams
 * and gives the working directory, environment, terminal, stdin and day. A few smoke tests at the end
 * run the built binary, `node dist/cli.js`, as a separate process, for what only a process shows: the
 * process exit code, real stdin, the real environment, clock and working directory, and bytes on a pipe.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getIsmsJsonSchema, riskMatrixPresets } from "isms-kit";
import { localDay } from "../../src/cli/_lib/CliIo";
import { resolvedSaasExample } from "../conformity/_fixtures/examples";
import { ensureBuilt } from "../_lib/ensureBuilt";
import { builtCli, root, runBuiltCli } from "./_helpers/builtCli";
import { runInProcess, type InProcessRun } from "./_helpers/runInProcess";

let work = "";

/** Runs the CLI in-process, in the work folder unless `cwd` says otherwise. */
function cli(
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string; today?: string; isTTY?: boolean; columns?: number } = {},
): Promise<InProcessRun> {
  const { input, cwd, ...rest } = options;
  return runInProcess(args, { cwd: cwd ?? work, ...rest, ...(input === undefined ? {} : { stdin: input }) });
}

const ESC = "\u001b";
const example = readFileSync(join(root, "examples/saas-company.isms.json"), "utf8");
const several = readFileSync(join(root, "examples/invalid/several-problems.isms.json"), "utf8");
const severalExpected = JSON.parse(readFileSync(join(root, "examples/invalid/several-problems.expected.json"), "utf8")) as { pointer: string }[];
const packageVersion = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/** The example with its seven minor nonconformities of 2026-11-28 resolved: `check` exits 0 on it. */
function conformantExample(): string {
  return JSON.stringify(resolvedSaasExample(), null, 2);
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "isms-kit-cli-work-"));
  writeFileSync(join(work, "saas.json"), example);
  writeFileSync(join(work, "startup.json"), readFileSync(join(root, "examples/startup.isms.json")));
  writeFileSync(join(work, "conformant.json"), conformantExample());
  writeFileSync(join(work, "invalid.json"), several);
  writeFileSync(join(work, "broken.json"), '{\n  "schemaVersion": "1.0",\n  "organization": { "name": "Acme", }\n}\n');
  writeFileSync(join(work, "truncated.json"), '{ "schemaVersion": "1.0"');
  writeFileSync(join(work, "our-matrix.json"), JSON.stringify({ ...riskMatrixPresets["5x5"], id: "ours-5x5" }));
  writeFileSync(join(work, "bad-matrix.json"), JSON.stringify({ ...riskMatrixPresets["3x3"], id: "bad", grid: [[0, 0], [0, 1]] }));
  mkdirSync(join(work, "a-folder"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The lines of a text, without the final empty one. */
const lines = (text: string) => text.replace(/\n$/, "").split("\n");

/** A one-line error on stderr, nothing on stdout, and exit 2. */
async function expectOneLineError(pending: Promise<{ code: number | null; stdout: string; stderr: string }>, pattern: RegExp): Promise<void> {
  const run = await pending;
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(lines(run.stderr)).toHaveLength(1);
  expect(run.stderr).toMatch(/^isms-kit: /);
  expect(run.stderr).toMatch(pattern);
}

const commands = ["validate", "risks", "soa", "check", "coverage", "report", "catalog", "schema", "oscal", "demo"];

describe("isms-kit (no command)", () => {
  it("--help lists every command and the exit codes, on stdout, exit 0", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    for (const name of commands) expect(run.stdout).toMatch(new RegExp(`^  ${name}\\b`, "m"));
    expect(run.stdout).toMatch(/Exit codes:\n {2}0 {2}success\n {2}1 {2}check: .*\n {2}2 {2}invalid input or usage/);
    expect(run.stdout).toContain("NO_COLOR");
  });

  it("--version prints the package's version", async () => {
    const run = await cli(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${packageVersion}\n`);
  });

  it("without a command prints the help on stderr and exits 2", async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Usage: isms-kit <command> [options]");
  });

  it("an unknown command or option is a one-line error, exit 2", async () => {
    await Promise.all([
      expectOneLineError(cli(["vallidate", "saas.json"]), /unknown command "vallidate" \(did you mean "validate"\?\) \(commands: init, validate, risks, /),
      expectOneLineError(cli(["--verbose"]), /unknown option --verbose/),
    ]);
  });

  it("help <command> is the command's --help", async () => {
    expect((await cli(["help", "risks"])).stdout).toBe((await cli(["risks", "--help"])).stdout);
    await expectOneLineError(cli(["help", "nope"]), /unknown command "nope"/);
  });
});

describe.each(commands)("isms-kit %s", (name) => {
  it("--help and -h print usage, options and exit codes on stdout, exit 0", async () => {
    for (const run of await Promise.all([cli([name, "--help"]), cli([name, "-h"])])) {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe("");
      expect(run.stdout).toMatch(new RegExp(`^Usage: isms-kit ${name}\\b`));
      expect(run.stdout).toContain("Options:");
      expect(run.stdout).toContain("-h, --help");
      expect(run.stdout).toMatch(/Exit codes:\n {2}0 /);
      expect(run.stdout).not.toContain(ESC);
    }
  });

  it("rejects an unknown option with a one-line error, exit 2", async () => {
    await expectOneLineError(cli([name, "saas.json", "--frobnicate"]), new RegExp(`${name}: unknown option --frobnicate \\(see 'isms-kit ${name} --help'\\)`));
  });
});

describe("isms-kit validate", () => {
  it("exits 0 on a valid document and says whose it is", async () => {
    const run = await cli(["validate", "saas.json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^✓ saas\.json: a valid ISMS document for Northwind Cloud \(22 risks, /);
  });

  it("exits 2 on an invalid document and lists every problem with its file:line:column, JSON Pointer and message", async () => {
    const run = await cli(["validate", "invalid.json"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const [headline, ...problems] = lines(run.stderr);
    expect(headline).toBe("isms-kit: invalid.json is not a valid ISMS document: 3 problems");
    expect(problems.map((line) => line.split(": ")[1]?.trim())).toEqual(severalExpected.map((issue) => issue.pointer));
    expect(problems.map((line) => line.split(": ")[0]?.trim())).toEqual(["invalid.json:12:5", "invalid.json:49:7", "invalid.json:26:7"]);
    expect(problems[1]).toBe('  invalid.json:49:7: /assets/0/ownerId: expected the id of a person; "sup-mdm" is a supplier (suppliers[0])');
  });

  it("--format json gives { file, valid, issues, warnings } on stdout, with the exit code of the text form", async () => {
    const good = await cli(["validate", "saas.json", "--format", "json"]);
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toEqual({ file: "saas.json", valid: true, issues: [], warnings: [] });
    const bad = await cli(["validate", "invalid.json", "-f", "json"]);
    expect(bad.code).toBe(2);
    const result = JSON.parse(bad.stdout);
    expect(result.valid).toBe(false);
    expect(result.issues.map((i: { pointer: string; code: string }) => ({ pointer: i.pointer, code: i.code }))).toEqual(severalExpected);
  });

  it("reads standard input for -", async () => {
    expect((await cli(["validate", "-"], { input: example })).code).toBe(0);
    const bad = await cli(["validate", "-"], { input: several });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^isms-kit: standard input is not a valid ISMS document: 3 problems/);
  });

  it("a missing file, a folder or broken JSON is a one-line error, exit 2", async () => {
    await Promise.all([
      expectOneLineError(cli(["validate", "nope.json"]), /^isms-kit: cannot read nope\.json: no such file\n$/),
      expectOneLineError(cli(["validate", "a-folder"]), /^isms-kit: a-folder is a folder without isms\.yaml, isms\.yml or isms\.json; give the document's file, or run 'isms-kit init a-folder' to start one\n$/),
      expectOneLineError(cli(["validate", "broken.json"]), /^isms-kit: broken\.json:3:\d+: not valid JSON: unexpected }\n$/),
      expectOneLineError(cli(["validate", "truncated.json"]), /^isms-kit: truncated\.json:1:25: not valid JSON: the text ends too early \(a \{ or \[ is not closed\?\)\n$/),
      expectOneLineError(cli(["validate", "-"], { input: "" }), /^isms-kit: <stdin>:1:1: the file is empty\n$/),
    ]);
  });

  it("needs a file, and takes only one", async () => {
    await Promise.all([
      expectOneLineError(cli(["validate"]), /validate: missing <file>/),
      expectOneLineError(cli(["validate", "saas.json", "startup.json"]), /validate: unexpected argument "startup\.json"/),
      expectOneLineError(cli(["validate", "saas.json", "--format", "xml"]), /--format must be one of "text", "json", "github"; found "xml"/),
      expectOneLineError(cli(["validate", "saas.json", "--format"]), /--format needs a value <text\|json\|github>/),
    ]);
  });
});

describe("isms-kit risks", () => {
  it("prints the register as a table with a summary", async () => {
    const run = await cli(["risks", "saas.json", "--as-of", "2026-11-28"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const out = lines(run.stdout);
    expect(out[0]).toMatch(/^Risk +Title +Owner +Inherent +Residual +Treatment +Acceptance +Next review +Flags$/);
    expect(out[1]).toMatch(/^risk-01 +Ransomware encrypts production data and backups +Ruben Janssen +critical +low +modify +accepted/);
    expect(out.filter((line) => /^risk-\d\d /.test(line))).toHaveLength(22);
    expect(run.stdout).toContain("22 risks (20 open), method 5x5, as of 2026-11-28");
    expect(run.stdout).toMatch(/^Residual: low 18 · medium 4 · high 0 · critical 0$/m);
  });

  it("fits the table to the terminal width (COLUMNS when piped), cutting with … and hiding columns", async () => {
    const widths = [60, 80, 100, 120];
    const runs = await Promise.all(widths.map((width) => cli(["risks", "saas.json", "--as-of", "2026-11-28"], { env: { COLUMNS: String(width) } })));
    for (const [i, width] of widths.entries()) {
      const run = runs[i]!;
      expect(run.code).toBe(0);
      const table = lines(run.stdout).slice(0, 23);
      for (const line of table) expect([...line].length).toBeLessThanOrEqual(width);
    }
    const narrow = (await cli(["risks", "saas.json", "--as-of", "2026-11-28"], { env: { COLUMNS: "80" } })).stdout;
    expect(narrow).toContain("…");
    expect(narrow).toMatch(/\(.*Flags hidden to fit 80 columns\)/);
  });

  it("--format json is the whole register, parseable and the same on every run", async () => {
    const args = ["risks", "saas.json", "--as-of", "2026-11-28", "--format", "json"];
    const run = await cli(args);
    expect(run.code).toBe(0);
    const register = JSON.parse(run.stdout);
    expect([register.asOf, register.method.matrix.id, register.entries.length, register.summary.total]).toEqual(["2026-11-28", "5x5", 22, 22]);
    expect((await cli(args)).stdout).toBe(run.stdout);
  });

  it("--format csv has a header and one record per risk, CRLF-terminated", async () => {
    const run = await cli(["risks", "saas.json", "--as-of", "2026-11-28", "-f", "csv"]);
    expect(run.code).toBe(0);
    const records = run.stdout.split("\r\n");
    expect(records.at(-1)).toBe("");
    expect(records).toHaveLength(24);
    expect(records[0]).toMatch(/^Risk,Title,Owner,Status,Treatment,Controls,Inherent likelihood,/);
    // Owners are named as in the demo file: "Name (id)".
    expect(records[1]).toMatch(/^risk-01,Ransomware encrypts production data and backups,Ruben Janssen \(p-cto\),open,modify,/);
  });

  it("--as-of defaults to today", async () => {
    const register = JSON.parse((await cli(["risks", "saas.json", "--format", "json"], { today: "2030-06-30" })).stdout);
    expect(register.asOf).toBe("2030-06-30");
  });

  it("--method takes a preset or a JSON matrix file", async () => {
    const preset = await cli(["risks", "startup.json", "--method", "3x3", "--format", "json", "--as-of", "2026-11-28"]);
    // The start-up's own 3×3 uses other scale ids than the 3x3 preset: every rating that does not fit is listed.
    expect(preset.code).toBe(2);
    expect(preset.stdout).toBe("");
    expect(preset.stderr).toMatch(/^isms-kit: risks: cannot assess the risks of startup\.json: Ratings do not fit risk matrix "3x3" \(\d+ problems\)\n {2}\/risks\/0\/inherent\//);
    const file = await cli(["risks", "saas.json", "--method", "our-matrix.json", "--format", "json", "--as-of", "2026-11-28"]);
    expect(file.code).toBe(0);
    const register = JSON.parse(file.stdout);
    expect([register.method.source, register.method.matrix.id]).toEqual(["given", "ours-5x5"]);
  });

  it("a bad --method, --as-of or --format is an error, exit 2", async () => {
    const bad = await cli(["risks", "saas.json", "--method", "bad-matrix.json"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^isms-kit: risks: bad-matrix\.json is not a valid risk matrix: \d+ problems?\n {2}.*grid/);
    await Promise.all([
      expectOneLineError(cli(["risks", "saas.json", "--method", "6x6"]), /risks: --method "6x6" is neither a preset \(3x3, 4x4, 5x5, .*\) nor a file/),
      expectOneLineError(cli(["risks", "saas.json", "--method", "missing.json"]), /cannot read missing\.json: no such file/),
      expectOneLineError(cli(["risks", "saas.json", "--as-of", "2026-02-30"]), /risks: --as-of must be a calendar day YYYY-MM-DD that exists, from 1900-01-01 to 2999-12-31; found "2026-02-30"/),
      expectOneLineError(cli(["risks", "saas.json", "--as-of", "28/11/2026"]), /--as-of must be a calendar day/),
      expectOneLineError(cli(["risks", "saas.json", "--format", "xlsx"]), /--format must be one of "table", "json", "csv"; found "xlsx"/),
    ]);
  });

  it("bad input: missing file, broken JSON, invalid document", async () => {
    await Promise.all([
      expectOneLineError(cli(["risks", "nope.json"]), /cannot read nope\.json: no such file/),
      expectOneLineError(cli(["risks", "broken.json"]), /broken\.json:3:\d+: not valid JSON/),
    ]);
    const invalid = await cli(["risks", "invalid.json"]);
    expect(invalid.code).toBe(2);
    expect(lines(invalid.stderr)).toHaveLength(4);
    expect(invalid.stderr).toContain("  invalid.json:26:7: /people/1/leftOn: ");
  });
});

describe("isms-kit soa", () => {
  it("writes CSV to stdout by default: a header and one record per control", async () => {
    const run = await cli(["soa", "saas.json"]);
    expect(run.code).toBe(0);
    const records = run.stdout.split("\r\n");
    expect(records[0]).toMatch(/^Control,Title,Theme,Applicable,/);
    expect(records[1]).toMatch(/^5\.1,Policies for information security,/);
    expect(records.filter((r) => r !== "")).toHaveLength(96);
  });

  it("--format md and json; JSON is stable", async () => {
    const md = await cli(["soa", "saas.json", "--format", "md"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^## Statement of Applicability/);
    expect(md.stdout).toContain("| 5.1 |");
    const json = await cli(["soa", "saas.json", "-f", "json"]);
    const soa = JSON.parse(json.stdout);
    expect([soa.rows.length, soa.summary.applicable, soa.summary.excluded]).toEqual([95, 92, 3]);
    expect((await cli(["soa", "saas.json", "-f", "json"])).stdout).toBe(json.stdout);
  });

  it("--out writes the file, the format following its extension, and says so", async () => {
    const run = await cli(["soa", "saas.json", "--out", "reports/soa.xlsx"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote reports\/soa\.xlsx \(\d+\.\d kB\): 95 controls: 92 applicable \(91 implemented, 1 partially\), 3 excluded, 0 undecided\n$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(work, "reports/soa.xlsx")) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.rowCount).toBe(96);
    expect((await cli(["soa", "saas.json", "--out", "reports/soa.md"])).code).toBe(0);
    expect(readFileSync(join(work, "reports/soa.md"), "utf8")).toMatch(/^## Statement of Applicability/);
    expect((await cli(["soa", "saas.json", "--out", "reports/soa.txt", "--format", "csv"])).code).toBe(0);
    expect(readFileSync(join(work, "reports/soa.txt"), "utf8")).toMatch(/^Control,Title,/);
  });

  it("pipes xlsx bytes when stdout is not a terminal", async () => {
    const run = await cli(["soa", "saas.json", "--format", "xlsx"]);
    expect(run.code).toBe(0);
    expect([...run.stdoutBytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(run.stdoutBytes as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.rowCount).toBe(96);
  });

  it("bad input: missing file, broken JSON, invalid document, bad format, unwritable --out", async () => {
    await Promise.all([
      expectOneLineError(cli(["soa", "nope.json"]), /cannot read nope\.json: no such file/),
      expectOneLineError(cli(["soa", "broken.json"]), /broken\.json:3:\d+: not valid JSON/),
    ]);
    expect((await cli(["soa", "invalid.json"])).code).toBe(2);
    await Promise.all([
      expectOneLineError(cli(["soa", "saas.json", "--format", "pdf"]), /--format must be one of "csv", "md", "json", "xlsx"; found "pdf"/),
      expectOneLineError(cli(["soa", "saas.json", "--out", "a-folder"]), /cannot write a-folder: it is a directory/),
    ]);
  });
});

describe("isms-kit check", () => {
  it("exits 1 when there are nonconformities, and prints them by severity with hints and pointers", async () => {
    const run = await cli(["check", "saas.json", "--as-of", "2026-11-28"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^Conformity of Northwind Cloud with ISO\/IEC 27001:2022, as of 2026-11-28\n0 major · \d+ minor · \d+ opportunit/);
    expect(run.stdout).toMatch(/^Minor nonconformities \(\d+\)$/m);
    expect(run.stdout).toContain("→ ");
    expect(run.stdout).toContain("/risks/6/acceptance");
  });

  it("exits 0 when there is no nonconformity (opportunities for improvement alone do not fail)", async () => {
    const run = await cli(["check", "conformant.json", "--as-of", "2026-11-28"]);
    const report = JSON.parse((await cli(["check", "conformant.json", "--as-of", "2026-11-28", "--format", "json"])).stdout);
    expect([report.counts.major, report.counts.minor]).toEqual([0, 0]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 major · 0 minor");
  });

  it("the exit code follows the report: 1 exactly when there are major or minor findings", async () => {
    for (const [file, asOf] of [["saas.json", "2026-11-28"], ["startup.json", "2026-11-28"], ["conformant.json", "2026-11-28"], ["saas.json", "2026-08-01"]] as const) {
      const json = await cli(["check", file, "--as-of", asOf, "--format", "json"]);
      const { counts } = JSON.parse(json.stdout);
      const expected = counts.major + counts.minor > 0 ? 1 : 0;
      expect(json.code).toBe(expected);
      expect((await cli(["check", file, "--as-of", asOf, "--format", "md"])).code).toBe(expected);
    }
  });

  it("--format md is the Markdown report; --format json is stable", async () => {
    const md = await cli(["check", "startup.json", "--as-of", "2026-11-28", "--format", "md"]);
    expect(md.stdout).toMatch(/^# ISO\/IEC 27001:2022 conformity report — Brightpath Labs/);
    const args = ["check", "startup.json", "--as-of", "2026-11-28", "-f", "json"];
    const first = (await cli(args)).stdout;
    const report = JSON.parse(first);
    expect([report.organization, report.asOf, report.readiness.stage1.ready]).toEqual(["Brightpath Labs", "2026-11-28", false]);
    expect((await cli(args)).stdout).toBe(first);
  });

  it("--as-of defaults to today", async () => {
    expect(JSON.parse((await cli(["check", "saas.json", "--format", "json"], { today: "2030-06-30" })).stdout).asOf).toBe("2030-06-30");
  });

  it("exits 2 on bad input, never 1", async () => {
    await Promise.all([
      expectOneLineError(cli(["check", "nope.json"]), /cannot read nope\.json: no such file/),
      expectOneLineError(cli(["check", "broken.json"]), /broken\.json:3:\d+: not valid JSON/),
    ]);
    const invalid = await cli(["check", "invalid.json"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("/organization/headcount");
    await Promise.all([
      expectOneLineError(cli(["check", "saas.json", "--as-of", "2026-13-01"]), /--as-of must be a calendar day/),
      expectOneLineError(cli(["check", "saas.json", "--format", "csv"]), /--format must be one of "text", "md", "json"/),
    ]);
  });
});

describe("isms-kit catalog", () => {
  it("lists the 93 controls in a table", async () => {
    const run = await cli(["catalog"]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toMatch(/^Control +Title +Theme +Type +CIA +New$/);
    expect(out.filter((line) => /^\d\.\d+ /.test(line))).toHaveLength(93);
    expect(run.stdout).toMatch(/^8\.34 +Protection of information systems during audit testing +technological/m);
    expect(out.at(-1)).toMatch(/^93 of 93 controls\./);
  });

  it("filters by theme and attributes (AND across options, OR within one)", async () => {
    const ids = async (args: string[]) =>
      JSON.parse((await cli(["catalog", ...args, "--format", "json"])).stdout).map((c: { id: string }) => c.id) as string[];
    const results = await Promise.all([
      ids(["--theme", "physical", "--type", "detective"]),
      ids(["--theme", "people"]),
      ids(["--theme", "people,physical"]),
      ids(["--theme", "people", "--theme", "physical"]),
      ids(["--new"]),
      ids(["--capability", "information_security_assurance"]),
      ids(["--property", "availability", "--domain", "resilience", "--type", "corrective"]),
    ]);
    expect(results.map((r) => r.length)).toEqual([2, 8, 22, 22, 11, 4, 4]);
    expect(results[0]).toEqual(["7.4", "7.11"]);
    expect(results[5]).toEqual(["5.22", "5.35", "5.36", "8.29"]);
    expect(results[6]).toEqual(["5.5", "5.7", "5.29", "5.30"]);
  });

  it("JSON output is the full records, the same on every run", async () => {
    const first = (await cli(["catalog", "--theme", "technological", "--format", "json"])).stdout;
    const controls = JSON.parse(first);
    expect(controls).toHaveLength(34);
    expect(Object.keys(controls[0]).sort()).toEqual(["attributes", "from2013", "id", "isNew", "summary", "theme", "title"]);
    expect((await cli(["catalog", "--theme", "technological", "--format", "json"])).stdout).toBe(first);
  });

  it("an unknown value is a one-line error naming the values allowed, exit 2", async () => {
    await Promise.all([
      expectOneLineError(cli(["catalog", "--type", "preventative"]), /catalog: --type must be one of preventive, detective, corrective; found "preventative"/),
      expectOneLineError(cli(["catalog", "--theme", "legal"]), /--theme must be one of organizational, people, physical, technological/),
      expectOneLineError(cli(["catalog", "--format", "csv"]), /--format must be one of "table", "json"/),
      expectOneLineError(cli(["catalog", "extra"]), /catalog: unexpected argument "extra"/),
    ]);
  });
});

describe("isms-kit schema", () => {
  it("prints the JSON Schema of a document", async () => {
    const run = await cli(["schema"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(getIsmsJsonSchema());
    expect((await cli(["schema"])).stdout).toBe(run.stdout);
  });

  it("--out writes it to a file", async () => {
    const run = await cli(["schema", "--out", "schema/isms.schema.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote schema\/isms\.schema\.json \(\d+\.\d kB\)\n$/);
    expect(JSON.parse(readFileSync(join(work, "schema/isms.schema.json"), "utf8")).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    await expectOneLineError(cli(["schema", "--out", "a-folder"]), /cannot write a-folder: it is a directory/);
  });
});

const oscalFiles = ["oscal-catalog.json", "oscal-profile.json", "oscal-assessment-results.json", "oscal-poam.json"];

describe("isms-kit oscal", () => {
  it("catalog: the Annex A catalog, without a document, the same on every run", async () => {
    const [run, again] = await Promise.all([cli(["oscal", "catalog"]), cli(["oscal", "catalog"])]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const { catalog } = JSON.parse(run.stdout);
    expect(catalog.metadata["oscal-version"]).toBe("1.2.1");
    expect(catalog.groups.map((g: { controls: unknown[] }) => g.controls.length)).toEqual([37, 8, 14, 34]);
    expect(again.stdout).toBe(run.stdout);
  });

  it("profile, assessment-results and poam of a document", async () => {
    const [profile, results, poam] = await Promise.all([
      cli(["oscal", "profile", "saas.json"]),
      cli(["oscal", "assessment-results", "saas.json", "--as-of", "2026-11-28"]),
      cli(["oscal", "poam", "saas.json", "--as-of", "2026-11-28", "--out", "oscal/poam.json"]),
    ]);
    expect([profile.code, results.code, poam.code]).toEqual([0, 0, 0]);
    expect(Object.keys(JSON.parse(profile.stdout))).toEqual(["profile"]);
    expect(Object.keys(JSON.parse(results.stdout))).toEqual(["assessment-results"]);
    expect(poam.stdout).toMatch(/^wrote oscal\/poam\.json \(\d+\.\d kB\): OSCAL plan of action and milestones\n$/);
    expect(Object.keys(JSON.parse(readFileSync(join(work, "oscal/poam.json"), "utf8")))).toEqual(["plan-of-action-and-milestones"]);
    const again = await cli(["oscal", "assessment-results", "saas.json", "--as-of", "2026-11-28"]);
    expect(again.stdout).toBe(results.stdout);
  });

  it("bad usage and bad input: unknown kind, a file for catalog, no file for the others, missing file, invalid document", async () => {
    await Promise.all([
      expectOneLineError(cli(["oscal", "ssp", "saas.json"]), /oscal: <kind> must be one of "catalog", "profile", "assessment-results", "poam"; found "ssp"/),
      expectOneLineError(cli(["oscal"]), /oscal: missing <kind>/),
      expectOneLineError(cli(["oscal", "catalog", "saas.json"]), /oscal: catalog writes the Annex A catalog and takes no <file>/),
      expectOneLineError(cli(["oscal", "poam"]), /oscal: poam needs the ISMS document/),
      expectOneLineError(cli(["oscal", "profile", "nope.json"]), /cannot read nope\.json: no such file/),
      expectOneLineError(cli(["oscal", "poam", "broken.json"]), /broken\.json:3:\d+: not valid JSON/),
      expectOneLineError(cli(["oscal", "poam", "saas.json", "--as-of", "2026-11-31"]), /--as-of must be a calendar day/),
    ]);
    const invalid = await cli(["oscal", "assessment-results", "invalid.json"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^isms-kit: invalid\.json is not a valid ISMS document: 3 problems\n/);
  });
});

describe("isms-kit report", () => {
  it("writes the audit pack as one HTML page to stdout", async () => {
    const run = await cli(["report", "saas.json", "--as-of", "2026-11-28"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(run.stdout).toContain("<h1>Northwind Cloud</h1>");
    expect(run.stdout).toContain("Acceptable up to <strong>Low</strong>");
    expect(run.stdout).toContain('id="management-review"');
    expect(run.stdout).toBe(await cli(["report", "-", "--as-of", "2026-11-28"], { input: example }).then((again) => again.stdout));
  });

  it("--out writes a file and says what it wrote; --since and --title reach the page", async () => {
    const run = await cli(["report", "startup.json", "--as-of", "2026-11-28", "--since", "2026-06-01", "--title", "Stage 1 <prep>", "--out", "pack/report.html"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote pack\/report\.html \(\d+(\.\d)? kB\): the audit pack of Brightpath Labs as of 2026-11-28, 10 risks\n$/);
    const page = readFileSync(join(work, "pack", "report.html"), "utf8");
    expect(page).toContain('<p class="eyebrow">Stage 1 &lt;prep&gt;</p>');
    expect(page).toContain("for the period from 2026-06-01 to 2026-11-28");
  });

  it("--pdf prints it with the local Chromium, on Letter landscape when asked", async () => {
    const run = await cli(["report", "saas.json", "--as-of", "2026-11-28", "--pdf", "--paper", "letter", "--out", "pack.pdf"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote pack\.pdf \(\d+(\.\d)? [kM]B\): the audit pack of Northwind Cloud as of 2026-11-28, 22 risks, printed on Letter landscape\n$/);
    const pages = pdfPages(join(work, "pack.pdf"));
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([792, 612]);
  });

  it("bad input: bad --since, a PDF for a terminal, a browser that is not there, a missing or invalid file", async () => {
    await Promise.all([
      expectOneLineError(cli(["report", "saas.json", "--since", "2026-02-30"]), /report: --since must be a calendar day YYYY-MM-DD that exists; found "2026-02-30"/),
      expectOneLineError(cli(["report", "saas.json", "--as-of", "2026-11-28", "--since", "2026-12-01"]), /report: --since 2026-12-01 is after --as-of 2026-11-28/),
      expectOneLineError(cli(["report", "saas.json", "--pdf"], { isTTY: true, env: { NO_COLOR: "1" } }), /report: a PDF is binary; write it to a file with --out report\.pdf/),
      expectOneLineError(cli(["report", "saas.json", "--pdf", "--out", "x.pdf", "--browser", "/nowhere/chromium"]), /report: no browser at \/nowhere\/chromium \(from --browser\)/),
      expectOneLineError(cli(["report", "saas.json", "--out", "y.pdf"], { env: { ISMS_KIT_CHROMIUM: "/nowhere/chrome" } }), /report: no browser at \/nowhere\/chrome \(from ISMS_KIT_CHROMIUM\)/),
      expectOneLineError(cli(["report", "nope.json"]), /cannot read nope\.json: no such file/),
      expectOneLineError(cli(["report", "saas.json", "--paper", "a3"]), /report: --paper must be one of "a4", "letter"; found "a3"/),
    ]);
    expect(existsSync(join(work, "x.pdf"))).toBe(false);
    const invalid = await cli(["report", "invalid.json"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^isms-kit: invalid\.json is not a valid ISMS document: 3 problems\n/);
  });
});

/** The files the demo writes, as documented. */
const demoFiles = [
  "soa.csv",
  "soa.xlsx",
  "soa.md",
  "risk-register.csv",
  "risk-register.json",
  "heatmap.svg",
  "heatmap-inherent.svg",
  "conformity-report.md",
  "conformity-report.json",
  "report.html",
  ...oscalFiles,
];

/** The pages of a PDF as pdfinfo and pdftotext (poppler-utils, which .ci/run installs) read them: whether landscape, and the text. */
function pdfPages(path: string): { width: number; height: number; text: string }[] {
  let info: string;
  try {
    info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", path], { encoding: "utf8" });
  } catch (error) {
    throw new Error(`pdfinfo (poppler-utils) cannot read ${path}: install Debian's poppler-utils (apt-get install poppler-utils), as .ci/run does`, { cause: error });
  }
  return [...info.matchAll(/^Page +(\d+) size: +([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[2]),
    height: Number(m[3]),
    text: execFileSync("pdftotext", ["-layout", "-f", m[1]!, "-l", m[1]!, path, "-"], { encoding: "utf8" }),
  }));
}

/** Checks that an XML text is well formed enough: one root, every tag closed in order. */
function checkWellFormed(xml: string): string {
  const stack: string[] = [];
  let root = "";
  const body = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  for (const match of body.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g)) {
    const [, closing, name = "", , selfClosing] = match;
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else {
      if (stack.length === 0 && root === "") root = name;
      else if (stack.length === 0) throw new Error(`a second root <${name}>`);
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(body)) throw new Error("an unescaped &");
  return root;
}

describe("isms-kit demo", () => {
  let demoDir = "";
  let run: InProcessRun;
  beforeAll(async () => {
    demoDir = mkdtempSync(join(tmpdir(), "isms-kit-demo-"));
    run = await cli(["demo"], { cwd: demoDir });
  });
  afterAll(() => rmSync(demoDir, { recursive: true, force: true }));

  it("writes every file to out/ and prints each path with its size, then a summary", async () => {
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^isms-kit demo: Northwind Cloud, from the built-in example \(examples\/saas-company\.isms\.json\), as of 2026-11-28\n/);
    for (const name of demoFiles) {
      const path = join(demoDir, "out", name);
      expect(existsSync(path), name).toBe(true);
      expect(statSync(path).size, name).toBeGreaterThan(100);
      expect(run.stdout).toMatch(new RegExp(`^ {2}out/${name.replace(".", "\\.")} +\\d+(\\.\\d)? k?B `, "m"));
    }
    const summary = run.stdout.slice(run.stdout.indexOf("Summary"));
    for (const label of ["Organisation", "Risks", "SoA", "Treatment", "Findings", "Stage 1", "Stage 2", "Next audit"]) expect(summary).toMatch(new RegExp(`^ {2}${label} `, "m"));
  });

  // Chromium (Debian's, which .ci/run installs) prints the audit pack; the demo says so when it cannot.
  it("prints the audit pack to report.pdf: A4 landscape, the table headers repeated on every page they run onto", () => {
    expect(run.stdout).toMatch(/^ {2}out\/report\.pdf +\d+(\.\d)? [kM]?B +audit pack \(PDF, landscape\)$/m);
    const path = join(demoDir, "out", "report.pdf");
    expect(readFileSync(path).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdfPages(path);
    expect(pages.length).toBeGreaterThanOrEqual(10);
    for (const page of pages) expect(Math.round(page.width), "A4 landscape").toBe(843);
    for (const page of pages) expect(Math.round(page.height)).toBe(596);
    const numbered = pages.filter((page, i) => page.text.includes(`Page ${i + 1} of ${pages.length}`));
    expect(numbered).toHaveLength(pages.length);
    // Every page the risk register or the SoA runs onto starts with the table's header row.
    const registerStart = pages.findIndex((page) => /^Risk register$/m.test(page.text));
    const soaStart = pages.findIndex((page) => /^Statement of Applicability$/m.test(page.text));
    const reviewStart = pages.findIndex((page) => /^Management review inputs$/m.test(page.text));
    expect([registerStart, soaStart, reviewStart].every((i) => i > 0)).toBe(true);
    const firstLine = (text: string) => text.split("\n").find((line) => line.trim() !== "") ?? "";
    for (let i = registerStart + 1; i < soaStart; i++) expect(firstLine(pages[i]!.text), `page ${i + 1}`).toMatch(/^\s*Risk\s+Title\s+Owner\s+Inherent\s+Residual/);
    expect(soaStart - registerStart).toBeGreaterThanOrEqual(2);
    for (let i = soaStart + 1; i < reviewStart; i++) expect(firstLine(pages[i]!.text), `page ${i + 1}`).toMatch(/^\s*Control\s+Title\s+Applicable\s+Reasons/);
    expect(reviewStart - soaStart).toBeGreaterThanOrEqual(3);
  });

  it("the heat maps are well-formed SVG documents", async () => {
    for (const name of ["heatmap.svg", "heatmap-inherent.svg"]) {
      const svg = readFileSync(join(demoDir, "out", name), "utf8");
      expect(checkWellFormed(svg)).toBe("svg");
      expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
  });

  // .ci/run installs rsvg-convert (Debian's librsvg2-bin); where it is missing this fails and says so.
  it("the heat map renders to PNG (rsvg-convert)", () => {
    try {
      execFileSync("rsvg-convert", ["--version"], { stdio: "pipe" });
    } catch {
      throw new Error("rsvg-convert is not installed: install Debian's librsvg2-bin (apt-get install librsvg2-bin), as .ci/run does");
    }
    const png = join(demoDir, "heatmap.png");
    execFileSync("rsvg-convert", ["-o", png, join(demoDir, "out", "heatmap.svg")], { stdio: "pipe" });
    const bytes = readFileSync(png);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(100); // width
  });

  it("the JSON, CSV, Markdown and Excel files hold what they say", async () => {
    const read = (name: string) => readFileSync(join(demoDir, "out", name), "utf8");
    expect(JSON.parse(read("risk-register.json")).entries).toHaveLength(22);
    expect(JSON.parse(read("conformity-report.json")).asOf).toBe("2026-11-28");
    expect(read("report.html")).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(read("report.html")).toContain("<h1>Northwind Cloud</h1>");
    // The risk register CSV names owners and acceptors with their ids; the columns are unchanged.
    expect(read("risk-register.csv").split("\r\n")[1]).toMatch(/^risk-01,Ransomware encrypts production data and backups,Ruben Janssen \(p-cto\),open,/);
    expect(read("risk-register.csv").split("\r\n")).toHaveLength(24);
    expect(read("soa.csv").split("\r\n")[0]).toMatch(/^Control,Title,/);
    {
      expect(oscalFiles.map((name) => Object.keys(JSON.parse(read(name)))[0])).toEqual(["catalog", "profile", "assessment-results", "plan-of-action-and-milestones"]);
    }
    expect(read("soa.md")).toMatch(/^## Statement of Applicability/);
    expect(read("conformity-report.md")).toMatch(/^# ISO\/IEC 27001:2022 conformity report — Northwind Cloud/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(demoDir, "out", "soa.xlsx")) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Statement of Applicability", "About"]);
  });

  it("gives the same files on every run", async () => {
    const again = mkdtempSync(join(tmpdir(), "isms-kit-demo-again-"));
    try {
      expect((await cli(["demo", "--out", "elsewhere", "--no-pdf"], { cwd: again })).code).toBe(0);
      expect(existsSync(join(again, "elsewhere", "report.pdf"))).toBe(false);
      for (const name of demoFiles) {
        expect(readFileSync(join(again, "elsewhere", name)).equals(readFileSync(join(demoDir, "out", name))), name).toBe(true);
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it("runs on your own document with <file>, and --as-of", async () => {
    const dir = join(work, "demo-startup");
    const own = await cli(["demo", "startup.json", "--out", dir, "--as-of", "2026-12-31", "--no-pdf"]);
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/^isms-kit demo: Brightpath Labs, from startup\.json, as of 2026-12-31/);
    expect(JSON.parse(readFileSync(join(dir, "conformity-report.json"), "utf8")).asOf).toBe("2026-12-31");
  });

  it("bad input: missing file, broken JSON, invalid document, bad --as-of, unwritable --out", async () => {
    await Promise.all([
      expectOneLineError(cli(["demo", "nope.json"]), /cannot read nope\.json: no such file/),
      expectOneLineError(cli(["demo", "broken.json"]), /broken\.json:3:\d+: not valid JSON/),
    ]);
    expect((await cli(["demo", "invalid.json"])).code).toBe(2);
    await expectOneLineError(cli(["demo", "--as-of", "tomorrow"]), /--as-of must be a calendar day/);
    writeFileSync(join(work, "a-file"), "");
    await expectOneLineError(cli(["demo", "--out", "a-file"]), /cannot write a-file\/soa\.csv: a-file is not a folder/);
  });
});

describe("colour", () => {
  const outputs = (env: Record<string, string>, terminal: { isTTY?: boolean; columns?: number } = {}) =>
    Promise.all([
      cli(["risks", "saas.json", "--as-of", "2026-11-28"], { env, ...terminal }),
      cli(["check", "startup.json", "--as-of", "2026-11-28"], { env, ...terminal }),
      cli(["catalog", "--theme", "people"], { env, ...terminal }),
      cli(["validate", "saas.json"], { env, ...terminal }),
      cli(["--help"], { env, ...terminal }),
      cli(["validate", "nope.json"], { env, ...terminal }),
    ]);

  it("is off when the output is not a terminal", async () => {
    for (const run of await outputs({})) {
      expect(run.stdout).not.toContain(ESC);
      expect(run.stderr).not.toContain(ESC);
    }
  });

  it("is off with NO_COLOR, even with FORCE_COLOR", async () => {
    for (const run of await outputs({ NO_COLOR: "1", FORCE_COLOR: "1" })) {
      expect(run.stdout + run.stderr).not.toContain(ESC);
    }
  });

  it("FORCE_COLOR=1 turns it on for piped output, without changing the text", async () => {
    const [plain, coloured] = await Promise.all([outputs({}), outputs({ FORCE_COLOR: "1" })]);
    expect(coloured[0]?.stdout).toContain(ESC);
    expect(coloured[5]?.stderr).toContain(ESC);
    coloured.forEach((run, i) => {
      expect(run.stdout.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain[i]?.stdout);
      expect(run.code).toBe(plain[i]?.code);
    });
  });

  it("FORCE_COLOR set to 0 or to nothing leaves piped output plain", async () => {
    for (const env of [{ FORCE_COLOR: "0" }, { FORCE_COLOR: "" }]) {
      for (const run of await outputs(env)) expect(run.stdout + run.stderr).not.toContain(ESC);
    }
  });

  it("is on for a terminal, on stdout and stderr; NO_COLOR turns it off there too", async () => {
    const [plain, terminal, noColour] = await Promise.all([
      outputs({}),
      outputs({}, { isTTY: true, columns: 100 }),
      outputs({ NO_COLOR: "1" }, { isTTY: true, columns: 100 }),
    ]);
    expect(terminal[0]?.stdout).toContain(ESC);
    expect(terminal[5]?.stderr).toContain(ESC);
    noColour.forEach((run, i) => {
      expect(run.stdout + run.stderr).not.toContain(ESC);
      expect(run.stdout).toBe(terminal[i]?.stdout.replace(/\u001b\[[0-9;]*m/g, ""));
      expect(run.code).toBe(plain[i]?.code);
    });
  });
});

/**
 * The built binary, `node dist/cli.js`, as npm links it for `isms-kit`, run as a separate process: what
 * the in-process runs above cannot show — the process exit code, real stdin, the real environment,
 * clock and working directory, and binary output on a pipe.
 */
describe("dist/cli.js as a separate process", () => {
  /** Runs the built CLI in the work folder, with a clean environment plus `env`. */
  const spawned = (args: readonly string[], options: { env?: Record<string, string>; input?: string } = {}) => runBuiltCli(builtCli, args, { cwd: work, ...options });

  // `npm run build` once for every test file that needs dist/ (a lock keeps parallel workers from
  // building at the same time).
  beforeAll(async () => {
    await ensureBuilt();
  }, 300_000);

  it("--version prints the package's version, exit 0", async () => {
    const run = await spawned(["--version"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`${packageVersion}\n`);
  });

  it("sets the process exit code: 1 for nonconformities, 0 without, 2 for bad input, on the right streams", async () => {
    const [nonconforming, conformant, missing] = await Promise.all([
      spawned(["check", "saas.json", "--as-of", "2026-11-28"]),
      spawned(["check", "conformant.json", "--as-of", "2026-11-28"]),
      spawned(["check", "nope.json"]),
    ]);
    expect(nonconforming.code).toBe(1);
    expect(nonconforming.stderr).toBe("");
    expect(nonconforming.stdout).toMatch(/^Conformity of Northwind Cloud with ISO\/IEC 27001:2022, as of 2026-11-28\n0 major · \d+ minor · /);
    expect(conformant.code).toBe(0);
    expect(conformant.stdout).toContain("0 major · 0 minor");
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe("isms-kit: cannot read nope.json: no such file\n");
  });

  it("reads standard input for -", async () => {
    const [good, bad] = await Promise.all([spawned(["validate", "-"], { input: example }), spawned(["validate", "-"], { input: several })]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^✓ standard input: a valid ISMS document for Northwind Cloud /);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^isms-kit: standard input is not a valid ISMS document: 3 problems\n/);
  });

  it("takes the default --as-of from the clock, relative paths from its working directory, and colour from its environment", async () => {
    const [register, piped, forced, noColour] = await Promise.all([
      spawned(["risks", "saas.json", "--format", "json"]),
      spawned(["validate", "nope.json"]),
      spawned(["validate", "nope.json"], { env: { FORCE_COLOR: "1" } }),
      spawned(["validate", "nope.json"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }),
    ]);
    expect(register.code).toBe(0);
    expect(JSON.parse(register.stdout).asOf).toBe(localDay(new Date()));
    expect(piped.stderr).toBe("isms-kit: cannot read nope.json: no such file\n");
    expect(forced.stderr).toContain(ESC);
    expect(forced.stderr.replace(/\u001b\[[0-9;]*m/g, "")).toBe(piped.stderr);
    expect(noColour.stderr).toBe(piped.stderr);
  });

  it("pipes xlsx bytes unchanged", async () => {
    const run = await spawned(["soa", "saas.json", "--format", "xlsx"]);
    expect(run.code).toBe(0);
    const inProcess = await cli(["soa", "saas.json", "--format", "xlsx"]);
    expect([...run.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(run.bytes.equals(inProcess.stdoutBytes)).toBe(true);
  });
});
