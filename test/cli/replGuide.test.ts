/**
 * docs/repl.md cannot rot: its ```js blocks run, in order, in one Node process at the repository
 * root, importing the built package by its name as a REPL user does; every `//=>` line checks the
 * expression on the line above it (deep equality).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../_lib/ensureBuilt";
import { root } from "./_helpers/builtCli";

/** The guide's code as one ES module, with each `//=>` line turned into a check of the line above. */
function replGuideToScript(markdown: string): string {
  const blocks = [...markdown.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? "");
  const lines: string[] = [];
  for (const line of blocks.join("\n").split("\n")) {
    const check = /^\/\/=>\s?(.*)$/.exec(line);
    if (!check) {
      lines.push(line);
      continue;
    }
    const expression = lines.pop()?.replace(/;\s*$/, "") ?? "";
    lines.push(`__check(() => (${expression}), ${check[1]}, ${JSON.stringify(expression)});`);
  }
  return [
    'import { isDeepStrictEqual, inspect } from "node:util";',
    'import * as util from "node:util";',
    // The REPL provides `util`, and `util.inspect.replDefaults` exists only inside the REPL.
    "util.inspect.replDefaults ??= {};",
    "function __check(actual, expected, source) {",
    "  const value = actual();",
    "  if (!isDeepStrictEqual(value, expected)) throw new Error(`${source}\\n  expected ${inspect(expected)}\\n  found ${inspect(value)}`);",
    "}",
    ...lines,
  ].join("\n");
}

beforeAll(async () => {
  await ensureBuilt();
}, 300_000);

describe("docs/repl.md", () => {
  const script = replGuideToScript(readFileSync(join(root, "docs/repl.md"), "utf8"));

  it("has code to run and checks to make", () => {
    expect(script).toContain('await import("isms-kit")');
    expect(script.match(/__check\(\(\) =>/g)?.length).toBeGreaterThanOrEqual(8);
  });

  it("every block runs against the built package and every //=> holds", () => {
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", stdio: "pipe" });
    expect(output).toContain("risk-01");
  });
});
