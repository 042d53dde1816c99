import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../_lib/ensureBuilt";

const root = fileURLToPath(new URL("../..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
let project = "";

/** Runs node in the consumer project and returns what it printed. */
function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: project, encoding: "utf8" }).trim();
}

// Builds the package, packs it as npm would publish it, and installs the tarball into an empty
// project: what a user gets is what this test imports.
beforeAll(async () => {
  await ensureBuilt();
  project = mkdtempSync(join(tmpdir(), "isms-kit-smoke-"));
  execFileSync(npm, ["pack", "--pack-destination", project], { cwd: root, stdio: "pipe" });
  const tarball = readdirSync(project).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack wrote no tarball");
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync(npm, ["install", "--prefer-offline", "--no-audit", "--no-fund", `./${tarball}`], { cwd: project, stdio: "pipe" });
}, 240_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

const script = `
  const isms = k.parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, people: [{ id: "p", name: "Ada" }] });
  let code = "none";
  try { k.parseIsms({ schemaVersion: "1.0" }); } catch (e) { code = (e instanceof k.IsmsValidationError) + ":" + e.issues[0].pointer; }
  console.log(JSON.stringify([isms.people[0].status, code, k.annexAControlIds.length]));
`;

describe("the packed package", () => {
  it("works with import (ESM)", () => {
    const out = run(["--input-type=module", "-e", `import * as k from "isms-kit";${script}`]);
    expect(JSON.parse(out)).toEqual(["active", "true:/organization", 93]);
  });

  it("works with require (CommonJS)", () => {
    const out = run(["-e", `const k = require("isms-kit");${script}`]);
    expect(JSON.parse(out)).toEqual(["active", "true:/organization", 93]);
  });

  it("serves the isms-kit/catalog and isms-kit/oscal subpaths to import and require", () => {
    const probe = `console.log(JSON.stringify([c.annexA.controls.length, c.getControl("8.24").title, o.toOscalCatalog().catalog.groups.length]))`;
    const esm = run(["--input-type=module", "-e", `import * as c from "isms-kit/catalog"; import * as o from "isms-kit/oscal"; ${probe}`]);
    const cjs = run(["-e", `const c = require("isms-kit/catalog"); const o = require("isms-kit/oscal"); ${probe}`]);
    expect(JSON.parse(esm)).toEqual([93, "Use of cryptography", 4]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("serves the isms-kit/report subpath to import and require", () => {
    const probe = `const k = r.auditPackToHtml(p.parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }), { asOf: "2026-11-28" }); console.log(JSON.stringify([k.slice(0, 15), k.includes("<h1>Acme</h1>")]))`;
    const esm = run(["--input-type=module", "-e", `import * as r from "isms-kit/report"; import * as p from "isms-kit"; ${probe}`]);
    const cjs = run(["-e", `const r = require("isms-kit/report"); const p = require("isms-kit"); ${probe}`]);
    expect(JSON.parse(esm)).toEqual(["<!doctype html>", true]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("serves the isms-kit/source and isms-kit/import subpaths to import and require", () => {
    const probe = `const r = s.safeParseIsmsSources({ "isms.yaml": 'schemaVersion: "1.0"\\norganization:\\n  name: Acme\\n  employes: 3\\n' });
      const i = m.importStatementOfApplicability("Control,Applicable\\nA.5.1,Yes\\n");
      console.log(JSON.stringify([r.issues.map((x) => s.formatSourceLocation(x.location)), i.fragment.controls]))`;
    const esm = run(["--input-type=module", "-e", `import * as s from "isms-kit/source"; import * as m from "isms-kit/import"; ${probe}`]);
    const cjs = run(["-e", `const s = require("isms-kit/source"); const m = require("isms-kit/import"); ${probe}`]);
    expect(JSON.parse(esm)).toEqual([["isms.yaml:4:3"], [{ id: "5.1", applicable: true }]]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("loads no Node built-in module that importing zod alone does not (the import stays as light as zod's)", () => {
    // fflate's Node build would load worker_threads and streams, and a CommonJS dependency would start
    // Node's CommonJS lexer: the build imports fflate's browser build and carries fastest-levenshtein.
    const probe = (specifier: string) =>
      run(["--input-type=module", "-e", `await import("zod"); const before = new Set(process.moduleLoadList); await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))))`]);
    expect(JSON.parse(probe("isms-kit"))).toEqual([]);
    // the probe sees a built-in when one loads (the check above can fail)
    expect(JSON.parse(probe("node:worker_threads"))).toContain("NativeModule worker_threads");
  });

  it("builds the document's field schemas on first use, not at import (ESM and CommonJS)", () => {
    // zod calls globalThis.__zod_globalConfig.postProcessor with every schema object it constructs
    // (zod ≥ 4.6; with an older zod the counts below are 0 and this test fails, saying so).
    const count = `let built = 0; globalThis.__zod_globalConfig = { postProcessor() { built++; } };`;
    const steps = `const atImport = built; k.parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" } }); const afterParse = built;
      k.parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, risks: [] }); const afterSecond = built;
      k.safeParseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, risks: [{ id: "r" }] }); console.log(JSON.stringify([atImport, afterParse, afterSecond, built]));`;
    for (const counts of [
      JSON.parse(run(["--input-type=module", "-e", `${count} const k = await import("isms-kit"); ${steps}`])),
      JSON.parse(run(["-e", `${count} const k = require("isms-kit"); ${steps}`])),
    ] as [number, number, number, number][]) {
      const [atImport, afterParse, afterSecond, afterInvalid] = counts;
      expect(atImport, "zod reported no schema construction: its postProcessor hook is missing").toBeGreaterThan(0);
      // Some 410 at import (the record types and shared leaves). On Node.js a valid document is checked
      // by the generated code, which reads the schema only on the way to the nodes it hands to the
      // closures: the first parse builds those fields (some 540), the second none; an invalid
      // document runs zod itself, which builds the rest of the ~1,400 fields.
      expect(atImport).toBeLessThan(700);
      expect(afterParse - atImport).toBeGreaterThan(300);
      expect(afterSecond).toBe(afterParse);
      expect(afterInvalid - atImport).toBeGreaterThan(1_000);
    }
  });

  it("suggests the field a typo meant without fastest-levenshtein installed (the build carries it)", () => {
    const probe = `const r = k.safeParseIsms({ schemaVersion: "1.0", organization: { name: "Acme", employes: 3 } }); console.log(JSON.stringify([r.success, r.error.issues[0].message]))`;
    expect(existsSync(join(project, "node_modules", "fastest-levenshtein"))).toBe(false);
    const dist = join(project, "node_modules", "isms-kit", "dist");
    const importers = readdirSync(dist, { recursive: true, encoding: "utf8" })
      .filter((file) => /\.c?js$/.test(file))
      .filter((file) => /(from |require\()["']fastest-levenshtein["']/.test(readFileSync(join(dist, file), "utf8")));
    expect(importers).toEqual([]);
    const esm = run(["--input-type=module", "-e", `import * as k from "isms-kit"; ${probe}`]);
    const cjs = run(["-e", `const k = require("isms-kit"); ${probe}`]);
    expect(JSON.parse(esm)).toEqual([false, expect.stringContaining('did you mean "employees"')]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("writes and reads an XLSX workbook with fflate's browser build (the packed package, Node)", () => {
    const probe = `const isms = k.parseIsms({ schemaVersion: "1.0", organization: { name: "Acme" }, controls: [{ id: "5.1", applicable: true, justification: "Policies are needed" }] });
      const bytes = k.soaToXlsx(k.buildStatementOfApplicability(isms));
      const back = m.importStatementOfApplicability(bytes);
      console.log(JSON.stringify([bytes[0], bytes[1], back.fragment.controls.find((c) => c.id === "5.1")]))`;
    const esm = run(["--input-type=module", "-e", `import * as k from "isms-kit"; import * as m from "isms-kit/import"; ${probe}`]);
    const cjs = run(["-e", `const k = require("isms-kit"); const m = require("isms-kit/import"); ${probe}`]);
    expect(JSON.parse(esm)).toEqual([0x50, 0x4b, expect.objectContaining({ id: "5.1", applicable: true })]);
    expect(JSON.parse(cjs)).toEqual(JSON.parse(esm));
  });

  it("gives Node.js the validator generated from the schema, and a browser bundle the module without it", async () => {
    // Node.js, CommonJS: parsing text loads the generated module (package.json "imports", the node condition).
    const probe = `k.parseIsmsJson('{"schemaVersion":"1.0","organization":{"name":"Acme"}}'); console.log(JSON.stringify(Object.keys(require.cache).map((f) => f.split(/[\\\\/]/).pop()).filter((f) => f.startsWith("fastIsmsParser"))))`;
    expect(JSON.parse(run(["-e", `const k = require("isms-kit"); ${probe}`]))).toEqual(["fastIsmsParser.cjs"]);
    // Bundlers read the same map: for Node.js the generated module, for a browser the one without it.
    const { build } = await import("esbuild");
    const bundled = async (platform: "node" | "browser") => {
      const result = await build({ stdin: { contents: `export * from "isms-kit";`, resolveDir: project, loader: "js" }, bundle: true, format: "esm", platform, write: false, logLevel: "silent", external: ["node:*"] });
      return result.outputFiles[0]!.text;
    };
    const [node, browser] = [await bundled("node"), await bundled("browser")];
    expect(node).toContain("node_modules/isms-kit/dist/fastIsmsParser.js");
    expect(browser).toContain("node_modules/isms-kit/dist/fastIsmsParserNone.js");
    expect(browser).not.toContain("node_modules/isms-kit/dist/fastIsmsParser.js");
  });

  it("ships the JSON Schema as isms-kit/schema.json", () => {
    const out = run(["-e", `const s = require("isms-kit/schema.json"); console.log(JSON.stringify([s.$schema, s.required]))`]);
    expect(JSON.parse(out)).toEqual(["https://json-schema.org/draft/2020-12/schema", ["schemaVersion", "organization"]]);
  });
});
