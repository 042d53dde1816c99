import { describe, expect, it } from "vitest";
import { createStyle, useColour } from "../../../src/cli/_lib/style";

const tty = { isTTY: true, columns: 80, write: () => {} };
const pipe = { isTTY: false, columns: undefined, write: () => {} };

describe("colour", () => {
  it("only on a terminal, never with NO_COLOR, always with FORCE_COLOR (unless NO_COLOR)", () => {
    expect(useColour(tty, {})).toBe(true);
    expect(useColour(pipe, {})).toBe(false);
    expect(useColour(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColour(tty, { NO_COLOR: "" })).toBe(true);
    expect(useColour(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColour(pipe, { FORCE_COLOR: "0" })).toBe(false);
    expect(useColour(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });

  it("a disabled style returns the text unchanged", () => {
    expect(createStyle(false)(["bold", "red"], "x")).toBe("x");
    expect(createStyle(true)("bold", "x")).toBe("\u001b[1mx\u001b[22m");
    expect(createStyle(true)(undefined, "x")).toBe("x");
  });
});
