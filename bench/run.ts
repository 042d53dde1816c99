/**
 * The isms-kit benchmark: for documents of size S, M and L (see generateIsms.ts), the time of
 * JSON.parse (the baseline), parseIsms, assessRisks, buildStatementOfApplicability, checkConformity and
 * the whole pipeline from text to conformity report; simulateLoss against a plain loop drawing the
 * same distributions; import time of isms-kit against zod alone; the command line's start
 * (`isms-kit --help` and `validate` against a bare `node -e 0`), and `validate` and `check` on the M and
 * L documents (a full run only); the pipeline's heap at the largest size, as the peak V8 let it reach
 * and as the least heap it runs in (bisection on a cap, bench/heap.ts); reading the SaaS example as JSON and
 * as its YAML folder with source locations; prioritizeRemediation per size; a bulk import of 10,000
 * accounts from CSV and JSON lines. Medians over repeated runs after
 * warm-up, all measured in one run, so ratios compare like with like on a shared, noisy machine.
 *
 *   npm run bench            a table
 *   npm run bench -- --json  one JSON object (pipelineOverJsonParse, scaling10x, …; each also from
 *                            alternating pairs, steadier on a shared machine: …Paired)
 *   npm run bench -- --quick S and M only, fewer samples
 *   npm run bench -- --smoke S only, few samples, one heap measure (CI runs this: it checks that the
 *                            benchmark runs, and asserts no timing)
 */
import { execFileSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { randomLcg, randomLogNormal, randomPoisson } from "d3-random";
import { Bench } from "tinybench";
import {
  assessRisks,
  buildStatementOfApplicability,
  checkConformity,
  parseIsms,
  parseIsmsJson,
  prioritizeRemediation,
  simulateLoss,
} from "../src/index";
import { importRecords, readSpreadsheet } from "../src/import/index";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readIsmsSources } from "../src/model/source/index";
import { generateIsms, ISMS_SIZES } from "./generateIsms";

const json = process.argv.includes("--json");
const smoke = process.argv.includes("--smoke");
const quick = smoke || process.argv.includes("--quick");
const asOf = "2026-11-28";
const log = (line: string) => {
  if (!json) console.log(line);
};

async function median(name: string, fn: () => unknown, { time, iterations }: { time: number; iterations: number }): Promise<number> {
  const bench = new Bench({ time, iterations, warmupIterations: 2, warmupTime: 0, throws: true });
  bench.add(name, fn);
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state !== "completed") throw new Error(`${name}: ${result.state}`);
  return result.latency.p50;
}

type SizeName = keyof typeof ISMS_SIZES;
const sizes: SizeName[] = smoke ? ["S"] : quick ? ["S", "M"] : ["S", "M", "L"];
const perSize: Record<string, Record<string, number>> = {};

const texts: Partial<Record<SizeName, string>> = {};
const largest = sizes.at(-1)!;
// The documents as files, for the child processes (the command line, the heap): each written once,
// in one scratch folder removed when the benchmark exits.
const scratch = mkdtempSync(join(tmpdir(), "isms-kit-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
const files: Partial<Record<SizeName, string>> = {};
const fileOf = (size: SizeName): string => {
  let file = files[size];
  if (file === undefined) writeFileSync((files[size] = file = join(scratch, `${size}.isms.json`)), texts[size]!);
  return file;
};
const pipelineOf = (text: string) => {
  const doc = parseIsmsJson(text);
  const riskRegister = assessRisks(doc, { asOf });
  return checkConformity(doc, { asOf, riskRegister, statementOfApplicability: buildStatementOfApplicability(doc) });
};
for (const size of sizes) {
  const text = JSON.stringify(generateIsms(ISMS_SIZES[size], 42));
  texts[size] = text;
  const isms = parseIsms(JSON.parse(text));
  const register = assessRisks(isms, { asOf });
  const soa = buildStatementOfApplicability(isms);
  const samples = { time: size === "L" ? 1_000 : 500, iterations: size === "L" ? 5 : quick ? 5 : 10 };
  const row: Record<string, number> = { megabytes: text.length / 1e6 };
  row.jsonParse = await median("JSON.parse", () => JSON.parse(text), samples);
  row.parseIsms = await median("parseIsms", () => parseIsms(JSON.parse(text)), samples) - row.jsonParse;
  // The text entry: JSON.parse and validation in one call, the tree completed in place (its cost beyond JSON.parse).
  row.parseIsmsJson = await median("parseIsmsJson", () => parseIsmsJson(text), samples) - row.jsonParse;
  row.assessRisks = await median("assessRisks", () => assessRisks(isms, { asOf }), samples);
  row.buildStatementOfApplicability = await median("SoA", () => buildStatementOfApplicability(isms), samples);
  row.checkConformity = await median(
    "checkConformity",
    () => checkConformity(isms, { asOf, riskRegister: register, statementOfApplicability: soa }),
    samples,
  );
  row.prioritizeRemediation = await median("prioritizeRemediation", () => prioritizeRemediation(isms, { asOf, riskRegister: register }), samples);
  // The pipeline a product runs: text to conformity report, the register and the SoA built once and reused.
  row.pipeline = await median("pipeline", () => pipelineOf(text), samples);
  // The same ratio from alternating pairs (JSON.parse, then the pipeline, nine times): each pair
  // meets the same load, so a burst on the shared machine moves both alike; the median of the ratios.
  const pairs = size === "L" ? 9 : quick ? 5 : 15;
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    let started = performance.now();
    JSON.parse(text);
    const parsed = performance.now() - started;
    started = performance.now();
    pipelineOf(text);
    ratios.push((performance.now() - started) / parsed);
  }
  row.pipelineOverJsonParsePaired = ratios.sort((a, b) => a - b)[pairs >> 1]!;
  perSize[size] = row;
  log(`${size}: pipeline ÷ JSON.parse from ${pairs} alternating pairs: ${row.pipelineOverJsonParsePaired.toFixed(2)}`);
  log(
    `${size}: ${row.megabytes!.toFixed(1)} MB  JSON.parse ${row.jsonParse!.toFixed(1)} ms  parseIsms +${row.parseIsms!.toFixed(1)}  parseIsmsJson +${row.parseIsmsJson!.toFixed(1)}  assessRisks ${row.assessRisks!.toFixed(1)}  SoA ${row.buildStatementOfApplicability!.toFixed(1)}  checkConformity ${row.checkConformity!.toFixed(1)}  priorities ${row.prioritizeRemediation!.toFixed(1)}  pipeline ${row.pipeline!.toFixed(1)} ms (${(row.pipeline! / row.jsonParse!).toFixed(2)}× JSON.parse)`,
  );
}

// Scaling from alternating pairs (the pipeline at M, then at L, seven times): the median of the ratios.
let scaling10xPaired: number | undefined;
if (texts.M !== undefined && texts.L !== undefined) {
  const ratios: number[] = [];
  for (let i = 0; i < 7; i++) {
    let started = performance.now();
    pipelineOf(texts.M);
    const m = performance.now() - started;
    started = performance.now();
    pipelineOf(texts.L);
    ratios.push((performance.now() - started) / m);
  }
  scaling10xPaired = ratios.sort((a, b) => a - b)[3];
  log(`scaling M → L from 7 alternating pairs: ${scaling10xPaired!.toFixed(2)}`);
}

// Bulk import: 10,000 accounts (an identity provider's export) from CSV and from JSON lines into an ISMS
// of 200 people and 20 systems, names read as ids and every reference checked, against reading the
// CSV alone and JSON.parse of the lines.
const bulkRows = quick ? 2_000 : 10_000;
const bulkIsms = parseIsms({
  schemaVersion: "1.0",
  organization: { name: "Bulk Ltd" },
  people: Array.from({ length: 200 }, (_, i) => ({ id: `p-${i}`, name: `Person ${i}`, email: `person${i}@bulk.example` })),
  systems: Array.from({ length: 20 }, (_, i) => ({ id: `sys-${i}`, name: `System ${i}` })),
});
const accounts = Array.from({ length: bulkRows }, (_, i) => ({ id: `acc-${i}`, system: `System ${i % 20}`, user: `user${i}`, person: `person${i % 200}@bulk.example`, privilege: i % 10 === 0 ? "Privileged" : "Standard", mfa: i % 7 === 0 ? "No" : "Yes", last: `2026-11-${String(1 + (i % 27)).padStart(2, "0")}` }));
const bulkCsv = ["Account ID,System,User,Person,Privilege,MFA enabled,Last login", ...accounts.map((a) => [a.id, a.system, a.user, a.person, a.privilege, a.mfa, a.last].join(","))].join("\n");
const bulkJsonl = accounts.map((a, i) => JSON.stringify({ id: a.id, systemId: `sys-${i % 20}`, username: a.user, personId: `p-${i % 200}`, privilege: a.privilege.toLowerCase(), mfa: a.mfa === "Yes", lastUsedOn: a.last })).join("\n");
const bulkSamples = { time: 1_000, iterations: 3 };
const bulk = {
  rows: bulkRows,
  readCsv: await median("readSpreadsheet", () => readSpreadsheet(bulkCsv), bulkSamples),
  importCsv: await median("importRecords CSV", () => importRecords("accounts", bulkCsv, { isms: bulkIsms }), bulkSamples),
  parseJsonl: await median("JSON.parse lines", () => bulkJsonl.split("\n").map((line) => JSON.parse(line)), bulkSamples),
  importJsonl: await median("importRecords JSON lines", () => importRecords("accounts", bulkJsonl, { isms: bulkIsms }), bulkSamples),
};
if (!importRecords("accounts", bulkCsv, { isms: bulkIsms }).ok) throw new Error("the bulk import failed");
log(
  `bulk import of ${bulkRows} accounts: CSV ${bulk.importCsv.toFixed(1)} ms (${Math.round((bulkRows / bulk.importCsv) * 1000)} rows/s; reading the CSV alone ${bulk.readCsv.toFixed(1)} ms), JSON lines ${bulk.importJsonl.toFixed(1)} ms (JSON.parse alone ${bulk.parseJsonl.toFixed(1)} ms)`,
);

// simulateLoss against a plain loop drawing the same distributions from the same generator.
const trials = quick ? 100_000 : 1_000_000;
const scenario = { frequency: { poisson: { rate: 0.3 } }, magnitude: { lognormal: { p05: 10_000, p95: 1_000_000 } } } as const;
const simulate = await median("simulateLoss", () => simulateLoss(scenario, { trials, seed: 7 }), { time: 500, iterations: 5 });
const plain = await median(
  "plain loop",
  () => {
    const source = randomLcg(7);
    const events = randomPoisson.source(source)(0.3);
    const mu = (Math.log(10_000) + Math.log(1_000_000)) / 2;
    const sigma = (Math.log(1_000_000) - Math.log(10_000)) / (2 * 1.6448536269514722);
    const magnitude = randomLogNormal.source(source)(mu, sigma);
    const losses = new Float64Array(trials);
    for (let t = 0; t < trials; t++) {
      let total = 0;
      for (let n = events(); n > 0; n--) total += magnitude();
      losses[t] = total;
    }
    losses.sort();
    return losses[Math.floor(trials / 2)];
  },
  { time: 500, iterations: 5 },
);
log(`simulateLoss ${trials} trials: ${simulate.toFixed(1)} ms; plain loop ${plain.toFixed(1)} ms (${(simulate / plain).toFixed(2)}×)`);

// Fresh processes, median of 7, the two commands alternating so that a burst of load on the shared
// machine falls on both alike.
function alternating(first: readonly string[], second: readonly string[]): { wall: [number, number]; printed: [number, number] } {
  const wall: [number[], number[]] = [[], []];
  const printed: [number[], number[]] = [[], []];
  const time = (args: readonly string[], k: 0 | 1) => {
    const started = performance.now();
    let out = "";
    try {
      out = execFileSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      // `check` exits 1 when there are findings; any exit still took its time
    }
    wall[k].push(performance.now() - started);
    printed[k].push(Number.parseFloat(out) || 0);
  };
  for (let i = 0; i < 7; i++) {
    time(first, 0);
    time(second, 1);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[3]!;
  return { wall: [median(wall[0]), median(wall[1])], printed: [median(printed[0]), median(printed[1])] };
}

// Import: a fresh process importing the built package against one importing zod alone.
// The process prints the import's own time too (the module graph alone, without node's start).
const importing = (specifier: string) => ["--input-type=module", "-e", `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`];
let imports: { ismsKit: number; zod: number; ratio: number; moduleOnly: { ismsKit: number; zod: number; ratio: number } } | undefined;
let cli: { node: number; help: number; helpOverNode: number; validateJson: number; validateYamlFolder: number; large?: Record<string, number> } | undefined;
try {
  const bin = new URL("../dist/cli.js", import.meta.url).pathname;
  readFileSync(bin);
  const importRuns = alternating(importing(new URL("../dist/index.js", import.meta.url).href), importing("zod"));
  const [ismsKit, zod] = importRuns.wall;
  const [kitModules, zodModules] = importRuns.printed;
  imports = { ismsKit, zod, ratio: ismsKit / zod, moduleOnly: { ismsKit: kitModules, zod: zodModules, ratio: kitModules / zodModules } };
  log(
    `import: a process importing isms-kit ${ismsKit.toFixed(1)} ms, zod alone ${zod.toFixed(1)} ms (${imports.ratio.toFixed(2)}×); the import itself ${kitModules.toFixed(1)} ms against ${zodModules.toFixed(1)} ms (${imports.moduleOnly.ratio.toFixed(2)}×)`,
  );
  // The command line's start: `--help` should load nothing of the library; `validate` only what validating needs.
  const [help, node] = alternating([bin, "--help"], ["-e", "0"]).wall;
  const [validateJson, validateYamlFolder] = alternating(
    [bin, "validate", new URL("../examples/saas-company.isms.json", import.meta.url).pathname],
    [bin, "validate", new URL("../examples/saas-company", import.meta.url).pathname],
  ).wall;
  cli = { node, help, helpOverNode: help / node, validateJson, validateYamlFolder };
  log(`cli: node -e 0 ${node.toFixed(1)} ms, --help ${help.toFixed(1)} ms (${cli.helpOverNode.toFixed(2)}×), validate JSON ${validateJson.toFixed(1)} ms, validate YAML folder ${validateYamlFolder.toFixed(1)} ms`);
  // The benchmark's documents M and L as files: `validate`, and `check` with GitHub annotations for every finding.
  if (texts.M !== undefined && texts.L !== undefined) {
    const [m, l] = [fileOf("M"), fileOf("L")];
    const [validateM, validateL] = alternating([bin, "validate", m], [bin, "validate", l]).wall;
    const check = (file: string) => [bin, "check", file, "--format", "github", "--as-of", asOf];
    const [checkM, checkL] = alternating(check(m), check(l)).wall;
    cli.large = { validateM, validateL, checkM, checkL };
    log(`cli on the benchmark's documents: validate M ${validateM.toFixed(0)} ms, L ${validateL.toFixed(0)} ms; check --format github M ${checkM.toFixed(0)} ms, L ${checkL.toFixed(0)} ms`);
  }
} catch {
  log("import and cli start: skipped (run `npm run build` first)");
}

// Memory: the pipeline at the largest size in a child process (bench/heap.ts), its peak heap — the
// largest heap a garbage collection found during the pipeline, or the heap at its end — over the
// heap the parsed document holds. That peak counts garbage V8 had no need to collect yet (it grows
// the heap while it has room); so, second, the least heap the pipeline runs in: the smallest cap on
// V8's old generation under which the same child still finishes, found by bisection, with the young
// generation held to 1 MiB semi-spaces (at most 3 MiB, added to the cap, so no live data hides
// there), less the heap held before the pipeline starts (the text, the runtime), over the document.
const heapScript = new URL("heap.ts", import.meta.url).pathname;
/** The command line of bench/heap.ts on the document of `size`, with node's `flags` and the script's `extra` arguments. */
const heapChild = (size: SizeName, flags: readonly string[], extra: readonly string[] = []) => [...flags, "--expose-gc", "--import", "tsx", heapScript, size, fileOf(size), ...extra];
function heapOf(size: SizeName): { baseMiB: number; documentMiB: number; peakMiB: number; ratio: number } {
  const out = execFileSync(process.execPath, heapChild(size, ["--trace-gc"]), { encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  let base = 0;
  let document = 0;
  let peak = 0;
  let inside = false;
  for (const line of out.split("\n")) {
    const head = /^HEAP base (\d+) document (\d+)/.exec(line);
    if (head) [base, document] = [Number(head[1]), Number(head[2])];
    else if (line.startsWith("HEAP start")) inside = true;
    else if (line.startsWith("HEAP end")) {
      peak = Math.max(peak, Number(line.split(" ")[2]));
      inside = false;
    } else if (inside) {
      const gc = /: (?:Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Sweep)\S*\s+([\d.]+) \(/.exec(line);
      if (gc) peak = Math.max(peak, Number(gc[1]) * 2 ** 20);
    }
  }
  const mib = (bytes: number) => bytes / 2 ** 20;
  return { baseMiB: mib(base), documentMiB: mib(document), peakMiB: mib(peak - base), ratio: (peak - base) / document };
}
/** The most the young generation can hold in the probes: three semi-spaces of 1 MiB. */
const YOUNG_MIB = 3;
/** Whether the pipeline finishes with V8's old generation capped at `capMiB` (and the young generation at YOUNG_MIB). */
function runsWithin(size: SizeName, capMiB: number): boolean {
  try {
    const out = execFileSync(process.execPath, heapChild(size, [`--max-old-space-size=${capMiB}`, "--max-semi-space-size=1"], ["--probe"]), {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return out.includes("HEAP end");
  } catch {
    return false; // out of memory: V8 aborts the process
  }
}
/** The least old-generation cap (MiB, to `step`) the pipeline runs in, between the document alone and the measured peak. */
function leastHeapOf(size: SizeName, measured: ReturnType<typeof heapOf>, step: number): { capMiB: number; overBaseMiB: number; ratio: number } {
  let low = Math.floor(measured.baseMiB + measured.documentMiB); // cannot run: the document alone
  let high = Math.ceil(measured.baseMiB + measured.peakMiB + 64);
  if (!runsWithin(size, high)) throw new Error(`the pipeline did not run within ${high} MiB, above its measured peak`);
  while (high - low > step) {
    const middle = Math.round((low + high) / 2);
    if (runsWithin(size, middle)) high = middle;
    else low = middle;
  }
  const overBaseMiB = high + YOUNG_MIB - measured.baseMiB;
  return { capMiB: high, overBaseMiB, ratio: overBaseMiB / measured.documentMiB };
}
const heap = heapOf(largest);
log(`heap (${largest}): parsed document ${heap.documentMiB.toFixed(0)} MiB, pipeline peak ${heap.peakMiB.toFixed(0)} MiB (${heap.ratio.toFixed(2)}×)`);
const leastHeap = leastHeapOf(largest, heap, 4);
log(
  `heap (${largest}): the pipeline runs with the old generation capped at ${leastHeap.capMiB} MiB (the young at ${YOUNG_MIB}): ${leastHeap.overBaseMiB.toFixed(0)} MiB over the ${heap.baseMiB.toFixed(0)} MiB held before it (${leastHeap.ratio.toFixed(2)}× the document)`,
);

// Reading with source locations: the SaaS example as JSON and as its YAML folder, against JSON.parse.
const saasJson = readFileSync(new URL("../examples/saas-company.isms.json", import.meta.url), "utf8");
const folder = new URL("../examples/saas-company/", import.meta.url);
const saasFolder: Record<string, string> = { "isms.yaml": readFileSync(new URL("isms.yaml", folder), "utf8") };
for (const name of readdirSync(new URL("isms/", folder))) saasFolder[`isms/${name}`] = readFileSync(new URL(`isms/${name}`, folder), "utf8");
const sourceSamples = { time: 500, iterations: quick ? 5 : 10 };
const reading = {
  jsonParse: await median("JSON.parse (SaaS)", () => JSON.parse(saasJson), sourceSamples),
  json: await median("readIsmsSources JSON", () => readIsmsSources({ "isms.json": saasJson }), sourceSamples),
  yamlFolder: await median("readIsmsSources YAML folder", () => readIsmsSources(saasFolder), sourceSamples),
};
log(`reading the SaaS example with locations: JSON.parse ${reading.jsonParse.toFixed(2)} ms, JSON ${reading.json.toFixed(1)} ms, YAML folder ${reading.yamlFolder.toFixed(1)} ms`);

const result = {
  machine: { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  asOf,
  sizes: perSize,
  pipelineOverJsonParse: perSize[largest]!.pipeline! / perSize[largest]!.jsonParse!,
  pipelineOverJsonParseAt: largest,
  /** The median ratio of alternating pairs (JSON.parse, pipeline) at the largest size: steadier on a shared machine. */
  pipelineOverJsonParsePaired: perSize[largest]!.pipelineOverJsonParsePaired,
  /** Each stage's share of the pipeline at the largest size, measured on its own (they need not sum to 1). */
  stageShares: Object.fromEntries(
    (["jsonParse", "parseIsmsJson", "assessRisks", "buildStatementOfApplicability", "checkConformity"] as const).map((stage) => [stage, perSize[largest]![stage]! / perSize[largest]!.pipeline!]),
  ),
  cliHelpOverNode: cli?.helpOverNode,
  importOverZod: imports?.ratio,
  peakHeapOverDocument: heap.ratio,
  /** The least heap the pipeline runs in (the smallest old-generation cap under which it finishes, less the heap held before it), over the document. */
  leastHeapOverDocument: leastHeap.ratio,
  scaling10x: perSize.L && perSize.M ? perSize.L.pipeline! / perSize.M.pipeline! : undefined,
  /** The median ratio of alternating pairs (pipeline at M, pipeline at L). */
  scaling10xPaired,
  simulateLoss: { trials, ms: simulate, plainLoopMs: plain, ratio: simulate / plain },
  importTime: imports,
  cli,
  heap: { ...heap, least: leastHeap },
  reading,
  bulkImport: bulk,
};
if (json) console.log(JSON.stringify(result, null, 2));
else {
  log(`stage shares (${largest}): ${Object.entries(result.stageShares).map(([stage, share]) => `${stage} ${(share * 100).toFixed(0)} %`).join(", ")}`);
  log(`pipelineOverJsonParse (${largest}) ${result.pipelineOverJsonParse.toFixed(2)} (paired ${result.pipelineOverJsonParsePaired?.toFixed(2) ?? "-"})  scaling10x ${result.scaling10x?.toFixed(2) ?? "-"}  cliHelpOverNode ${result.cliHelpOverNode?.toFixed(2) ?? "-"}  importOverZod ${result.importOverZod?.toFixed(2) ?? "-"}  peakHeapOverDocument ${result.peakHeapOverDocument.toFixed(2)}  leastHeapOverDocument ${result.leastHeapOverDocument.toFixed(2)}`);
}
