import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../../..", import.meta.url));

/** The built command line, `dist/cli.js`, as npm links it for the `isms-kit` binary. */
export const builtCli = join(root, "dist", "cli.js");

/** What a run of the CLI gave: exit code, and stdout and stderr as text (and stdout as bytes). */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly bytes: Buffer;
}

/** The environment without anything that changes colour or width, plus `env`. */
function cleanEnv(env: Readonly<Record<string, string>>): Record<string, string> {
  const base: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "NODE_OPTIONS", "CI"].includes(key)) continue;
    base[key] = value;
  }
  return { ...base, ...env };
}

/** Runs `node <cli> ...args` as a separate process with pipes for stdin, stdout and stderr. */
export function runBuiltCli(
  cli: string,
  args: readonly string[],
  options: { cwd: string; env?: Readonly<Record<string, string>>; input?: string },
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd, env: cleanEnv(options.env ?? {}), stdio: "pipe" });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => out.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const bytes = Buffer.concat(out);
      resolve({ code, stdout: bytes.toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), bytes });
    });
    child.stdin.on("error", () => {}); // the CLI may exit before reading its input
    child.stdin.end(options.input ?? "");
  });
}
