import { describe, expectTypeOf, it } from "vitest";
import { getFramework, mapControls, type Framework, type FrameworkId, type MappedRequirement } from "../../src/mappings/index";

describe("types of isms-kit/mappings", () => {
  it("types the look-ups", () => {
    expectTypeOf(mapControls).returns.toEqualTypeOf<readonly MappedRequirement[]>();
    expectTypeOf(getFramework).returns.toEqualTypeOf<Framework | undefined>();
  });

  it("suggests the known framework ids and still takes a framework id known only at run time", () => {
    expectTypeOf<"nist-csf-2.0">().toExtend<FrameworkId>();
    expectTypeOf(mapControls).toBeCallableWith("nist-csf-2.0", "iso27001-2022", "PR.DS-11");
    expectTypeOf(mapControls).toBeCallableWith(String("acme"), "iso27001-2022", "AB-1");
    // @ts-expect-error: the id is required
    expectTypeOf(mapControls).toBeCallableWith("nist-csf-2.0", "iso27001-2022");
  });
});
