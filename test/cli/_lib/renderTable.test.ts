import { describe, expect, it } from "vitest";
import { renderTable } from "../../../src/cli/_lib/renderTable";
import { createStyle } from "../../../src/cli/_lib/style";

const plain = createStyle(false);
const columns = [
  { header: "Id" },
  { header: "Title", flex: true, min: 8, ideal: 12 },
  { header: "Level", drop: 2 },
  { header: "Flags", align: "right" as const, drop: 1 },
];
const rows = [
  ["r-1", "Ransomware encrypts production data", "critical", "2"],
  ["r-22", "Laptop theft", { text: "low", style: "green" as const }, ""],
];

describe("renderTable", () => {
  it("aligns the columns at their natural width when there is room", () => {
    expect(renderTable(columns, rows, { width: Number.POSITIVE_INFINITY, style: plain })).toBe(
      [
        "Id    Title                                Level     Flags",
        "r-1   Ransomware encrypts production data  critical      2",
        "r-22  Laptop theft                         low",
        "",
      ].join("\n"),
    );
  });

  it("cuts flexible columns with … to fit, then hides columns by drop rank, and says so", () => {
    const fitted = renderTable(columns, rows, { width: 40, style: plain });
    expect(fitted.split("\n").every((line) => [...line].length <= 40)).toBe(true);
    expect(fitted).toContain("Ransomware encry…");
    const narrow = renderTable(columns, rows, { width: 30, style: plain });
    expect(narrow.split("\n").slice(0, 3)).toEqual(["Id    Title           Level", "r-1   Ransomware en…  critical", "r-22  Laptop theft    low"]);
    expect(narrow).toContain("(Flags hidden to fit 30 columns)");
  });

  it("styles cells after the layout, so colour never changes the widths", () => {
    const coloured = renderTable(columns, rows, { width: 60, style: createStyle(true) });
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(renderTable(columns, rows, { width: 60, style: plain }));
    expect(coloured).toContain("\u001b[32mlow\u001b[39m");
  });

  it("puts cells on one line, indents, and can leave out the header", () => {
    expect(renderTable([{ header: "A" }, { header: "B" }], [["x\ny", "z"]], { width: 80, style: plain, indent: 2, header: false })).toBe("  x y  z\n");
  });
});
