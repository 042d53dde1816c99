/**
 * The TSDoc of `src/treatment` cannot rot (STYLE.md §9): every export has a TSDoc block with a
 * summary, `@category Treatment` and an `@example`, and every example type-checks against the public
 * API under the project's strict settings. `test/docs/tsdocExamples.test.ts` runs the examples and
 * checks their `//=>` results; this test adds the type check.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { exportDocs } from "../_lib/exportDocs";
import * as api from "../../src/index";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE_DIR = path.join(ROOT, "src/treatment");

/** The names the package entry exports that are types only. */
function typeExports(): string[] {
  const entry = path.join(ROOT, "src/index.ts");
  const program = ts.createProgram([entry], { strict: true, noEmit: true, resolveJsonModule: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  return checker.getExportsOfModule(symbol).map((s) => s.name).filter((name) => !(name in api));
}

const files = fs.readdirSync(SOURCE_DIR).filter((f) => f.endsWith(".ts") && f !== "index.ts");
const docs = files.flatMap((file) => exportDocs(SOURCE_DIR, file));

describe("TSDoc of src/treatment", () => {
  it("documents every export with a summary, @category Treatment and an @example", () => {
    expect(docs.length).toBeGreaterThan(40);
    const problems = docs.flatMap((doc) => [
      ...(doc.summary === "" ? [`${doc.file} ${doc.name}: no summary`] : []),
      ...(doc.category === "Treatment" ? [] : [`${doc.file} ${doc.name}: @category is ${doc.category ?? "missing"}, expected Treatment`]),
      ...(doc.examples.length > 0 ? [] : [`${doc.file} ${doc.name}: no @example`]),
    ]);
    expect(problems).toEqual([]);
  });

  it("exports every documented name from the package entry", () => {
    const exported = new Set([...Object.keys(api), ...typeExports()]);
    expect(docs.map((doc) => doc.name).filter((name) => !exported.has(name))).toEqual([]);
  });

  it("type-checks every example against the public API", () => {
    const values = Object.keys(api);
    const types = typeExports();
    const header = `import { ${values.join(", ")} } from "../../src/index";\nimport type { ${types.join(", ")} } from "../../src/index";\nimport { z } from "zod";\n`;
    const examples = docs.flatMap((doc) => doc.examples.map((code, index) => ({ doc, code, index })));
    const virtual = new Map(
      examples.map(({ doc, code, index }) => [
        path.join(ROOT, "test/treatment", `__example_${doc.file.replace(/\.ts$/, "")}_${doc.name}_${index}.ts`),
        `${header}export {};\n${code}`,
      ]),
    );
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
    const program = ts.createProgram([...virtual.keys()], options, host);
    const problems = [...virtual.keys()].flatMap((name) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(name)).map((d) => {
        const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line - 3 : -1;
        return `${path.basename(name)} line ${where}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);
});
