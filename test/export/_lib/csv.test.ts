import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../../src/export/_lib/csv";

describe("CSV", () => {
  it("quotes fields with commas, quotes and line breaks, and guards formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvField("-based on")).toBe("'-based on");
    expect([csvField(undefined), csvField(null), csvField(3), csvField(true)]).toEqual(["", "", "3", "true"]);
  });

  it("ends every record with CRLF", () => {
    expect(toCsv(["A", "B"], [["1", undefined]])).toBe("A,B\r\n1,\r\n");
  });
});
