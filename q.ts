import { readFileSync } from "node:fs";
import { IsmsSchema } from "./src/model/IsmsSchema";
import { compileFastParser, FAIL } from "./src/model/_lib/compileFastParser";
import { generateIsms, ISMS_SIZES } from "./bench/generateIsms";
const fast = compileFastParser(IsmsSchema);
for (const f of ["examples/saas-company.isms.json", "examples/startup.isms.json"]) {
  const doc = JSON.parse(readFileSync(f, "utf8"));
  const a = fast(doc); const b = IsmsSchema.parse(doc);
  console.log(f, a !== FAIL, JSON.stringify(a) === JSON.stringify(b));
}
for (const size of ["M", "L"] as const) {
  const text = JSON.stringify(generateIsms(ISMS_SIZES[size], 42));
  const t = (fn: () => unknown, n = 5) => { const ts: number[] = []; for (let i = 0; i < n; i++) { const s = performance.now(); fn(); ts.push(performance.now() - s); } ts.sort((x, y) => x - y); return ts[Math.floor(n / 2)]!; };
  const jp = t(() => JSON.parse(text));
  const doc = JSON.parse(text);
  const zf = t(() => IsmsSchema.safeParse(doc));
  const ff = t(() => fast(doc));
  console.log(size, (text.length / 1e6).toFixed(1), "MB JSON.parse", jp.toFixed(0), "zod", zf.toFixed(0), `(${(zf / jp).toFixed(2)}×)`, "fast", ff.toFixed(0), `(${(ff / jp).toFixed(2)}×)`, JSON.stringify(fast(doc)) === JSON.stringify(IsmsSchema.parse(doc)));
}
