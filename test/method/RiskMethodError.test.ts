import { describe, expect, it } from "vitest";
import { IsmsKitError, RiskMethodError, type RiskMethodIssue } from "../../src/index";

describe("RiskMethodError", () => {
  const issue: RiskMethodIssue = {
    path: ["grid", 2, 3],
    pointer: "/grid/2/3",
    code: "level_out_of_range",
    message: "level index 7 is out of range (expected 0–4)",
  };

  it("is an IsmsKitError named RiskMethodError, built as (summary, issues), that lists its issues in the message", () => {
    const error = new RiskMethodError("Invalid risk matrix \"x\"", [issue, { ...issue, path: ["id"], pointer: "/id", message: "expected a non-empty text" }]);
    expect(error).toBeInstanceOf(IsmsKitError);
    expect(error.name).toBe("RiskMethodError");
    expect(error.summary).toBe("Invalid risk matrix \"x\"");
    expect(error.issues.map((i) => i.pointer)).toEqual(["/grid/2/3", "/id"]);
    expect(error.message).toBe(
      "Invalid risk matrix \"x\": 2 problems\n  grid[2][3]: level index 7 is out of range (expected 0–4)\n  id: expected a non-empty text",
    );
  });

  it("copies the issues it is given", () => {
    const issues = [{ ...issue, path: [...issue.path] }];
    const error = new RiskMethodError("Invalid risk method", issues);
    issues[0]!.path.push("x");
    expect(error.issues[0]?.path).toEqual(["grid", 2, 3]);
  });
});
