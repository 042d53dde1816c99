// Prints the size of each entry point as a user's bundler would ship it (minified, gzipped), with
// and without its dependencies, and fails when one is over its budget. Run after `npm run build`.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";
import { entryPoints } from "./entryPoints";

/** Budgets in bytes, min+gzip, own code and dependencies together. */
// mappings: seven frameworks and six mappings as data (NIS2, GDPR, DORA and SOC 2 add some 29 KB, the NIS2 Annex alone 16 KB).
// The root entry carries 124 conformity rules (each with its description and hint), the document
// schemas and the writers; a user's bundle keeps only what it imports (sideEffects: false).
// import: the operational records are checked against their schemas and the merged document with
// safeParseIsms, so the entry carries the document model (some 35 KB more than the spreadsheet imports alone).
// index and source: the merge of SecOps part 2 (the operational records' schemas, incidentDeadlines,
// prioritizeRemediation) with the hardening of issue 15 measured 169.3 KB and 102.9 KB; a description
// and an example on every field of the document schemas (issue 18) add some 13 KB to each entry that
// carries them (index 182.5 KB, source 116.0 KB, import 100.2 KB). SecOps part 1 (issue 14: 46 rules
// on 38 more Annex A controls, each with its description and hint, and the operations index) brings
// the root entry to 207.8 KB and the report entry, which runs the checks, to 147.0 KB.
// source: sourceMapOfJson and the text entry (safeParseIsmsJson), for reading a large JSON file without
// a tree of every value (issue 16, third round), took it from 119.9 KB to 121.3 KB.
// import: isCalendarDate reading a date from its characters (issue 16, eighth round), so that the
// Node.js validators use it rather than a copy of their own, took it from 104,990 to 105,003 B.
const budgets: Record<string, number> = { index: 215_000, catalog: 50_000, mappings: 85_000, oscal: 85_000, report: 155_000, source: 123_000, import: 105_100 };

let failed = false;
const rows: string[] = [];
for (const entry of entryPoints) {
  const sizes: Record<string, number> = {};
  for (const [label, external] of [["own", ["zod", "d3-random", "fflate", "uuid", "yaml", "@humanwhocodes/momoa"]], ["with deps", []]] as const) {
    const result = await build({
      entryPoints: [`dist/${entry.name}.js`],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      // As a user's bundler sees the package: its own tsconfig.json (whose paths point into src/) unread.
      tsconfigRaw: "{}",
      write: false,
      external: [...external],
      logLevel: "silent",
    });
    sizes[label] = gzipSync(result.outputFiles[0]!.contents).length;
  }
  const budget = budgets[entry.name];
  const over = budget !== undefined && sizes["with deps"]! > budget;
  failed ||= over;
  rows.push(`${(entry.subpath === "." ? "isms-kit" : `isms-kit/${entry.subpath.slice(2)}`).padEnd(20)} ${String(sizes.own).padStart(8)} B own   ${String(sizes["with deps"]).padStart(8)} B with deps   budget ${budget ?? "-"} B${over ? "  OVER BUDGET" : ""}`);
}
console.log("min+gzip size of each entry point:");
for (const row of rows) console.log(`  ${row}`);
if (failed) process.exit(1);
