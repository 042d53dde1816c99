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

// d3-random ships only as an ES module, which `require` cannot load before Node 20.19; the CommonJS
// build therefore carries its own copy, with d3-random's ISC licence notice.
const d3RandomNotice = `/*! Includes d3-random (https://github.com/d3/d3-random).\n${readFileSync(
  new URL("./node_modules/d3-random/LICENSE", import.meta.url),
  "utf8",
).trim()}\n*/`;

export default defineConfig([
  { ...shared, format: "esm", splitting: true },
  { ...shared, format: "cjs", splitting: true, noExternal: ["d3-random"], banner: { js: d3RandomNotice } },
]);
