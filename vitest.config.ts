import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // The CLI imports the library by its package name, as a user would; tests resolve it to the source.
    alias: [
      { find: /^isms-kit$/, replacement: src("index.ts") },
      { find: /^isms-kit\/catalog$/, replacement: src("catalog/index.ts") },
      { find: /^isms-kit\/mappings$/, replacement: src("mappings/index.ts") },
      { find: /^isms-kit\/oscal$/, replacement: src("export/oscal/index.ts") },
      { find: /^isms-kit\/report$/, replacement: src("export/report/index.ts") },
      { find: /^isms-kit\/source$/, replacement: src("model/source/index.ts") },
      { find: /^isms-kit\/import$/, replacement: src("import/index.ts") },
      // The package's own import of the generated validator (package.json "imports": on Node.js, the generated file).
      { find: /^#fastIsmsParser$/, replacement: src("model/_lib/fastIsmsParser.generated.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    pool: "threads",
    // A timeout only catches a hang: property and fuzz tests are bounded by their run counts, and a
    // loaded 2-core machine must still finish them (timing belongs in `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 300_000,
    typecheck: { enabled: false },
  },
});
