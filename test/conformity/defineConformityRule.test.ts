import { describe, expect, it } from "vitest";
import { ConformityRuleError, defineConformityRule, type ConformityRule } from "../../src/index";

const valid = {
  id: "acme:mfa",
  controlId: "8.5",
  title: "MFA is enforced",
  description: "Checks the MFA evidence.",
  severity: "minor",
  stage: 2,
  hint: "Enforce MFA.",
  check: () => [],
} as const satisfies ConformityRule;

function issuesOf(rule: unknown) {
  try {
    defineConformityRule(rule as ConformityRule);
  } catch (error) {
    expect(error).toBeInstanceOf(ConformityRuleError);
    return (error as ConformityRuleError).issues.map((i) => [i.path.join("."), i.code]);
  }
  throw new Error("expected defineConformityRule to throw");
}

describe("defineConformityRule", () => {
  it("returns the rule, frozen, without changing its input", () => {
    const input = Object.freeze({ ...valid });
    const rule = defineConformityRule(input);
    expect(rule).toEqual(input);
    expect(rule).not.toBe(input);
    expect(Object.isFrozen(rule)).toBe(true);
  });

  it("accepts a rule on a clause", () => {
    const { controlId: _unused, ...rest } = valid;
    expect(defineConformityRule({ ...rest, clause: "9.1" }).clause).toBe("9.1");
  });

  it("refuses an id a built-in rule uses", () => {
    expect(issuesOf({ ...valid, id: "9.3.1-management-review-held" })).toEqual([["id", "duplicate_id"]]);
  });

  it("lists every problem of an invalid rule at once", () => {
    expect(
      issuesOf({ id: " bad id", clause: "11.1", controlId: "9.9", title: "", description: 3, severity: "fatal", stage: 3, hint: "ok", check: "no", extra: 1 }),
    ).toEqual([
      ["id", "invalid_id"],
      ["controlId", "clause_or_control"],
      ["clause", "unknown_clause"],
      ["controlId", "unknown_control"],
      ["title", "invalid_text"],
      ["description", "invalid_text"],
      ["severity", "invalid_severity"],
      ["stage", "invalid_stage"],
      ["check", "invalid_check"],
      ["extra", "unknown_field"],
    ]);
  });

  it("takes the records a rule reads as top-level field names, and refuses anything else", () => {
    expect(defineConformityRule({ ...valid, reads: ["accounts", "systems"] }).reads).toEqual(["accounts", "systems"]);
    for (const reads of [[], ["accounts/0"], "accounts", [3]]) expect(issuesOf({ ...valid, reads }), JSON.stringify(reads)).toEqual([["reads", "invalid_reads"]]);
  });

  it("needs a clause or a control", () => {
    const { controlId: _unused, ...rest } = valid;
    expect(issuesOf(rest)).toEqual([["clause", "clause_or_control"]]);
  });

  it("says what was expected and what was found", () => {
    expect(() => defineConformityRule({ ...valid, severity: "fatal" } as never)).toThrow(
      'Invalid conformity rule "acme:mfa": 1 problem\n  severity: expected one of "major", "minor", "ofi"; found "fatal"',
    );
    expect(() => defineConformityRule(null as never)).toThrow("expected a rule object; found null");
  });
});
