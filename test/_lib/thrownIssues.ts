import { expect } from "vitest";
import { IsmsKitError } from "../../src/index";

/**
 * The issues of the isms-kit error a call throws, as `pointer code: message` lines, after checking
 * that it throws an error of the class named (by default `ArgumentError`).
 */
export function thrownIssues(call: () => unknown, name = "ArgumentError"): string[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(IsmsKitError);
    expect((error as Error).name).toBe(name);
    return (error as IsmsKitError).issues.map((issue) => `${issue.pointer} ${issue.code}: ${issue.message}`);
  }
  throw new Error("expected the call to throw");
}
