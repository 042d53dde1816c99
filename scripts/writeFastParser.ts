/**
 * Writes src/model/_lib/fastIsmsParser.generated.ts: the in-place fast path of `IsmsSchema` as
 * straight-line code (see scripts/fastParserSource.ts). Run after changing a document schema:
 *
 *   npm run generate
 *
 * A test fails when the file differs from what this writes.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { IsmsSchema } from "../src/model/IsmsSchema";
import { fastParserSource } from "./fastParserSource";

const target = fileURLToPath(new URL("../src/model/_lib/fastIsmsParser.generated.ts", import.meta.url));
writeFileSync(target, fastParserSource(IsmsSchema).text);
console.log(`wrote ${target}`);
