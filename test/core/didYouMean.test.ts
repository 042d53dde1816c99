import { describe, expect, it } from "vitest";
import { didYouMean, didYouMeanHint } from "../../src/core/didYouMean";

describe("didYouMean", () => {
  it("finds a typo's intended word, another case, or nothing", () => {
    expect(didYouMean("approvedBy", ["approvedById", "approvedOn"])).toBe("approvedById");
    expect(didYouMean("--formt", ["--format", "--out", "--help"])).toBe("--format");
    expect(didYouMean("Modify", ["modify", "retain"])).toBe("modify");
    expect(didYouMean("employes", ["employees", "locations"])).toBe("employees");
    expect(didYouMean("xyz", ["format", "out"])).toBeUndefined();
    expect(didYouMean("format", ["format", "formats"])).toBeUndefined();
  });

  it("never offers another number for a number: t-1 is not a typo of t-9", () => {
    expect(didYouMean("t-9", ["t-1", "t-2"])).toBeUndefined();
    expect(didYouMean("5.10", ["5.1", "5.11"])).toBeUndefined();
    expect(didYouMean("r-1O", ["r-10"])).toBe("r-10");
  });

  it("says it as a hint", () => {
    expect(didYouMeanHint("modifiy", ["modify"])).toBe(' (did you mean "modify"?)');
    expect(didYouMeanHint("zzz", ["modify"])).toBe("");
  });
});
