import { describe, expectTypeOf, it } from "vitest";
import type { RiskHeatmapCell, RiskHeatmapRegister } from "../../src/index";

describe("RiskHeatmapCell", () => {
  it("is the cell shape a register's summary.heatmap holds", () => {
    const cell: RiskHeatmapCell = { likelihood: "likely", impact: "major", level: "critical", count: 2, riskIds: ["r-1", "r-7"] };
    expectTypeOf(cell).toEqualTypeOf<RiskHeatmapCell>();
    expectTypeOf<RiskHeatmapRegister["summary"]["heatmap"]["residual"]>().toEqualTypeOf<readonly RiskHeatmapCell[]>();
    // @ts-expect-error count is required
    const missing: RiskHeatmapCell = { likelihood: "likely", impact: "major", level: "critical", riskIds: [] };
    void missing;
  });
});
