/**
 * The command line starts without loading the library: `isms-kit --help` loads only the CLI's own
 * chunks (and node's modules), and each command loads what it uses — `validate` the reading and
 * validating of documents (isms-kit/source), not the whole library. Checked on the built files'
 * static imports; the time it takes is measured by `npm run bench` (docs/performance.md).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../_lib/ensureBuilt";
import { builtCli } from "./_helpers/builtCli";

/** Every module a built file loads before it runs: its static imports, followed through relative ones. */
function staticImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(file, "utf8");
  for (const match of text.matchAll(/^(?:import|export)\s[^;]*?from\s*"([^"]+)"|^import\s*"([^"]+)"/gm)) {
    const specifier = match[1] ?? match[2]!;
    if (specifier.startsWith(".")) {
      const target = join(dirname(file), specifier);
      if (seen.has(target)) continue;
      seen.add(target);
      staticImports(target, seen);
    } else seen.add(specifier);
  }
  return seen;
}

const packages = (modules: Set<string>) => [...modules].filter((m) => !m.includes("/dist/") && !m.startsWith("node:") && !/^(fs|path|util|url|os|zlib)$/.test(m)).sort();

describe("the command line's start", () => {
  beforeAll(ensureBuilt, 600_000);

  it("--help loads no part of the library and no package: only the CLI's own chunks", () => {
    const modules = staticImports(builtCli);
    expect(packages(modules)).toEqual([]);
    const text = readFileSync(builtCli, "utf8");
    expect(text).toMatch(/import\("\.\/cli\/validate-[\w-]+\.js"\)/);
  });

  it("validate loads isms-kit/source, not the whole library", () => {
    const chunk = /import\("\.\/(cli\/validate-[\w-]+\.js)"\)/.exec(readFileSync(builtCli, "utf8"))![1]!;
    const modules = packages(staticImports(join(dirname(builtCli), chunk)));
    expect(modules).toContain("isms-kit/source");
    expect(modules).not.toContain("isms-kit");
    expect(modules).not.toContain("isms-kit/import");
  });
});
