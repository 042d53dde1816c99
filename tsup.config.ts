import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import type { Plugin } from "esbuild";
import { entryPoints } from "./scripts/entryPoints";

// JSON data (the catalog, the presets) as one `JSON.parse` of a string rather than an object literal:
// V8 reads a JSON string faster than it compiles the same data as code, which shortens every import.
const jsonAsText: Plugin = {
  name: "json-as-text",
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, ({ path }) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(path, "utf8"))))});`,
      loader: "js",
    }));
  },
};

// The validator generated from the document schema is a module of its own, which the library imports
// as `#fastIsmsParser`: package.json "imports" gives Node.js the generated code and every other
// platform (browsers) a module without it, so browser bundles do not carry it.
const FAST_PARSER = "#fastIsmsParser";

const shared: Options = {
  esbuildPlugins: [jsonAsText],
  external: [FAST_PARSER],
  entry: Object.fromEntries(entryPoints.map((e) => [e.name, e.source])),
  dts: true,
  clean: false,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
};

// d3-random and uuid ship only as ES modules, which `require` cannot load before Node 20.19; the
// CommonJS build therefore carries its own copy of each, with its licence notice.
const esmOnly = [
  { name: "d3-random", url: "https://github.com/d3/d3-random", license: "LICENSE" },
  { name: "uuid", url: "https://github.com/uuidjs/uuid", license: "LICENSE.md" },
];
// fastest-levenshtein (1.4 kB) ships its ES module without `"type": "module"`, so Node loads its
// CommonJS file, and an ES module importing CommonJS starts Node's CommonJS lexer and loader: a few
// milliseconds of every import. Both builds carry its ES module instead, with its licence notice.
const bundled = [{ name: "fastest-levenshtein", url: "https://github.com/ka-weihe/fastest-levenshtein", license: "LICENSE.md" }];
const notice = (deps: { name: string; url: string; license: string }[]) =>
  deps
  .map(
    (dep) =>
      `/*! Includes ${dep.name} (${dep.url}).\n${readFileSync(new URL(`./node_modules/${dep.name}/${dep.license}`, import.meta.url), "utf8").trim()}\n*/`,
  )
  .join("\n");
const notices = notice([...esmOnly, ...bundled]);

// The command line: an ESM file with a shebang, not a package entry point (it imports the library
// from the same build, so the CLI and the library never disagree). Each command is a chunk of its
// own in dist/cli/, loaded only when it runs, so `isms-kit --help` starts without the library.
const cli: Options = {
  entry: { cli: "src/cli/main.ts" },
  esbuildPlugins: [jsonAsText],
  format: "esm",
  dts: false,
  clean: false,
  sourcemap: false,
  target: "es2022",
  platform: "node",
  splitting: true,
  external: [/^[^./]/],
  noExternal: bundled.map((dep) => dep.name),
  banner: { js: `#!/usr/bin/env node\n${notice(bundled)}` },
  esbuildOptions(options) {
    options.chunkNames = "cli/[name]-[hash]";
  },
};

const fastParser: Options = {
  entry: { fastIsmsParser: "src/model/_lib/fastIsmsParser.generated.ts", fastIsmsParserNone: "src/model/_lib/fastIsmsParserNone.ts" },
  format: ["esm", "cjs"],
  // Generated code nobody reads in dist/: minified, it is a third of the size for Node to read at import.
  minify: true,
  dts: false,
  clean: false,
  sourcemap: false,
  target: "es2022",
  platform: "neutral",
};

export default defineConfig([
  fastParser,
  { ...shared, format: "esm", splitting: true, noExternal: bundled.map((dep) => dep.name), banner: { js: notice(bundled) } },
  { ...shared, format: "cjs", splitting: true, noExternal: [...esmOnly, ...bundled].map((dep) => dep.name), banner: { js: notices } },
  cli,
]);
