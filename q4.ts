import { generateIsms, ISMS_SIZES } from "./bench/generateIsms";
import { parseIsms } from "./src/index";
import { isIntegrityClean } from "./src/model/_lib/isIntegrityClean";
const isms = parseIsms(JSON.parse(JSON.stringify(generateIsms(ISMS_SIZES.L, 42))));
for (let i = 0; i < 6; i++) isIntegrityClean(isms);
const counts: Record<string, number> = {};
for (const [k, v] of Object.entries(isms)) if (Array.isArray(v)) counts[k] = v.length;
console.log(counts);
