import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

const lock = join(repoRoot, ".build-lock");
const outputs = ["dist/index.js", "dist/index.cjs", "dist/cli.js", "dist/schema.json"];
const inputs = ["src", "catalog", "examples", "tsup.config.ts", "package.json", "scripts"];

function newest(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

function fresh(): boolean {
  const built = outputs.map((o) => statSync(join(repoRoot, o), { throwIfNoEntry: false })?.mtimeMs ?? 0);
  const oldestOutput = Math.min(...built);
  return oldestOutput > 0 && oldestOutput >= Math.max(...inputs.map((i) => newest(join(repoRoot, i))));
}

/**
 * Builds the package (`npm run build`) unless `dist/` is newer than every source. Test files that
 * need the built package run in parallel workers, so the first one takes a lock directory and
 * builds; the others wait for it and then find `dist/` fresh.
 */
export async function ensureBuilt(): Promise<void> {
  const started = Date.now();
  for (;;) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true }); // left by a crashed run
      if (Date.now() - started > 600_000) throw new Error("timed out waiting for another worker's build");
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (!fresh()) execFileSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "build"], { cwd: repoRoot, stdio: "pipe" });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
    return;
  }
}
