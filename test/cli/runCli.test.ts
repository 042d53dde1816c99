/**
 * runCli in-process, with streams of its own: what a spawned process cannot show — a terminal (colour,
 * width), and an unexpected error.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/_lib/CliIo";
import { runCli } from "../../src/cli/runCli";
import { root } from "./_helpers/builtCli";

interface FakeRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI with in-memory streams; `tty` makes stdout and stderr terminals `columns` wide. */
async function run(
  argv: string[],
  options: { tty?: boolean; columns?: number; env?: Record<string, string>; failWrites?: boolean } = {},
): Promise<FakeRun> {
  let stdout = "";
  let stderr = "";
  const stream = (append: (text: string) => void) => ({
    write: (chunk: string | Uint8Array) => {
      if (options.failWrites) throw new Error("the disk is on fire");
      append(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("latin1"));
    },
    isTTY: options.tty ?? false,
    columns: options.tty ? (options.columns ?? 80) : undefined,
  });
  const io: CliIo = {
    stdout: stream((text) => (stdout += text)),
    stderr: { ...stream((text) => (stderr += text)), write: (chunk) => void (stderr += String(chunk)) },
    readStdin: () => "",
    env: options.env ?? {},
    cwd: root,
    today: () => "2026-11-28",
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const example = join("examples", "saas-company.isms.json");
const ESC = "\u001b[";

describe("runCli on a terminal", () => {
  it("colours the output, and fits tables to the terminal's width", async () => {
    const result = await run(["risks", example], { tty: true, columns: 72 });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(ESC);
    const plain = result.stdout.replace(/\u001b\[[0-9;]*m/g, "");
    for (const line of plain.split("\n").slice(0, 23)) expect([...line].length).toBeLessThanOrEqual(72);
    expect(plain).toContain("as of 2026-11-28");
  });

  it("does not colour with NO_COLOR", async () => {
    const result = await run(["check", example], { tty: true, env: { NO_COLOR: "1" } });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain(ESC);
  });

  it("colours errors on a terminal's stderr", async () => {
    const result = await run(["validate", "nope.json"], { tty: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^\u001b\[1m\u001b\[31misms-kit:\u001b\[39m\u001b\[22m cannot read nope\.json: no such file\n$/);
  });

  it("refuses to print an xlsx workbook on a terminal", async () => {
    const result = await run(["soa", example, "--format", "xlsx"], { tty: true, env: { NO_COLOR: "1" } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("isms-kit: soa: an xlsx workbook is binary; write it to a file with --out soa.xlsx (or pipe it)\n");
  });

  it("uses the io's clock for --as-of", async () => {
    const result = await run(["check", example, "--format", "json"]);
    expect(JSON.parse(result.stdout).asOf).toBe("2026-11-28");
  });
});

describe("runCli on an unexpected error", () => {
  it("exits 3 and prints the stack, asking for a bug report", async () => {
    const result = await run(["catalog"], { failWrites: true });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^isms-kit: catalog: unexpected error; this is a bug in isms-kit \d+\.\d+\.\d+, please report it with what follows\n {2}Error: the disk is on fire\n {2}\s*at /);
  });
});
