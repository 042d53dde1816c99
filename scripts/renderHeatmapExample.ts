/**
 * Renders docs/images/heatmap-example.svg, the heat map shown in docs/risk.md. Run from the repository root:
 *
 *   npx esbuild scripts/renderHeatmapExample.ts --bundle --platform=node --format=esm \
 *     --outfile=/tmp/renderHeatmapExample.mjs && node /tmp/renderHeatmapExample.mjs
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { riskHeatmapToSvg, riskMatrixPresets, scoreRisk, type RiskHeatmapCell } from "../src/index";

const matrix = riskMatrixPresets["5x5"];
const ratings: [string, string, string][] = [
  ["r-01", "likely", "major"],
  ["r-02", "likely", "major"],
  ["r-03", "possible", "severe"],
  ["r-04", "possible", "moderate"],
  ["r-05", "possible", "moderate"],
  ["r-06", "possible", "moderate"],
  ["r-07", "unlikely", "major"],
  ["r-08", "unlikely", "minor"],
  ["r-09", "rare", "severe"],
  ["r-10", "rare", "moderate"],
  ["r-11", "almost-certain", "minor"],
  ["r-12", "unlikely", "moderate"],
  ["r-13", "rare", "insignificant"],
  ["r-14", "likely", "minor"],
];

const cells = new Map<string, RiskHeatmapCell>();
for (const [id, likelihood, impact] of ratings) {
  const { level } = scoreRisk(matrix, { likelihood, impact });
  const key = `${likelihood}|${impact}`;
  const cell = cells.get(key);
  cells.set(key, {
    likelihood,
    impact,
    level,
    count: (cell?.count ?? 0) + 1,
    riskIds: [...(cell?.riskIds ?? []), id],
  });
}

const svg = riskHeatmapToSvg({ summary: { heatmap: { inherent: [], residual: [...cells.values()] } } }, matrix, {
  title: "Residual risk heat map — example organisation",
});
writeFileSync(resolve("docs/images/heatmap-example.svg"), svg);
console.log(`wrote docs/images/heatmap-example.svg (${svg.length} bytes)`);
