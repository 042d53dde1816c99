/**
 * Memory of the pipeline, run by bench/run.ts in a child process with `--expose-gc --trace-gc`:
 * prints the heap the parsed document holds (after a full collection, the text set aside) and marks
 * the pipeline's start and end, so the parent can read the largest heap any collection found in
 * between (V8 collects when the heap has grown: the heap before a collection is its peak so far).
 *
 *   node --expose-gc --trace-gc --import tsx bench/heap.ts L [text.json]
 *
 * With `--probe`, it only runs the pipeline and prints `HEAP end`: the parent runs it under a cap on
 * V8's old generation (`--max-old-space-size`) to find the least heap the pipeline can run in. The
 * text comes from the file when one is given (the parent writes it once), else from the generator.
 */
import { readFileSync } from "node:fs";
import { assessRisks, buildStatementOfApplicability, checkConformity, parseIsmsJson } from "../src/index";
import { generateIsms, ISMS_SIZES } from "./generateIsms";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");
const [sizeArgument, file] = process.argv.slice(2).filter((argument) => !argument.startsWith("--"));
const size = (sizeArgument ?? "L") as keyof typeof ISMS_SIZES;
const probe = process.argv.includes("--probe");
const asOf = "2026-11-28";
const text = file === undefined ? JSON.stringify(generateIsms(ISMS_SIZES[size], 42)) : readFileSync(file, "utf8");
const used = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
if (!probe) {
  const base = used();
  let held: unknown = JSON.parse(text);
  const documentBytes = used() - base;
  held = undefined;
  void held;
  used();
  console.log(`HEAP base ${base} document ${documentBytes}`);
}
console.log("HEAP start");
const doc = parseIsmsJson(text);
const register = assessRisks(doc, { asOf });
const soa = buildStatementOfApplicability(doc);
const report = checkConformity(doc, { asOf, riskRegister: register, statementOfApplicability: soa });
const end = process.memoryUsage().heapUsed;
console.log(`HEAP end ${end} findings ${report.findings.length}`);
