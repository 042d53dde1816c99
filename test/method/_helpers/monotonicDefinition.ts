import fc from "fast-check";
import type { RiskMatrixDefinition } from "../../../src/method/RiskMethodSchema";

/** A random monotonic matrix definition: 1–7 likelihood and impact entries, 1–6 levels. */
export function monotonicDefinition(): fc.Arbitrary<RiskMatrixDefinition> {
  return fc
    .record({
      nL: fc.integer({ min: 1, max: 7 }),
      nI: fc.integer({ min: 1, max: 7 }),
      nLevels: fc.integer({ min: 1, max: 6 }),
      steps: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 49, maxLength: 49 }),
    })
    .map(({ nL, nI, nLevels, steps }) => {
      const grid: number[][] = [];
      for (let l = 0; l < nL; l++) {
        const row: number[] = [];
        for (let i = 0; i < nI; i++) {
          const floor = Math.max(i > 0 ? row[i - 1]! : 0, l > 0 ? grid[l - 1]![i]! : 0);
          row.push(Math.min(nLevels - 1, floor + (steps[l * 7 + i] === 2 ? 1 : 0)));
        }
        grid.push(row);
      }
      const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => ({ id: `${prefix}${k}`, label: `${prefix} ${k}` }));
      return { id: "generated", likelihood: ids("l", nL), impact: ids("i", nI), levels: ids("v", nLevels), grid };
    });
}
