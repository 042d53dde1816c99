/**
 * The command line on hostile input: a document whose text holds terminal escape sequences, control
 * characters and line breaks; input that is not a document (a device, invalid UTF-8); dates outside
 * the supported years; and output that cannot be written whole. Nothing from the document reaches
 * the terminal as a control sequence or forges a line, and no file is lost or left half written.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostile as hostileText, hostileIsms } from "../fixtures/hostileIsms";
import { ensureBuilt } from "../_lib/ensureBuilt";
import { builtCli } from "./_helpers/builtCli";
import { runInProcess } from "./_helpers/runInProcess";

let work = "";
const cli = (args: readonly string[], options: { isTTY?: boolean; stdin?: string } = {}) => runInProcess(args, { cwd: work, today: "2026-11-28", ...options });

/** Characters that control a terminal, other than the line breaks (LF, CR LF) and tabs of the output's own layout and its own colours. */
const CONTROL = /\u001b(?!\[(?:1|2|22|31|32|33|35|36|39)m)|\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001A\u001C-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "isms-kit-hostile-"));
  writeFileSync(join(work, "hostile.json"), JSON.stringify(hostileIsms()));
  const invalid = hostileIsms() as any;
  invalid.risks[0].ownerId = "p-nobody\nisms-kit: forged problem line\u001b[2J";
  invalid.risks[0]["unknown\nfield\u001b]0;x\u0007"] = 1;
  writeFileSync(join(work, "invalid.json"), JSON.stringify(invalid));
  // Operational records as a scanner or an identity provider might export them, with hostile headers and cells.
  const csv = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  writeFileSync(
    join(work, "hostile-vulnerabilities.csv"),
    [
      ["Id", "Name", "Severity", "Identified on", csv("Notes\u001b]0;pwned\u0007\r\n  isms-kit: forged problem line")].join(","),
      ["v-9", csv(hostileText(7)), csv("\u001b[2Jcritical\nisms-kit: forged"), "2026-11-01", csv(hostileText(11))].join(","),
      ["v-10", csv(hostileText(8)), "high", "2026-11-02", csv(hostileText(9))].join(","),
    ].join("\n"),
  );
  writeFileSync(join(work, "hostile-vulnerabilities.jsonl"), `${JSON.stringify({ id: "v-9", name: hostileText(7), severity: hostileText(11) })}\n${JSON.stringify({ id: "v-10", name: hostileText(8) })}\n`);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("document text on a terminal", () => {
  it.each([
    ["validate", ["validate", "hostile.json"], [true, false]],
    ["risks", ["risks", "hostile.json"], [true, false]],
    ["check", ["check", "hostile.json"], [true, false]],
    ["soa as CSV on a terminal", ["soa", "hostile.json"], [true]],
    ["risks as CSV on a terminal", ["risks", "hostile.json", "--format", "csv"], [true]],
    ["check as Markdown on a terminal", ["check", "hostile.json", "--format", "md"], [true]],
    ["demo", ["demo", "hostile.json", "--out", "demo-out"], [true, false]],
    ["priorities", ["priorities", "hostile.json"], [true, false]],
    ["priorities as CSV on a terminal", ["priorities", "hostile.json", "--format", "csv"], [true]],
    ["priorities as JSON on a terminal", ["priorities", "hostile.json", "--format", "json"], [true]],
    ["deadlines", ["deadlines", "hostile.json"], [true, false]],
    ["deadlines as JSON on a terminal", ["deadlines", "hostile.json", "--format", "json"], [true]],
    ["an import of records, dry run", ["import", "vulnerabilities", "hostile-vulnerabilities.csv", "--dry-run"], [true, false]],
    ["an import of records, its report on stderr", ["import", "vulnerabilities", "hostile-vulnerabilities.csv"], [true, false]],
    ["an import of JSON lines", ["import", "vulnerabilities", "hostile-vulnerabilities.jsonl", "--dry-run"], [true, false]],
  ] as const)("%s prints no control sequence from the document", async (_name, args, terminals) => {
    for (const isTTY of terminals) {
      const run = await cli(args, { isTTY });
      expect(run.code, run.stderr).toBeLessThan(3);
      expect(run.stdout).not.toMatch(CONTROL);
      expect(run.stderr).not.toMatch(CONTROL);
    }
  });

  it("lists the reasons of each item of the remediation queue one per line, with no line forged by the document", async () => {
    const doc = hostileIsms() as any;
    for (const risk of doc.risks) risk.title = "line one\r\n  2. forged reason\nisms-kit: forged";
    writeFileSync(join(work, "forged-reasons.json"), JSON.stringify(doc));
    const run = await runInProcess(["priorities", "forged-reasons.json"], { cwd: work, today: "2026-11-28", isTTY: true, env: { NO_COLOR: "1" } });
    const why = run.stdout.split("\n\n").find((part) => part.startsWith("Why each is where it is:"))!;
    const lines = why.split("\n").slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.every((line, i) => line.startsWith(`  ${i + 1}. `))).toBe(true);
    expect(run.stdout).not.toMatch(/^ {2}2\. forged|^isms-kit: forged/m);
  });

  it("reports the problems of an import one per line, with no line forged by the file", async () => {
    const run = await runInProcess(["import", "vulnerabilities", "hostile-vulnerabilities.csv", "--dry-run"], { cwd: work, isTTY: true, env: { NO_COLOR: "1" } });
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n\n").find((part) => part.startsWith("Errors"))!.trimEnd().split("\n");
    expect(errors.slice(1)).toEqual(['  row 2, C (Severity): expected one of "low", "medium", "high", "critical"; found "\\u001b[2Jcritical\\nisms-kit: forged"']);
    expect(run.stdout).not.toMatch(/^ *isms-kit: forged/m);
  });

  it("keeps data written to a pipe as it is: CSV on stdout holds the document's text unchanged", async () => {
    const run = await cli(["soa", "hostile.json"], { isTTY: false });
    expect(run.stdout).toContain("\u001b[2J");
  });

  it("lists the problems of an invalid document one per line, with no line forged by the document", async () => {
    const run = await runInProcess(["validate", "invalid.json"], { cwd: work, isTTY: true, env: { NO_COLOR: "1" } });
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(CONTROL);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^isms-kit: invalid\.json is not a valid ISMS document: 2 problems$/);
    expect(lines.slice(1).every((line) => /^ {2}invalid\.json:\d+:\d+: \/risks\/0\//.test(line))).toBe(true);
    expect(lines).toHaveLength(3);
  });

  it("reports warnings about look-alike ids without failing", async () => {
    const doc = hostileIsms() as any;
    doc.risks.push({ id: "Risk-1", title: "Twin", ownerId: "p-ceo" });
    writeFileSync(join(work, "twins.json"), JSON.stringify(doc));
    const run = await cli(["validate", "twins.json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^isms-kit: warning: twins\.json:\d+:\d+: \/risks\/2\/id: id "Risk-1" differs from "risk-1" \(at risks\[0\]\) only by case or by characters that look alike; are they meant to be one\?\n$/);
    const json = await cli(["validate", "twins.json", "--format", "json"]);
    expect(JSON.parse(json.stdout).warnings.map((w: { code: string }) => w.code)).toEqual(["similar_id"]);
  });
});

describe("input that is not a document", () => {
  it("validate /dev/zero stops at once with a clear error", async () => {
    const run = await cli(["validate", "/dev/zero"]);
    expect([run.code, run.stderr]).toEqual([2, "isms-kit: cannot read /dev/zero: it is a device, not a file\n"]);
  });

  it("invalid UTF-8 is an error with the byte offset, not a document full of U+FFFD", async () => {
    writeFileSync(join(work, "latin1.json"), Buffer.concat([Buffer.from('{"schemaVersion":"1.0","organization":{"name":"Caf'), Buffer.from([0xe9]), Buffer.from('"}}')]));
    const run = await cli(["validate", "latin1.json"]);
    expect([run.code, run.stderr]).toEqual([2, "isms-kit: latin1.json is not valid UTF-8: byte 0xE9 at offset 50 (line 1, column 51)\n"]);
  });
});

describe("dates outside the supported years", () => {
  it("oscal poam --as-of 1899-12-31 is refused, not written as an invalid OSCAL document", async () => {
    const run = await cli(["oscal", "poam", "hostile.json", "--as-of", "1899-12-31"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/--as-of must be a calendar day YYYY-MM-DD that exists, from 1900-01-01 to 2999-12-31; found "1899-12-31"/);
  });
});

describe("files are never lost", () => {
  it("demo writes every file or none: when one cannot be written, the folder keeps its old files and gets no new one", async () => {
    const out = join(work, "kept");
    mkdirSync(out);
    writeFileSync(join(out, "soa.csv"), "old soa");
    writeFileSync(join(out, "risk-register.json"), "old register");
    mkdirSync(join(out, "heatmap.svg"));
    const run = await cli(["demo", "hostile.json", "--out", "kept"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("isms-kit: cannot write kept/heatmap.svg: it is a directory; nothing was written\n");
    expect(readdirSync(out).sort()).toEqual(["heatmap.svg", "risk-register.json", "soa.csv"]);
    expect(readFileSync(join(out, "soa.csv"), "utf8")).toBe("old soa");
    expect(readFileSync(join(out, "risk-register.json"), "utf8")).toBe("old register");
  });

  it("--out killed in the middle of a write (a file size limit) leaves the old file whole", () => {
    ensureBuilt();
    writeFileSync(join(work, "soa.xlsx"), "the old workbook");
    // The built binary, so nothing but the output is written while the limit holds (2 blocks of 1 kB).
    const run = spawnSync("bash", ["-c", `ulimit -f 2; exec "${process.execPath}" "${builtCli}" soa hostile.json --out soa.xlsx`], { cwd: work, encoding: "utf8" });
    expect([run.status, run.stderr]).toEqual([2, "isms-kit: cannot write soa.xlsx: the file is larger than the system allows\n"]);
    expect(readFileSync(join(work, "soa.xlsx"), "utf8")).toBe("the old workbook");
    expect(readdirSync(work).filter((name) => name.startsWith(".soa.xlsx"))).toEqual([]);
  });
});
