/**
 * The TSDoc of `src/catalog` cannot rot (STYLE.md §9): every export has a TSDoc block with
 * `@category Catalog` and an `@example`; every example type-checks against the real API; and every
 * `expression` followed by a `//=> value` line is executed and must equal `value`. The repository-wide
 * `test/docs/tsdocExamples.test.ts` runs the same examples through the root entry; this test adds the
 * type check and the `@category Catalog` rule for the catalog's files.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { exportDocs } from "../_lib/exportDocs";
import * as catalog from "../../src/catalog/index";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIR = path.join(ROOT, "src/catalog");

interface Example {
  readonly file: string;
  readonly exportName: string;
  readonly index: number;
  readonly code: string;
}

const files = fs.readdirSync(SOURCE_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");
const docs = files.flatMap((file) => exportDocs(SOURCE_DIR, file));
const examples: Example[] = docs.flatMap((doc) => doc.examples.map((code, index) => ({ file: doc.file, exportName: doc.name, index, code })));

/**
 * Rewrites an example so that each `expression` + `//=> expected` pair becomes a recorded check, with
 * the rules of `test/docs/tsdocExamples.test.ts` (so an example that passes here passes there): the
 * expression is the last non-blank line above the `//=>` line; `//=> throws Name: "text"` expects the
 * expression to throw an error of that name whose message contains the text.
 */
function instrument(code: string): string {
  const out: string[] = [];
  for (const line of code.split("\n")) {
    const expected = /^\s*\/\/=>\s?(.*)$/.exec(line);
    if (expected === null) {
      out.push(line);
      continue;
    }
    while (out.length > 0 && (out[out.length - 1] ?? "").trim() === "") out.pop();
    const expression = (out.pop() ?? "").trim().replace(/;$/, "");
    const thrown = /^throws (\w+)(?::\s*(.*))?$/.exec((expected[1] ?? "").trim());
    out.push(
      thrown
        ? `__checkThrows(() => (${expression}), ${JSON.stringify(thrown[1])}, ${thrown[2] ?? "undefined"}, ${JSON.stringify(expression)});`
        : `__check(() => (${expression}), () => (${expected[1] ?? ""}), ${JSON.stringify(expression)});`,
    );
  }
  return out.join("\n");
}

describe("TSDoc of src/catalog", () => {
  it("finds the exports and their examples", () => {
    expect(docs.length).toBeGreaterThan(60);
    expect(examples.filter((e) => e.code.includes("//=>")).length).toBeGreaterThan(40);
  });

  it("documents every export with @category Catalog and an @example", () => {
    const problems = docs.flatMap((doc) => [
      ...(doc.hasDoc ? [] : [`${doc.file} ${doc.name}: no TSDoc`]),
      ...(doc.category === "Catalog" ? [] : [`${doc.file} ${doc.name}: @category is ${doc.category ?? "missing"}, expected Catalog`]),
      ...(doc.examples.length > 0 ? [] : [`${doc.file} ${doc.name}: no @example`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("exports every documented value from src/catalog/index.ts", () => {
    const valueNames = docs.map((doc) => doc.name).filter((name) => !/^[A-Z]/.test(name) || name.endsWith("Schema") || name === "CatalogError");
    expect(valueNames.filter((name) => !(name in catalog))).toEqual([]);
  });

  it("type-checks every example against the API", () => {
    const exported = Object.keys(catalog);
    const typeNames = docs.map((doc) => doc.name).filter((name) => !exported.includes(name));
    const header = `import { ${exported.join(", ")} } from "../../src/catalog/index";\nimport type { ${typeNames.join(", ")} } from "../../src/catalog/index";\n`;
    const virtual = new Map(
      examples.map((example) => [
        path.join(ROOT, "test/catalog", `__example_${example.file.replace(/\.ts$/, "")}_${example.exportName}_${example.index}.ts`),
        `${header}export {};\n${example.code}`,
      ]),
    );
    const config = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const options = { ...(config?.options ?? {}), noEmit: true };
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
    const program = ts.createProgram([...virtual.keys()], options, host);
    const problems = [...virtual.keys()].flatMap((name) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - 2 : -1;
        return `${path.basename(name)} line ${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 60_000);

  describe.each(examples.filter((e) => e.code.includes("//=>")))("$file $exportName example $index", (example) => {
    it("holds", () => {
      const js = ts.transpileModule(instrument(example.code), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText;
      let checks = 0;
      const check = (actual: () => unknown, expected: () => unknown, label: string) => {
        checks++;
        expect(actual(), label).toEqual(expected());
      };
      const checkThrows = (thunk: () => unknown, name: string, message: string | undefined, label: string) => {
        checks++;
        let thrown: unknown;
        try {
          thunk();
        } catch (error) {
          thrown = error;
        }
        expect(thrown, `${label} should throw`).toBeInstanceOf(Error);
        expect((thrown as Error).name, label).toBe(name);
        if (message !== undefined) expect((thrown as Error).message, label).toContain(message);
      };
      const names = Object.keys(catalog);
      new Function(...names, "__check", "__checkThrows", js)(...names.map((name) => (catalog as Record<string, unknown>)[name]), check, checkThrows);
      expect(checks).toBeGreaterThan(0);
    });
  });
});
