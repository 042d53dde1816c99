import { readFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { entryPoints } from "./scripts/entryPoints";

const shared: Options = {
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
const notices = esmOnly
  .map(
    (dep) =>
      `/*! Includes ${dep.name} (${dep.url}).\n${readFileSync(new URL(`./node_modules/${dep.name}/${dep.license}`, import.meta.url), "utf8").trim()}\n*/`,
  )
  .join("\n");

// The command line: an ESM file with a shebang, not a package entry point (it imports the library
// from the same build, so the CLI and the library never disagree). Each command is a chunk of its
// own in dist/cli/, loaded only when it runs, so `isms-kit --help` starts without the library.
const cli: Options = {
  entry: { cli: "src/cli/main.ts" },
  format: "esm",
  dts: false,
  clean: false,
  sourcemap: false,
  target: "es2022",
  platform: "node",
  splitting: true,
  external: [/^[^./]/],
  banner: { js: "#!/usr/bin/env node" },
  esbuildOptions(options) {
    options.chunkNames = "cli/[name]-[hash]";
  },
};

export default defineConfig([
  { ...shared, format: "esm", splitting: true },
  { ...shared, format: "cjs", splitting: true, noExternal: esmOnly.map((dep) => dep.name), banner: { js: notices } },
  cli,
]);
