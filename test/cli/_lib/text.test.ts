import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { definitionList, displayWidth, formatBytes, outputWidth, plural, truncate, wrap } from "../../../src/cli/_lib/text";

describe("text helpers", () => {
  it("displayWidth counts code points, not colour codes or combining marks", () => {
    expect(displayWidth("Müller")).toBe(6);
    expect(displayWidth("Mu\u0308ller")).toBe(6);
    expect(displayWidth("\u001b[31mred\u001b[39m")).toBe(3);
    expect(displayWidth("🙂 ok")).toBe(4);
  });

  it("displayWidth gives, for any text, its code points less its combining marks, colour codes left out (property)", () => {
    const reference = (text: string) => [...text.replace(/\u001b\[[0-9;]*m/g, "")].filter((char) => !/\p{Mn}/u.test(char)).length;
    const piece = fc.oneof(fc.string({ unit: "binary" }), fc.string(), fc.constantFrom("\u001b[1;31m", "\u001b[0m", "e\u0301", "\u{1D167}", "\uD800", "\uDC00x", "🙂"));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        expect(displayWidth(pieces.join(""))).toBe(reference(pieces.join("")));
      }),
      { numRuns: 500 },
    );
  });

  it("truncate cuts with …", () => {
    expect(truncate("Ransomware", 20)).toBe("Ransomware");
    expect(truncate("Ransomware encrypts data", 12)).toBe("Ransomware…");
    expect(truncate("abc", 1)).toBe("…");
    expect(truncate("abc", 0)).toBe("");
  });

  it("wrap breaks at spaces, and inside words longer than the width", () => {
    expect(wrap("the quick brown fox jumps", 10)).toEqual(["the quick", "brown fox", "jumps"]);
    expect(wrap("abcdefghijkl", 5)).toEqual(["abcde", "fghij", "kl"]);
    expect(wrap("no limit here", Number.POSITIVE_INFINITY)).toEqual(["no limit here"]);
  });

  it("definitionList pads the names and indents continuation lines", () => {
    expect(definitionList([["a", "one two three four five six seven eight nine ten eleven"], ["long", "x"]], 40)).toEqual([
      "  a     one two three four five six",
      "        seven eight nine ten eleven",
      "  long  x",
    ]);
  });

  it("formatBytes and plural", () => {
    expect([formatBytes(812), formatBytes(14_230), formatBytes(1_300_000)]).toEqual(["812 B", "14.2 kB", "1.3 MB"]);
    expect([plural(1, "risk"), plural(3, "risk"), plural(2, "opportunity", "opportunities")]).toEqual(["1 risk", "3 risks", "2 opportunities"]);
  });

  it("outputWidth: the terminal's, else COLUMNS, else unlimited", () => {
    expect(outputWidth({ isTTY: true, columns: 90 }, { COLUMNS: "120" })).toBe(90);
    expect(outputWidth({ isTTY: false, columns: undefined }, { COLUMNS: "120" })).toBe(120);
    expect(outputWidth({ isTTY: false, columns: undefined }, { COLUMNS: "wide" })).toBe(Number.POSITIVE_INFINITY);
    expect(outputWidth({ isTTY: false, columns: undefined }, {})).toBe(Number.POSITIVE_INFINITY);
  });
});
