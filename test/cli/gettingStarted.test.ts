/**
 * The walk of docs/getting-started.md, section 2, run as the guide tells it: `init`, then `check`,
 * then the edits the guide shows (each YAML block names its file in its first line), then `validate`
 * and `check` again. Every output line the guide shows (but lines with "…") must be in the output.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "./_helpers/builtCli";
import { runInProcess, type InProcessRun } from "./_helpers/runInProcess";

const guide = readFileSync(join(root, "docs/getting-started.md"), "utf8");
const walk = /<!-- walk -->([\s\S]*?)<!-- \/walk -->/.exec(guide)?.[1] ?? "";
const blocks = [...walk.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, body: m[2]! }));
const work = mkdtempSync(join(tmpdir(), "isms-kit-walk-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Replaces the undecided entry of each control in the block with the block's entry. */
function decide(file: string, block: string): void {
  let text = readFileSync(file, "utf8");
  for (const entry of block.split(/^(?=- id: )/m).filter((e) => e.startsWith("- id: "))) {
    const id = /^- id: (".*?")/.exec(entry)![1]!;
    const undecided = `- id: ${id}\n  applicable: null\n`;
    expect(text, `${id} is undecided in ${file}`).toContain(undecided);
    text = text.replace(undecided, entry.endsWith("\n") ? entry : `${entry}\n`);
  }
  writeFileSync(file, text);
}

describe("docs/getting-started.md: init → edit → check", () => {
  it("has a walk to run: commands, edits and the output it promises", () => {
    expect(blocks.filter((b) => b.lang === "sh").length).toBeGreaterThanOrEqual(2);
    expect(blocks.filter((b) => b.lang === "yaml").length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.lang === "text").length).toBeGreaterThanOrEqual(2);
  });

  it("runs as written, and every command gives what the guide shows", async () => {
    let cwd = work;
    let outputs: InProcessRun[] = [];
    for (const block of blocks) {
      if (block.lang === "sh") {
        outputs = [];
        for (const line of block.body.split("\n").map((l) => l.trim()).filter(Boolean)) {
          if (line.startsWith("cd ")) {
            cwd = resolve(cwd, line.slice(3));
            continue;
          }
          expect(line).toMatch(/^npx isms-kit /);
          const args = [...line.slice("npx isms-kit ".length).matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
          const run = await runInProcess(args, { cwd, today: "2026-11-28" });
          expect(run.stderr, line).toBe("");
          outputs.push(run);
        }
      } else if (block.lang === "yaml") {
        const [first = "", ...rest] = block.body.split("\n");
        const match = /^# (\S+)(?: \((append|decide these controls)\))?$/.exec(first);
        expect(match, `the first line of a YAML block names its file: ${first}`).not.toBeNull();
        const file = join(cwd, match![1]!);
        const body = rest.join("\n");
        if (match![2] === "append") appendFileSync(file, body);
        else if (match![2] === "decide these controls") decide(file, body);
        else writeFileSync(file, body);
      } else if (block.lang === "text") {
        const stdout = outputs.map((run) => run.stdout).join("");
        for (const line of block.body.split("\n").filter((l) => l.trim() !== "" && !l.includes("…"))) expect(stdout).toContain(line);
      }
    }
    // The walk ends on a valid document that check still finds work in (exit 1), with fewer findings.
    const last = await runInProcess(["check", "."], { cwd, today: "2026-11-28" });
    expect(last.code).toBe(1);
    expect(last.stdout).not.toContain("6.1.2  no information security risk has been identified");
    expect(last.stdout).not.toContain("4.3    the scope of the ISMS has not been determined");
  });

  it("its example of a mistake is what validate says about it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "isms-kit-mistake-"));
    try {
      await runInProcess(["init", "."], { cwd: dir });
      writeFileSync(join(dir, "isms/people.yaml"), "- id: p-ceo\n  name: Dana Smith\n  jobTitle: Chief Executive Officer\n  topManagment: true\n");
      const run = await runInProcess(["validate", "."], { cwd: dir });
      const shown = /```text\n(isms-kit: \. is not a valid[\s\S]*?)```/.exec(guide)?.[1];
      expect(shown).toBeDefined();
      expect(run.stderr).toBe(shown);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
