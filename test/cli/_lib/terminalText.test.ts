import { describe, expect, it } from "vitest";
import { createStyle } from "../../../src/cli/_lib/style";
import { toTerminal } from "../../../src/cli/_lib/terminalText";

describe("toTerminal", () => {
  it("shows escape sequences, control characters and bidi controls as visible escapes", () => {
    expect(toTerminal("a\u001b[2J\u001b]0;title\u0007b", { lineBreaks: true })).toBe("a\\u001b[2J\\u001b]0;title\\u0007b");
    expect(toTerminal("\u001b]8;;https://x\u001b\\link", { lineBreaks: true })).toBe("\\u001b]8;;https://x\\u001b\\link");
    expect(toTerminal("nul\u0000 del\u007f c1\u009b31m bidi\u202e", { lineBreaks: true })).toBe("nul\\u0000 del\\u007f c1\\u009b31m bidi\\u202e");
  });

  it("keeps its own colours, tabs, and line breaks where they are the text's structure", () => {
    const style = createStyle(true);
    const styled = `${style(["bold", "red"], "x")} ${style("dim", "y")}\t${style("cyan", "z")}\n`;
    expect(toTerminal(styled, { lineBreaks: true })).toBe(styled);
    expect(toTerminal("a\r\nb\n", { lineBreaks: true })).toBe("a\r\nb\n");
    expect(toTerminal("a\nforged\rline", { lineBreaks: false })).toBe("a\\nforged\\rline");
  });

  it("does not keep escape sequences that only look like its own colours in part", () => {
    expect(toTerminal("\u001b[8mhidden\u001b[0m \u001b[31;5m", { lineBreaks: true })).toBe("\\u001b[8mhidden\\u001b[0m \\u001b[31;5m");
  });
});
