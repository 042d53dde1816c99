import { defineConfig } from "tsup";
import { entryPoints } from "./scripts/entryPoints";

export default defineConfig({
  entry: Object.fromEntries(entryPoints.map((e) => [e.name, e.source])),
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: "es2022",
  platform: "neutral",
  splitting: true,
});
