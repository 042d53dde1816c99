import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../src/cli/_lib/CliError";
import type { CliIo } from "../../../src/cli/_lib/CliIo";
import { writeFile, writeFiles } from "../../../src/cli/_lib/writeOutput";

const dir = mkdtempSync(join(tmpdir(), "isms-kit-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const io = { cwd: dir } as unknown as CliIo;

describe("writeFile", () => {
  it("writes a new file, creating its folder, and returns its size", () => {
    expect(writeFile("sub/a.txt", "héllo", io)).toBe(6);
    expect(readFileSync(join(dir, "sub/a.txt"), "utf8")).toBe("héllo");
    expect(writeFile("sub/b.bin", new Uint8Array([1, 2, 3]), io)).toBe(3);
  });

  it("replaces a file whole, keeps its permissions and writes through a symbolic link, leaving no temporary file", () => {
    writeFileSync(join(dir, "keep.txt"), "old");
    chmodSync(join(dir, "keep.txt"), 0o640);
    writeFile("keep.txt", "new", io);
    expect(readFileSync(join(dir, "keep.txt"), "utf8")).toBe("new");
    expect(statSync(join(dir, "keep.txt")).mode & 0o777).toBe(0o640);
    writeFileSync(join(dir, "real.txt"), "old");
    symlinkSync(join(dir, "real.txt"), join(dir, "link.txt"));
    writeFile("link.txt", "through", io);
    expect(readFileSync(join(dir, "real.txt"), "utf8")).toBe("through");
    expect(readdirSync(dir).filter((name) => name.includes(".tmp"))).toEqual([]);
  });
});

describe("writeFiles", () => {
  it("writes every file or none: a target that cannot be written stops the set before anything is replaced", () => {
    mkdirSync(join(dir, "set"));
    for (const name of ["1.txt", "2.txt", "3.txt"]) writeFileSync(join(dir, "set", name), "old");
    mkdirSync(join(dir, "set", "2.txt-dir"));
    let caught: unknown;
    try {
      writeFiles(
        [
          { path: "set/1.txt", content: "new" },
          { path: "set/2.txt-dir", content: "new" },
          { path: "set/3.txt", content: "new" },
        ],
        io,
      );
    } catch (error) {
      caught = error;
    }
    expect(caught).toEqual(new CliError("cannot write set/2.txt-dir: it is a directory; nothing was written"));
    expect(["1.txt", "3.txt"].map((name) => readFileSync(join(dir, "set", name), "utf8"))).toEqual(["old", "old"]);
    expect(readdirSync(join(dir, "set")).sort()).toEqual(["1.txt", "2.txt", "2.txt-dir", "3.txt"]);
    expect(writeFiles([{ path: "set/1.txt", content: "a" }, { path: "set/3.txt", content: "bc" }], io)).toEqual([1, 2]);
    expect(existsSync(join(dir, "set", "3.txt"))).toBe(true);
  });
});
