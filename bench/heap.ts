/**
 * Memory of the pipeline, run by bench/run.ts in a child process with `--expose-gc --trace-gc`:
 * prints the heap the parsed document holds (after a full collection, the text set aside) and marks
 * the pipeline's start and end, so the parent can read the largest heap any collection found in
 * between (V8 collects when the heap has grown: the heap before a collection is its peak so far).
 *
 *   node --expose-gc --trace-gc --import tsx bench/heap.ts L
 */
import { assessRisks, buildStatementOfApplicability, checkConformity, parseIsmsJson } from "../src/index";
import { generateIsms, ISMS_SIZES } from "./generateIsms";

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error("run with --expose-gc");
const size = (process.argv[2] ?? "L") as keyof typeof ISMS_SIZES;
const asOf = "2026-11-28";
const text = JSON.stringify(generateIsms(ISMS_SIZES[size], 42));
const used = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const base = used();
let held: unknown = JSON.parse(text);
const documentBytes = used() - base;
held = undefined;
void held;
used();
console.log(`HEAP base ${base} document ${documentBytes}`);
console.log("HEAP start");
const doc = parseIsmsJson(text);
const register = assessRisks(doc, { asOf });
const soa = buildStatementOfApplicability(doc);
const report = checkConformity(doc, { asOf, riskRegister: register, statementOfApplicability: soa });
const end = process.memoryUsage().heapUsed;
console.log(`HEAP end ${end} findings ${report.findings.length}`);
