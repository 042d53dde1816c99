import { describe, expect, it } from "vitest";
import * as api from "../../src/index";
import * as treatment from "../../src/treatment/index";

describe("src/treatment/index", () => {
  it("exports the treatment API, also from the package entry", () => {
    const names = [
      "ControlDecision2013Schema",
      "TreatmentInputError",
      "buildStatementOfApplicability",
      "checkTreatmentOption",
      "defaultSoaColumns",
      "diffStatementsOfApplicability",
      "soaFrom2013",
      "soaToCsv",
      "soaToMarkdown",
      "soaToTable",
      "soaToXlsx",
      "suggestControls",
      "summarizeTreatmentPlans",
    ];
    expect(Object.keys(treatment).sort()).toEqual(names);
    for (const name of names) expect((api as Record<string, unknown>)[name], name).toBe((treatment as Record<string, unknown>)[name]);
  });
});
