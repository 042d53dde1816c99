import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entryPoints } from "../../scripts/entryPoints";
import tsupConfig from "../../tsup.config";

const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const typedoc = JSON.parse(readFileSync(new URL("../../typedoc.json", import.meta.url), "utf8"));

describe("one list drives exports, build entries and doc entry points", () => {
  it("package.json#exports has exactly the entry points (plus schema.json and package.json)", () => {
    const expected: Record<string, unknown> = {};
    for (const e of entryPoints) {
      expected[e.subpath] = {
        import: { types: `./dist/${e.name}.d.ts`, default: `./dist/${e.name}.js` },
        require: { types: `./dist/${e.name}.d.cts`, default: `./dist/${e.name}.cjs` },
      };
    }
    expected["./schema.json"] = "./dist/schema.json";
    expected["./package.json"] = "./package.json";
    expect(pkg.exports).toEqual(expected);
  });

  it("tsup builds exactly the entry points, as ESM and CommonJS", () => {
    const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as { entry: unknown; format: unknown }[];
    const internal = (c: { entry: unknown }) => "fastIsmsParser" in (c.entry as Record<string, string>);
    const library = configs.filter((c) => !(c.entry as Record<string, string>).cli && !internal(c));
    expect(library.map((c) => c.format)).toEqual(["esm", "cjs"]);
    for (const config of library) expect(config.entry).toEqual(Object.fromEntries(entryPoints.map((e) => [e.name, e.source])));
    expect(configs.find((c) => (c.entry as Record<string, string>).cli)?.entry).toEqual({ cli: "src/cli/main.ts" });
    expect(pkg.bin).toEqual({ "isms-kit": "./dist/cli.js" });
  });

  it("builds the package's one internal import, #fastIsmsParser: the generated validator for Node.js, the module without it elsewhere", () => {
    const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as { entry: Record<string, string>; format: unknown }[];
    const internal = configs.filter((c) => "fastIsmsParser" in c.entry);
    expect(internal.map((c) => [c.entry, c.format])).toEqual([
      [{ fastIsmsParser: "src/model/_lib/fastIsmsParser.generated.ts", fastIsmsParserNone: "src/model/_lib/fastIsmsParserNone.ts" }, ["esm", "cjs"]],
    ]);
    expect(pkg.imports).toEqual({
      "#fastIsmsParser": {
        node: { import: "./dist/fastIsmsParser.js", require: "./dist/fastIsmsParser.cjs" },
        import: "./dist/fastIsmsParserNone.js",
        require: "./dist/fastIsmsParserNone.cjs",
      },
    });
  });

  it("typedoc documents exactly the entry points", () => {
    expect(typedoc.entryPoints).toEqual(entryPoints.map((e) => e.source));
  });

  it("the package is side-effect free, Apache-2.0, Node 20+", () => {
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.license).toBe("Apache-2.0");
    expect(pkg.engines.node).toBe(">=20");
    expect(pkg.files).toEqual(["dist", "README.md", "CHANGELOG.md", "LICENSE"]);
  });
});
