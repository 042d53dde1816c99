import { describe, expect, expectTypeOf, it } from "vitest";
import { nistLevels, type NistLevel } from "../../src/index";

describe("nistLevels", () => {
  it("lists the five values lowest first, frozen", () => {
    expect(nistLevels).toEqual(["very-low", "low", "moderate", "high", "very-high"]);
    expect(Object.isFrozen(nistLevels)).toBe(true);
  });

  it("types NistLevel as the literal union", () => {
    expectTypeOf<NistLevel>().toEqualTypeOf<"very-low" | "low" | "moderate" | "high" | "very-high">();
    // @ts-expect-error "medium" is not a NIST level
    const wrong: NistLevel = "medium";
    expect(wrong).toBe("medium");
  });
});
