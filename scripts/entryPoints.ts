/**
 * The one list that drives `package.json#exports`, the tsup build entries and typedoc's entry points
 * (STYLE.md §8). `test/package/entryPoints.test.ts` checks that the three agree.
 */
export const entryPoints = [
  { name: "index", subpath: ".", source: "src/index.ts" },
  { name: "catalog", subpath: "./catalog", source: "src/catalog/index.ts" },
  { name: "mappings", subpath: "./mappings", source: "src/mappings/index.ts" },
  { name: "oscal", subpath: "./oscal", source: "src/export/oscal/index.ts" },
  { name: "report", subpath: "./report", source: "src/export/report/index.ts" },
  { name: "source", subpath: "./source", source: "src/model/source/index.ts" },
  { name: "import", subpath: "./import", source: "src/import/index.ts" },
] as const;
