/**
 * Every public export has TSDoc with a summary, a `@category` and an `@example`; every example runs,
 * and every `//=>` line in it holds. So the docs cannot rot (STYLE.md §9).
 *
 * An example runs with the whole public API and `z` (zod) in scope. A line `//=> value` checks the
 * expression on the line above it against `value` with `toEqual`; `//=> throws Name: "text"` checks
 * that it throws an error of that name whose message contains the text.
 */
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as api from "../../src/index";
import * as oscal from "../../src/export/oscal/index";

const root = fileURLToPath(new URL("../..", import.meta.url));
/** The entry points whose exports are documented: the package root and its subpaths not re-exported there. */
const entries = [`${root}src/index.ts`, `${root}src/oscal/index.ts`];

interface DocumentedExport {
  name: string;
  summary: string;
  tags: Map<string, string[]>;
}

function readExports(): DocumentedExport[] {
  const program = ts.createProgram(entries, { allowJs: false, strict: true, noEmit: true, resolveJsonModule: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  return entries.flatMap((entry) => checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(entry)!)!)).filter((s) => !seen.has(s.name) && seen.add(s.name)).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = new Map<string, string[]>();
    let summary = "";
    for (const declaration of symbol.declarations ?? []) {
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      for (const doc of ts.getJSDocCommentsAndTags(node)) {
        if (!ts.isJSDoc(doc)) continue;
        summary ||= ts.getTextOfJSDocComment(doc.comment) ?? "";
        for (const tag of doc.tags ?? []) {
          const list = tags.get(tag.tagName.text) ?? [];
          list.push(ts.getTextOfJSDocComment(tag.comment) ?? "");
          tags.set(tag.tagName.text, list);
        }
      }
    }
    return { name: exported.name, summary, tags };
  });
}

/** Turns an example into runnable JavaScript with `//=>` lines as checks. */
function compileExample(example: string): string {
  const code = example.replace(/^\s*```\w*\s*\n?/, "").replace(/\n?\s*```\s*$/, "");
  const lines = code.split("\n").filter((line) => !/^\s*import\s/.test(line));
  const out: string[] = [];
  for (const line of lines) {
    const check = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (!check) {
      out.push(line);
      continue;
    }
    let previous = out.length - 1;
    while (previous >= 0 && out[previous]!.trim() === "") previous--;
    if (previous < 0) throw new Error("a //=> line with no expression above it");
    // The expression on the line above, without a trailing `;` or `// comment`.
    const expression = out[previous]!.trim().replace(/\s+\/\/\s.*$/, "").replace(/;$/, "");
    const thrown = /^throws (\w+)(?::\s*(.*))?$/.exec(check[1]!.trim());
    out[previous] = thrown
      ? `__checkThrows(() => (${expression}), ${JSON.stringify(thrown[1])}, ${thrown[2] ?? "undefined"});`
      : `__check(${expression}, ${check[1]});`;
  }
  const result = ts.transpileModule(out.join("\n"), {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  });
  const problems = (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (problems.length > 0) throw new Error(`the example does not compile: ${problems.join("; ")}\n${out.join("\n")}`);
  return result.outputText;
}

const documented = readExports();
const scope: Record<string, unknown> = { ...api, ...oscal, z };

describe("TSDoc of the public API", () => {
  it("every export has a summary, a @category and an @example", () => {
    const missing = documented.flatMap((d) => [
      ...(d.summary.trim() === "" ? [`${d.name}: no summary`] : []),
      ...(d.tags.has("category") ? [] : [`${d.name}: no @category`]),
      ...(d.tags.has("example") ? [] : [`${d.name}: no @example`]),
    ]);
    expect(missing).toEqual([]);
  });

  const examples = documented.flatMap((d) => (d.tags.get("example") ?? []).map((example, i) => ({ name: `${d.name} #${i + 1}`, example })));
  it.each(examples)("the example of $name runs and its //=> results hold", ({ example }) => {
    const javascript = compileExample(example);
    const names = Object.keys(scope);
    const run = new Function(...names, "__check", "__checkThrows", javascript);
    let checks = 0;
    const check = (actual: unknown, expected: unknown) => {
      checks++;
      expect(actual).toEqual(expected);
    };
    const checkThrows = (thunk: () => unknown, name: string, message: string | undefined) => {
      checks++;
      let thrown: unknown;
      try {
        thunk();
      } catch (error) {
        thrown = error;
      }
      expect(thrown, "expected the expression to throw").toBeInstanceOf(Error);
      expect((thrown as Error).name).toBe(name);
      if (message !== undefined) expect((thrown as Error).message).toContain(message);
    };
    run(...names.map((n) => scope[n]), check, checkThrows);
    if (example.includes("//=>")) expect(checks).toBeGreaterThan(0);
  });
});
