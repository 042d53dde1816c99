/**
 * Writes src/model/_lib/fastIsmsParser.generated.ts: the fast path of `IsmsSchema` (in place and
 * copying) and the integrity scan as straight-line code (see scripts/fastParserSource.ts). `npm run
 * build` runs it first; run it alone after changing a document schema or ismsStructure's tables:
 *
 *   npm run generate
 *
 * The file is rewritten only when its text changes, through a temporary file and a rename, so a
 * build started while tests read it never shows them a half-written file. A test fails when the
 * committed file differs from what this writes.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IsmsSchema } from "../src/model/IsmsSchema";
import { fastParserSource } from "./fastParserSource";

const target = fileURLToPath(new URL("../src/model/_lib/fastIsmsParser.generated.ts", import.meta.url));
const text = fastParserSource(IsmsSchema).text;
let current: string | undefined;
try {
  current = readFileSync(target, "utf8");
} catch {
  current = undefined;
}
if (current === text) {
  console.log(`${target} is up to date`);
} else {
  writeFileSync(`${target}.tmp`, text);
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
