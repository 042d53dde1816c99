import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../src/cli/_lib/CliError";
import type { CliIo } from "../../../src/cli/_lib/CliIo";
import { describeJsonError, MAX_INPUT_BYTES, readJson, readText } from "../../../src/cli/_lib/readInput";

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

describe("readText on input that is not a document", () => {
  it("refuses a device such as /dev/zero at once, instead of reading until memory runs out", () => {
    expect(() => readText("/dev/zero", io)).toThrow(new CliError("cannot read /dev/zero: it is a device, not a file"));
  });

  it("refuses a file or a stream larger than the limit, with the limit in the message", () => {
    writeFileSync(join(dir, "big.json"), "x".repeat(2_000));
    expect(() => readText("big.json", io, 1_000)).toThrow(new CliError("cannot read big.json: it is larger than 1 kB, the most isms-kit reads"));
    const stdin = { ...io, readStdin: () => Buffer.alloc(1_001, 0x20) } as unknown as CliIo;
    expect(() => readText("-", stdin, 1_000)).toThrow(new CliError("cannot read standard input: it is larger than 1 kB, the most isms-kit reads"));
    expect(MAX_INPUT_BYTES).toBe(250_000_000);
  });

  it("reads a stream (a named pipe) up to the limit", () => {
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    const writer = spawn("sh", ["-c", `printf '{"a":1}' > '${fifo}'`]);
    expect(readText("pipe.json", io)).toBe('{"a":1}');
    writer.kill();
  });

  it.each([
    ["a lone 0xFF byte", Buffer.from([0x7b, 0x0a, 0x22, 0xff, 0x22, 0x7d]), "byte 0xFF at offset 3 (line 2, column 2)"],
    ["an overlong encoding of NUL", Buffer.from([0x22, 0xc0, 0x80, 0x22]), "byte 0xC0 at offset 1 (line 1, column 2)"],
    ["a surrogate encoded in UTF-8", Buffer.from([0x22, 0xed, 0xa0, 0x80, 0x22]), "byte 0xED at offset 1 (line 1, column 2)"],
    ["a truncated sequence at the end", Buffer.from([0x22, 0xe2, 0x82]), "byte 0xE2 at offset 1 (line 1, column 2)"],
    ["a code point past U+10FFFF", Buffer.from([0xf4, 0x90, 0x80, 0x80]), "byte 0xF4 at offset 0 (line 1, column 1)"],
  ])("rejects invalid UTF-8 (%s) with the byte offset, instead of reading it as U+FFFD", (_what, bytes, where) => {
    writeFileSync(join(dir, "bad.json"), bytes);
    expect(() => readText("bad.json", io)).toThrow(new CliError(`bad.json is not valid UTF-8: ${where}`));
  });

  it("says when a file looks like UTF-16", () => {
    writeFileSync(join(dir, "utf16.json"), Buffer.from('\uFEFF{"a":1}', "utf16le"));
    expect(() => readText("utf16.json", io)).toThrow(/^utf16\.json is not valid UTF-8: byte 0xFF at offset 0 \(line 1, column 1\); it looks like UTF-16: save it as UTF-8$/);
  });

  it("reads valid UTF-8 of every length, and stdin given as bytes", () => {
    writeFileSync(join(dir, "ok.json"), '{"a":"é € 😀"}');
    expect(readText("ok.json", io)).toBe('{"a":"é € 😀"}');
    const stdin = { ...io, readStdin: () => Buffer.from('{"b":"€"}') } as unknown as CliIo;
    expect(readText("-", stdin)).toBe('{"b":"€"}');
  });
});
