import { describe, expect, it } from "vitest";
import { isPlaceholderText, normaliseText } from "../../src/core/placeholderText";

describe("isPlaceholderText", () => {
  it.each([undefined, "", "  ", "N/A", "n/a", "NA", "n.a.", "-", " – ", "—", "TBD", "tbc.", "None", "not applicable", "Not Applicable.", "see above", "x", "?", "...", "…", "!!"])(
    "takes %j for a placeholder",
    (text) => expect(isPlaceholderText(text)).toBe(true),
  );

  it.each(["No premises of our own", "NA region only", "Not applicable: we run no own data centre", "Cloud-only"])("takes %j for a statement", (text) => {
    expect(isPlaceholderText(text)).toBe(false);
  });

  it("compares without case, spaces and a final full stop", () => {
    expect(normaliseText("  Not   relevant to our business. ")).toBe("not relevant to our business");
  });
});
