/**
 * docs/secops.md cannot rot: its JSON blocks are one document (merged on a skeleton holding the
 * Statement of Applicability), its TypeScript block runs against that document as the file it reads,
 * and what it prints is exactly the ```text block that follows it.
 */
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as isms from "../../src/index";

const page = readFileSync(new URL("../../docs/secops.md", import.meta.url), "utf8");
const blocks = (language: string) => [...page.matchAll(new RegExp("^```" + language + "\\n([\\s\\S]*?)^```$", "gm"))].map((m) => m[1]!);

/** The guide's document: its JSON blocks merged (lists concatenated) on a skeleton with every Annex A control implemented. */
function guideDocument(): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    schemaVersion: "1.0",
    organization: { name: "Harbour Analytics GmbH" },
    controls: isms.annexAControlIds.map((id) => ({ id, applicable: true, reasons: ["business"], implementationStatus: "implemented" })),
  };
  for (const block of blocks("json")) {
    for (const [key, value] of Object.entries(JSON.parse(block) as Record<string, unknown>)) {
      doc[key] = Array.isArray(value) && Array.isArray(doc[key]) ? [...(doc[key] as unknown[]), ...value] : value;
    }
  }
  return doc;
}

/** Runs the guide's TypeScript block as CommonJS, `readFileSync` reading the guide's document; returns what it printed. */
function runGuideCode(code: string): string[] {
  const { outputText, diagnostics } = ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS } });
  expect(diagnostics ?? []).toEqual([]);
  const files: Record<string, string> = { "harbour.isms.json": JSON.stringify(guideDocument()) };
  const modules: Record<string, unknown> = {
    "isms-kit": isms,
    "node:fs": {
      readFileSync: (path: string) => {
        if (!(path in files)) throw new Error(`the guide reads ${path}, which it does not describe`);
        return files[path];
      },
    },
  };
  const printed: string[] = [];
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`the guide imports ${name}`);
    return modules[name];
  };
  new Function("require", "exports", "console", outputText)(require, {}, { log: (line: string) => printed.push(line) });
  return printed;
}

describe("docs/secops.md", () => {
  const code = blocks("ts");
  const printed = runGuideCode(code[0] ?? "");

  it("holds one TypeScript example that reads the guide's records", () => {
    expect(code).toHaveLength(1);
    expect(() => isms.parseIsms(guideDocument())).not.toThrow();
  });

  it("prints exactly what the guide shows", () => {
    const shown = blocks("text").flatMap((b) => b.trim().split("\n"));
    const normalise = (line: string) => line.replace(/ {2,}/g, "  ");
    expect(printed.map(normalise)).toEqual(shown.map(normalise));
  });

  it("runs the rules that read the operating records, and says what the one opportunity for improvement is", () => {
    const rules = isms.conformityRules.filter((rule) => rule.reads?.some((field) => ["incidents", "accounts", "backupJobs"].includes(field)));
    const report = isms.checkConformity(isms.parseIsms(guideDocument()), { asOf: "2026-11-30", rules });
    expect(report.rules.length).toBeGreaterThan(20);
    expect(report.findings.filter((f) => f.severity === "ofi").map((f) => f.ruleId)).toEqual(["A.5.27-lessons-learned"]);
    expect(page).toContain("(`improvementIds`; A.5.27)");
  });
});
