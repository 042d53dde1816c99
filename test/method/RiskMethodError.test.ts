import { describe, expect, it } from "vitest";
import { RiskMethodError, riskMatrixPresets, scoreRisk, type RiskMethodIssue } from "../../src/risk/index";

describe("RiskMethodError", () => {
  const issue: RiskMethodIssue = {
    path: ["grid", 2, 3],
    pointer: "/grid/2/3",
    code: "level_out_of_range",
    message: "grid[2][3]: level index 7 is out of range (expected 0–4)",
  };

  it("is an Error named RiskMethodError that carries its issues", () => {
    const error = new RiskMethodError([issue], "Invalid risk matrix 'x'");
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(RiskMethodError);
    expect(error.name).toBe("RiskMethodError");
    expect(error.issues).toEqual([issue]);
    expect(error.message).toBe("Invalid risk matrix 'x': grid[2][3]: level index 7 is out of range (expected 0–4)");
  });

  it("lists every issue in the message when there are several", () => {
    const error = new RiskMethodError([issue, { ...issue, path: ["id"], pointer: "/id", message: "id: bad" }]);
    expect(error.message).toBe(
      "Invalid risk method (2 issues):\n- grid[2][3]: level index 7 is out of range (expected 0–4)\n- id: bad",
    );
  });

  it("copies the issues it is given", () => {
    const issues = [{ ...issue, path: [...issue.path] }];
    const error = new RiskMethodError(issues);
    issues[0]!.path.push("x");
    expect(error.issues[0]?.path).toEqual(["grid", 2, 3]);
  });

  it("TSDoc example", () => {
    let codes: string[] = [];
    try {
      scoreRisk(riskMatrixPresets["3x3"], { likelihood: "sometimes", impact: "minor" });
    } catch (error) {
      if (error instanceof RiskMethodError) codes = error.issues.map((i) => i.code);
    }
    expect(codes).toEqual(["unknown_id"]);
  });
});
