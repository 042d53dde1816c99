import { assessRisks, buildStatementOfApplicability, checkConformity, parseIsms } from "../src/index";
import { generateIsms, ISMS_SIZES } from "./generateIsms";
const size = (process.argv[2] ?? "L") as keyof typeof ISMS_SIZES;
const text = JSON.stringify(generateIsms(ISMS_SIZES[size], 42));
const asOf = "2026-11-28";
const t = (name: string, fn: () => unknown, n = 3) => {
  let best = Infinity; let out: unknown;
  for (let i = 0; i < n; i++) { const s = performance.now(); out = fn(); best = Math.min(best, performance.now() - s); }
  console.log(name.padEnd(14), best.toFixed(0), "ms");
  return out;
};
t("JSON.parse", () => JSON.parse(text));
const isms = t("parse total", () => parseIsms(JSON.parse(text))) as ReturnType<typeof parseIsms>;
const reg = t("assessRisks", () => assessRisks(isms, { asOf })) as ReturnType<typeof assessRisks>;
t("SoA", () => buildStatementOfApplicability(isms));
t("conformity", () => checkConformity(isms, { asOf, riskRegister: reg }));
t("conformity(noreg)", () => checkConformity(isms, { asOf }));
