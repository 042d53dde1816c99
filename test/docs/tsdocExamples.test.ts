/**
 * The TSDoc of the public API cannot rot (STYLE.md §9). For every name the seven entry points export
 * (`isms-kit`, `isms-kit/catalog`, `isms-kit/mappings`, `isms-kit/oscal`, `isms-kit/report`,
 * `isms-kit/source`, `isms-kit/import`):
 * - it has TSDoc with a summary, a `@category` of the documented set and an `@example`;
 * - every example type-checks against the public API under the project's strict settings;
 * - every example runs, and every `//=>` line in it holds.
 *
 * An example runs with the whole public API and `z` (zod) in scope. A line `//=> value` checks the
 * expression on the line above it against `value` with `toEqual`; `//=> throws Name: "text"` checks
 * that it throws an error of that name whose message contains the text.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as catalog from "../../src/catalog/index";
import * as oscal from "../../src/export/oscal/index";
import * as report from "../../src/export/report/index";
import * as api from "../../src/index";
import * as importing from "../../src/import/index";
import * as mappings from "../../src/mappings/index";
import * as source from "../../src/model/source/index";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The entry points, each with its module, in the order names are looked up. */
const ENTRIES = [
  { file: "src/index.ts", module: api },
  { file: "src/catalog/index.ts", module: catalog },
  { file: "src/mappings/index.ts", module: mappings },
  { file: "src/export/oscal/index.ts", module: oscal },
  { file: "src/export/report/index.ts", module: report },
  { file: "src/model/source/index.ts", module: source },
  { file: "src/import/index.ts", module: importing },
] as const;
/** The categories of the API reference (typedoc.json's `categoryOrder`). */
const CATEGORIES = new Set(["Model", "Risk", "Treatment", "Conformity", "Catalog", "Mappings", "Interop", "Errors"]);

interface DocumentedExport {
  readonly name: string;
  /** The entry file that exports it first. */
  readonly entry: string;
  readonly isValue: boolean;
  readonly summary: string;
  readonly tags: Map<string, string[]>;
}

const program = ts.createProgram(
  ENTRIES.map((e) => path.join(ROOT, e.file)),
  { strict: true, noEmit: true, resolveJsonModule: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 },
);
const checker = program.getTypeChecker();

function readExports(): DocumentedExport[] {
  const seen = new Set<string>();
  const out: DocumentedExport[] = [];
  for (const entry of ENTRIES) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(path.join(ROOT, entry.file))!);
    if (moduleSymbol === undefined) throw new Error(`no module symbol for ${entry.file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      if (seen.has(exported.name)) continue;
      seen.add(exported.name);
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
      out.push({ name: exported.name, entry: entry.file, isValue: exported.name in entry.module, summary, tags });
    }
  }
  return out;
}

/** The code of an example, without its fence and import lines. */
function exampleCode(example: string): string {
  const code = example.replace(/^\s*```\w*\s*\n?/, "").replace(/\n?\s*```\s*$/, "");
  return code
    .split("\n")
    .filter((line) => !/^\s*import\s/.test(line))
    .join("\n");
}

/** Turns an example into runnable JavaScript with `//=>` lines as checks. */
function compileExample(example: string): string {
  const out: string[] = [];
  for (const line of exampleCode(example).split("\n")) {
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
  const result = ts.transpileModule(out.join("\n"), { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } });
  const problems = (result.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  if (problems.length > 0) throw new Error(`the example does not compile: ${problems.join("; ")}\n${out.join("\n")}`);
  return result.outputText;
}

const documented = readExports();
const examples = documented.flatMap((d) => (d.tags.get("example") ?? []).map((example, i) => ({ name: `${d.name} #${i + 1}`, example })));
const scope: Record<string, unknown> = { ...importing, ...source, ...report, ...oscal, ...mappings, ...catalog, ...api, z };

describe("TSDoc of the public API", () => {
  it("covers the seven entry points", () => {
    expect(documented.length).toBeGreaterThan(300);
    expect(new Set(documented.map((d) => d.entry)).size).toBe(7);
  });

  it("gives every export a summary, a @category of the reference and an @example", () => {
    const missing = documented.flatMap((d) => {
      const category = d.tags.get("category")?.[0]?.trim();
      return [
        ...(d.summary.trim() === "" ? [`${d.name}: no summary`] : []),
        ...(category === undefined ? [`${d.name}: no @category`] : CATEGORIES.has(category) ? [] : [`${d.name}: @category ${category} is not one of ${[...CATEGORIES].join(", ")}`]),
        ...(d.tags.has("example") ? [] : [`${d.name}: no @example`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it("type-checks every example against the public API", () => {
    const entryOf = (d: DocumentedExport) => path.join(ROOT, d.entry).replace(/\.ts$/, "");
    const header = (file: string) =>
      ENTRIES.map((entry) => {
        const names = documented.filter((d) => d.entry === entry.file);
        const from = path.relative(path.dirname(file), entryOf(names[0]!)).replace(/\\/g, "/");
        const values = names.filter((d) => d.isValue).map((d) => d.name);
        const types = names.filter((d) => !d.isValue).map((d) => d.name);
        return `import { ${values.join(", ")} } from "${from}";\nimport type { ${types.join(", ")} } from "${from}";\n`;
      }).join("") + 'import { z } from "zod";\n';
    const virtual = new Map<string, string>();
    documented.forEach((d) =>
      (d.tags.get("example") ?? []).forEach((example, i) => {
        const file = path.join(ROOT, "test/docs", `__example_${d.name}_${i}.ts`);
        virtual.set(file, `${header(file)}export {};\n${exampleCode(example)}`);
      }),
    );
    const headerLines = header(path.join(ROOT, "test/docs/x.ts")).split("\n").length;
    const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const options = { ...(config?.options ?? {}), noEmit: true, noUnusedLocals: false };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (name) => virtual.get(path.resolve(name)) ?? readFile(name);
    host.fileExists = (name) => virtual.has(path.resolve(name)) || fileExists(name);
    host.getSourceFile = (name, language, ...rest) => {
      const text = virtual.get(path.resolve(name));
      return text === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, text, language, true);
    };
    const typeChecked = ts.createProgram([...virtual.keys()], options, host);
    const problems = [...virtual.keys()].flatMap((name) =>
      ts.getPreEmitDiagnostics(typeChecked, typeChecked.getSourceFile(name)).map((d) => {
        const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - headerLines + 1 : -1;
        const text = d.file && d.start !== undefined ? d.file.text.slice(d.start, d.start + (d.length ?? 20)) : "";
        return `${path.basename(name)} line ${line} (${text}): ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
    expect(problems, problems.join("\n")).toEqual([]);
  }, 180_000);

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
