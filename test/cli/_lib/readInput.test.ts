import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../src/cli/_lib/CliError";
import type { CliIo } from "../../../src/cli/_lib/CliIo";
import { describeJsonError, readJson } from "../../../src/cli/_lib/readInput";

const dir = mkdtempSync(join(tmpdir(), "isms-kit-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const io = { cwd: dir, readStdin: () => '{"from":"stdin"}' } as unknown as CliIo;

function errorOf(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return describeJsonError(error, text);
  }
  throw new Error("parsed");
}

describe("readJson", () => {
  it("reads a file relative to the working directory, or standard input for -, and drops a BOM", () => {
    writeFileSync(join(dir, "a.json"), '\uFEFF{"a":1}');
    expect(readJson("a.json", io)).toEqual({ a: 1 });
    expect(readJson("-", io)).toEqual({ from: "stdin" });
  });

  it("reports an unreadable file or broken JSON as one line", () => {
    expect(() => readJson("missing.json", io)).toThrow(new CliError("cannot read missing.json: no such file"));
    expect(() => readJson(".", io)).toThrow("cannot read .: it is a directory");
    writeFileSync(join(dir, "b.json"), '{\n  "a": 1,\n}');
    expect(() => readJson("b.json", io)).toThrow(/^b\.json is not valid JSON: .+ at line 3, column 1$/);
  });
});

describe("describeJsonError", () => {
  it("says where the error is, by line and column", () => {
    expect(errorOf('{\n  "a": 1\n  "b": 2\n}')).toMatch(/ at line 3, column 3$/);
    expect(errorOf('{"a": ')).toBe("Unexpected end of JSON input at line 1, column 7");
    expect(errorOf("")).toBe("Unexpected end of JSON input at line 1, column 1");
  });

  it("keeps to one line", () => {
    expect(errorOf('{"a": tru\n\n}')).not.toContain("\n");
  });
});
